#include "coordination_rules.h"

#include <algorithm>
#include <cstdint>

#include "mention_words.h"

namespace newsindex::ner::rules {
namespace {

// Words the article names on their own somewhere, as split_coordinated_names found them before
// cutting anything: evidence that one side of an "and" is a name by itself.
class OneWordNames {
 public:
  OneWordNames(const PreparedDocument& doc, const std::vector<NameSpan>& spans) : doc_(doc) {
    for (const auto& s : spans) {
      if (s.first == s.last) hashes_.push_back(doc.words[s.first].word_hash);
    }
  }

  // In an organisation's name, a side is not a name on its own when it ends the name with company
  // forms only ("Merck and Co Inc"), or is one word often written in lower case ("Securities and
  // Exchange Commission", "Standard and Poor's", "Procter and Gamble") unless a gazetteer lists
  // the word or the article also names it alone ("Apple and Google ... Apple said"). A function
  // word is split off all the same, to be dropped ("Commercial Club and The"). `itself`: the side
  // is itself one of the article's one-word names, which is no evidence.
  [[nodiscard]] bool stands_alone(std::uint32_t first, std::uint32_t last, bool ends_name,
                                  bool itself = false) const {
    std::uint32_t words = 0, company_forms = 0, word = first;
    for (auto i = first; i <= last; ++i) {
      if (!(doc_.words[i].flags & kWordHasLetter) || is_clitic_token(doc_.lower(i))) continue;
      ++words;
      word = i;
      if (doc_.words[i].gazetteer.categories & (kGazStrongOrgSuffix | kGazWeakOrgSuffix)) {
        ++company_forms;
      }
    }
    if (words == company_forms) return !ends_name;
    if (words > 1 || is_function_word(doc_.lower(word))) return true;
    if (!often_lower_case(doc_.words[word])) return true;
    const auto& listed = doc_.words[word].gazetteer;  // a listed place or organisation
    if (listed.position == 4 && (listed.categories & (kGazPlaces | kGazOrganisation))) return true;
    const auto named_alone = std::count(hashes_.begin(), hashes_.end(), doc_.words[word].word_hash);
    return named_alone > (itself ? 1 : 0);
  }

 private:
  const PreparedDocument& doc_;
  std::vector<std::uint64_t> hashes_;
};

// "Northrop Grumman and EADS North America", "Douglas Aircraft and McDonnell Douglas": the decoder
// runs two coordinated names together. Cut at a lower-case "and" unless a gazetteer knows the
// whole name ("Bosnia and Herzegovina") or, in an organisation's name, a side is not a name on its
// own; a side that begins with a title is ("Department and Gen. Macomb").
void cut_at_and(const PreparedDocument& doc, const OneWordNames& alone,
                std::vector<NameSpan>& spans) {
  std::vector<NameSpan> out;
  out.reserve(spans.size());
  for (const auto& s : spans) {
    std::uint32_t cut = 0;
    if (s.type != NameType::Misc && s.last >= s.first + 2) {
      const auto& a = doc.words[s.first].gazetteer;
      const auto& b = doc.words[s.last].gazetteer;
      const bool listed = a.categories != 0 && a.position == 1 && b.position == 3;
      for (auto i = s.first + 1; i < s.last && !listed; ++i) {
        if (doc.lower(i) == "and" && (doc.words[i].flags & kWordLowerInitial) &&
            looks_like_name(doc.words[i - 1]) && looks_like_name(doc.words[i + 1]) &&
            (s.type != NameType::Organisation ||
             (doc.words[i + 1].gazetteer.categories & kGazPersonTitle) ||
             (alone.stands_alone(s.first, i - 1, false) &&
              alone.stands_alone(i + 1, s.last, true)))) {
          cut = i;
          break;
        }
      }
    }
    if (cut == 0) {
      out.push_back(s);
      continue;
    }
    out.push_back({s.first, cut - 1, s.type});
    out.push_back({cut + 1, s.last, s.type});
  }
  spans.swap(out);
}

// The other way round: the decoder ended a company's name at "and" ("Black" + "and" + "Decker
// Corp", "Marks" + "and" + "Spencer Plc"). Joined when the first part is not a name on its own and
// the second is an organisation ending with a legal form.
void join_company_cut_at_and(const PreparedDocument& doc, const OneWordNames& alone,
                             std::vector<NameSpan>& spans) {
  std::vector<NameSpan> joined;
  joined.reserve(spans.size());
  for (const auto& s : spans) {
    if (!joined.empty()) {
      NameSpan& p = joined.back();
      const std::uint32_t between = p.last + 1;
      if (between + 1 == s.first && doc.lower(between) == "and" &&
          (doc.words[between].flags & kWordLowerInitial) &&
          doc.tokens[p.last].line == doc.tokens[s.first].line && s.type == NameType::Organisation &&
          p.type != NameType::Misc &&
          (doc.words[s.last].gazetteer.categories & kGazStrongOrgSuffix) &&
          !alone.stands_alone(p.first, p.last, false, true)) {
        p.last = s.last;
        p.type = NameType::Organisation;
        continue;
      }
    }
    joined.push_back(s);
  }
  spans.swap(joined);
}

bool capitalised_word(const PreparedDocument& doc, std::uint32_t i) {
  const auto flags = doc.words[i].flags;
  return (flags & kWordCapitalised) && !(flags & (kWordAllCaps | kWordCapsLine)) &&
         !(doc.words[i].gazetteer.categories & kGazCalendar) && !is_closed_class_word(doc.lower(i));
}

// The name ends in a legal form, or is followed by one on its line that a later rule joins to it
// (the decoder's "Poor" before "'s Corp").
bool ends_in_legal_form(const PreparedDocument& doc, const NameSpan& s) {
  if (is_legal_form(doc, s.last)) return true;
  std::size_t next = s.last + 1;
  if (next < doc.tokens.size() && is_clitic_token(doc.lower(next))) ++next;
  return next < doc.tokens.size() && doc.tokens[next].line == doc.tokens[s.last].line &&
         is_legal_form(doc, next);
}

}  // namespace

// "Jefferies" (a person to the decoder) + "and Co Inc": the model opens a new name at "and", so a
// firm's name ends there and its legal form is left alone or untagged. A name other than a place,
// followed on its line by "and" or "&" and a legal form, takes the forms (a name of forms only
// that follows, or the untagged forms up to the next name) and is an organisation.
void join_legal_form_after_and(const PreparedDocument& doc, std::string_view /*text*/,
                               std::vector<NameSpan>& spans) {
  const std::size_t n = doc.tokens.size();
  std::vector<NameSpan> out;
  out.reserve(spans.size());
  for (std::size_t k = 0; k < spans.size(); ++k) {
    NameSpan s = spans[k];
    const std::size_t amp = s.last + 1, form = s.last + 2;
    const bool joined = form < n && (doc.lower(amp) == "and" || doc.lower(amp) == "&") &&
                        doc.tokens[form].line == doc.tokens[s.last].line &&
                        is_legal_form(doc, form) && s.type != NameType::Place;
    if (joined && k + 1 < spans.size() && spans[k + 1].first == form) {
      bool only_forms = true;
      for (auto i = spans[k + 1].first; i <= spans[k + 1].last; ++i)
        only_forms &= is_legal_form(doc, i);
      if (only_forms) {
        s.last = spans[++k].last;
        s.type = NameType::Organisation;
      }
    } else if (joined && (k + 1 == spans.size() || spans[k + 1].first > form)) {
      std::size_t last = form;
      while (last + 1 < n && (k + 1 == spans.size() || spans[k + 1].first > last + 1) &&
             doc.tokens[last + 1].line == doc.tokens[form].line && is_legal_form(doc, last + 1))
        ++last;
      s.last = static_cast<std::uint32_t>(last);
      s.type = NameType::Organisation;
    }
    out.push_back(s);
  }
  spans.swap(out);
}

// "Securities and Exchange Commission", "Food and Drug Administration": the decoder both runs two
// names together at "and" and cuts one name there. Names are cut where both sides stand alone,
// then rejoined where a company's name was cut; whether a word stands alone is judged on the names
// as the decoder gave them, before either step.
void split_coordinated_names(const PreparedDocument& doc, std::string_view /*text*/,
                             std::vector<NameSpan>& spans) {
  const OneWordNames alone(doc, spans);
  cut_at_and(doc, alone, spans);
  join_company_cut_at_and(doc, alone, spans);
}

// "Great Western Savings" + "and" + "Loan Association": the decoder began the organisation at
// "and" and left the first half of its name untagged. Up to four capitalised words ending in an
// ordinary noun ("Savings", "Oil", "Research"), right before "and" on the same line and after the
// previous name, join the organisation. One word that opens the sentence is capitalised by
// position only ("Shares and Treasury"), unless a legal form ends the organisation: "Standard and
// Poor's Corp said" opening a sentence is one firm. Not on OCR'd pages, whose title-case headlines
// would grow their junk ("Repair Work and Satisfying Service").
void extend_organisation_left_over_and(const PreparedDocument& doc, std::string_view /*text*/,
                                       std::vector<NameSpan>& spans) {
  if (doc.noisy) return;
  std::uint32_t floor = 0;  // the first token after the previous name
  for (auto& s : spans) {
    const std::uint32_t next_floor = s.last + 1;
    if (s.type == NameType::Organisation && s.first >= floor + 2) {
      const std::uint32_t and_at = s.first - 1;
      const std::uint32_t last = and_at - 1;
      // A firm's first word opening a sentence ("Standard and Poor's Corp said") need not be an
      // ordinary noun: the legal form says it is a firm.
      const bool opening_firm =
          (doc.words[last].flags & kWordSentenceStart) && ends_in_legal_form(doc, s);
      if (doc.lower(and_at) == "and" && doc.tokens[last].line == doc.tokens[s.first].line &&
          capitalised_word(doc, last) && (often_lower_case(doc.words[last]) || opening_firm) &&
          doc.words[last].gazetteer.categories == 0) {
        std::uint32_t first = last;
        while (first > floor && last - first < 3 && capitalised_word(doc, first - 1) &&
               doc.tokens[first - 1].line == doc.tokens[last].line) {
          --first;
        }
        if (first != last || !(doc.words[first].flags & kWordSentenceStart) || opening_firm) {
          s.first = first;
        }
      }
    }
    floor = next_floor;
  }
}

}  // namespace newsindex::ner::rules
