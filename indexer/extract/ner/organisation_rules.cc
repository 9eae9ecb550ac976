#include "organisation_rules.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

#include "mention_words.h"

namespace newsindex::ner::rules {
namespace {

// Last words of an organisation's name that may follow a place ("United States Air Force", "US
// Army").
constexpr std::string_view kOrganisationHeads[] = {"force", "forces", "army",   "navy",
                                                   "guard", "corps",  "marines"};
// Institutions named after the place they serve ("Bank of France", "University of Chicago").
constexpr std::string_view kInstitutionHeads[] = {"bank", "university", "college"};
// Heads of government bodies named after what they deal with: "Ministry" of "International Trade",
// "Department" of "Energy". Unlike kInstitutionHeads, what follows "of" may be typed an
// organisation by the decoder.
constexpr std::string_view kDepartmentHeads[] = {"ministry", "department"};

bool same_line(const PreparedDocument& doc, std::uint32_t a, std::uint32_t b) {
  return doc.tokens[a].line == doc.tokens[b].line;
}

// A word usually written in lower case and listed nowhere: "Industry", "Fisheries".
bool ordinary_noun(const PreparedDocument& doc, std::uint32_t i) {
  return often_lower_case(doc.words[i]) && doc.words[i].gazetteer.categories == 0;
}

bool has_of_inside(const PreparedDocument& doc, const NameSpan& n) {
  for (std::uint32_t i = n.first + 1; i < n.last; ++i) {
    if (doc.lower(i) == "of") return true;
  }
  return false;
}

// "United States" of "America": a country's long form is one place, though the decoder often
// stops at "of".
bool country_long_form(const PreparedDocument& doc, const NameSpan& p, const NameSpan& s) {
  return p.last + 2 == s.first && p.type == NameType::Place && s.type == NameType::Place &&
         doc.lower(p.last + 1) == "of" && p.last > p.first &&
         (doc.words[p.first].gazetteer.categories & kGazCountry) && same_line(doc, p.last, s.first);
}

// An organisation ending in one of `heads`, "of", then the next name on the same line.
bool head_of(const PreparedDocument& doc, const NameSpan& p, const NameSpan& s,
             std::span<const std::string_view> heads) {
  return p.last + 2 == s.first && p.type == NameType::Organisation &&
         in_list(doc.lower(p.last), heads) && doc.lower(p.last + 1) == "of" &&
         same_line(doc, p.last, s.first);
}

// "Bank" of "France", "BANK" of "CANADA" in capitals headlines: an institution named after the
// place it serves is one organisation, not an organisation and a place ("Royal Bank of Canada").
bool institution_of_place(const PreparedDocument& doc, const NameSpan& p, const NameSpan& s) {
  return head_of(doc, p, s, kInstitutionHeads) && s.type == NameType::Place;
}

// "Ministry" of "International Trade" (both organisations to the decoder), "Department" of
// "Energy": a government body named after what it deals with is one organisation, whatever the
// decoder typed the rest.
bool department_of(const PreparedDocument& doc, const NameSpan& p, const NameSpan& s) {
  return head_of(doc, p, s, kDepartmentHeads) &&
         (s.type == NameType::Organisation || s.type == NameType::Place);
}

// "Ministry of International Trade" and "Industry": such a name with "of" inside takes an ordinary
// noun after "and" that the decoder took for a person (Japan's MITI had put "Industry" among the
// archive's top 30 people).
bool ordinary_noun_after_and(const PreparedDocument& doc, const NameSpan& p, const NameSpan& s) {
  return p.last + 2 == s.first && s.first == s.last && p.type == NameType::Organisation &&
         s.type == NameType::Person && doc.lower(p.last + 1) == "and" &&
         ordinary_noun(doc, s.first) && has_of_inside(doc, p) && same_line(doc, p.last, s.first);
}

// "United States" + "Air Force", "UK" + "RAF", "McDonnell" + "Douglas": two names back to back on
// one line, one of them an organisation and neither a product, are one organisation's name. A
// capitals line is left alone: its words run together whatever they name.
bool back_to_back_with_organisation(const PreparedDocument& doc, const NameSpan& p,
                                    const NameSpan& s) {
  const bool adjacent = p.last + 1 == s.first && same_line(doc, p.last, s.first) &&
                        !(doc.words[s.first].flags & kWordCapsLine);
  return adjacent && (p.type == NameType::Organisation || s.type == NameType::Organisation) &&
         p.type != NameType::Misc && s.type != NameType::Misc;
}

}  // namespace

// "Kranzbach Feinmechanik GmbH": the decoder often ends a company's name before its legal form,
// which no surname or place takes. The form on the same line joins the name unless another name
// begins there, and a name ending in one is an organisation whatever the decoder typed it.
void extend_over_company_forms(const PreparedDocument& doc, std::string_view /*text*/,
                               std::vector<NameSpan>& spans) {
  for (auto& s : spans) {
    const std::size_t next = s.last + 1;
    if (next < doc.tokens.size() && doc.tokens[next].line == doc.tokens[s.last].line &&
        is_legal_form(doc, next) && no_span_starts_at(spans, next)) {
      s.last = static_cast<std::uint32_t>(next);
    }
    if (doc.words[s.last].gazetteer.categories & kGazStrongOrgSuffix)
      s.type = NameType::Organisation;
  }
}

// "United States Air Force": the decoder tags the place and leaves the capitalised words after it,
// ending in a service's name, untagged. Up to three such words on the same line make the place
// that organisation; "US Air Force" tagged as one "other" name is the organisation too.
void organisation_heads_after_places(const PreparedDocument& doc, std::string_view /*text*/,
                                     std::vector<NameSpan>& spans) {
  auto cover = coverage(doc, spans);
  const std::size_t n = doc.tokens.size();
  for (auto& s : spans) {
    if (s.type != NameType::Place && s.type != NameType::Misc) continue;
    std::size_t j = s.last + 1;
    std::size_t end = 0;
    while (j < n && j <= s.last + 3 && cover[j] < 0 &&
           doc.tokens[j].line == doc.tokens[s.last].line &&
           (doc.words[j].flags & kWordCapitalised) && !(doc.words[j].flags & kWordCapsLine)) {
      if (in_list(doc.lower(j), kOrganisationHeads)) end = j;
      ++j;
    }
    if (s.type == NameType::Misc) {
      if (s.last > s.first && in_list(doc.lower(s.last), kOrganisationHeads) &&
          (doc.words[s.first].gazetteer.categories & kGazPlaces)) {
        s.type = NameType::Organisation;
      }
      continue;
    }
    if (end == 0) continue;
    s.last = static_cast<std::uint32_t>(end);
    s.type = NameType::Organisation;
  }
}

// The decoder cuts one organisation's name into pieces: at "of" ("Bank" of "France"), at "and"
// ("Ministry of International Trade" and "Industry"), or between two names it typed differently
// ("UK" + "RAF"). One pass joins each name to the one before it when a test above says they are
// one, so that a name joined once can take the next piece too.
void merge_adjacent_organisations(const PreparedDocument& doc, std::string_view /*text*/,
                                  std::vector<NameSpan>& spans) {
  std::vector<NameSpan> merged;
  merged.reserve(spans.size());
  for (const auto& s : spans) {
    if (!merged.empty()) {
      auto& p = merged.back();
      if (country_long_form(doc, p, s) || institution_of_place(doc, p, s) ||
          department_of(doc, p, s) || ordinary_noun_after_and(doc, p, s)) {
        p.last = s.last;
        continue;
      }
      if (back_to_back_with_organisation(doc, p, s)) {
        p.last = s.last;
        p.type = NameType::Organisation;
        continue;
      }
    }
    merged.push_back(s);
  }
  spans.swap(merged);
}

// "Dean Witter" + "Reynolds Inc", "Smith Barney" + "," + "Harris Upham and Co": brokers and banks
// named after their founders. The decoder takes the founders' names for people and the rest for a
// company; a person's name right before a company's name that ends in a legal form is part of it,
// and so is one of one or two words before a comma and a firm "... and Co" (a person in apposition
// to a firm is written "Jane Doe, of Acme and Co" or "Jane Doe of Acme"). Same line only.
void firms_named_after_people(const PreparedDocument& doc, std::string_view text,
                              std::vector<NameSpan>& spans) {
  auto ends_in_legal_form = [&](const NameSpan& s) { return is_legal_form(doc, s.last); };
  auto has_and = [&](const NameSpan& s) {
    for (auto i = s.first; i < s.last; ++i) {
      if (doc.lower(i) == "and" || doc.lower(i) == "&") return true;
    }
    return false;
  };
  std::vector<NameSpan> out;
  out.reserve(spans.size());
  for (const NameSpan& s : spans) {
    if (!out.empty() && out.back().type == NameType::Person && s.type == NameType::Organisation &&
        doc.tokens[out.back().last].line == doc.tokens[s.first].line && ends_in_legal_form(s)) {
      NameSpan& p = out.back();
      const bool adjacent = p.last + 1 == s.first;
      const bool after_comma = p.last + 2 == s.first && p.last - p.first < 2 &&
                               surface(doc, text, p.last + 1) == "," && has_and(s);
      if (adjacent || after_comma) {
        p.last = s.last;
        p.type = NameType::Organisation;
        continue;
      }
    }
    out.push_back(s);
  }
  spans.swap(out);
}

// A listed company or organisation tagged as "other" is the decoder remembering aircraft or
// products named after their maker; on its own (no model number: products_with_model_numbers runs
// first) the name means the organisation.
void known_organisations(const PreparedDocument& doc, std::string_view /*text*/,
                         std::vector<NameSpan>& spans) {
  for (auto& s : spans) {
    if (s.type != NameType::Misc) continue;
    const auto& first = doc.words[s.first].gazetteer;
    const auto& last = doc.words[s.last].gazetteer;
    if ((first.categories & kGazOrganisation) && (first.position == 1 || first.position == 4) &&
        (last.position == 3 || last.position == 4) && (last.categories & kGazOrganisation)) {
      s.type = NameType::Organisation;
    }
  }
}

namespace {

// Lower-case words an organisation's name may hold between the words its acronym is made of
// ("Organisation for Security and Cooperation in Europe").
constexpr std::string_view kAcronymSkips[] = {"of", "for", "and", "the", "in",  "on",
                                              "to", "at",  "&",   "de",  "des", "du",
                                              "la", "le",  "del", "di",  "von", "van"};

// The letters of "OSCE" or "U.N.", or "" for a token that is no acronym: 2 to 8 capital letters,
// with dots or "&" between them and nothing else.
std::string acronym_letters(const PreparedDocument& doc, std::string_view text, std::uint32_t i) {
  const auto flags = doc.words[i].flags;
  if (!(flags & kWordAllCaps) || (flags & kWordCapsLine)) return {};
  std::string letters;
  for (const char c : surface(doc, text, i)) {
    if (c >= 'A' && c <= 'Z') {
      letters.push_back(c);
    } else if (c != '.' && c != '&') {
      return {};
    }
  }
  return letters.size() >= 2 && letters.size() <= 8 ? letters : std::string{};
}

// The first token of the name whose capitalised words, read back from `before`, begin with
// `letters`, skipping the connectors of kAcronymSkips; -1 when no such name ends at `before`.
std::int64_t spelled_out_from(const PreparedDocument& doc, std::string_view text,
                              std::uint32_t before, std::string_view letters) {
  std::int64_t j = before;
  std::size_t k = letters.size();
  while (j >= 0 && k > 0 && doc.tokens[j].line == doc.tokens[before].line) {
    const auto flags = doc.words[j].flags;
    const std::string_view sf = surface(doc, text, static_cast<std::uint32_t>(j));
    if ((flags & kWordCapitalised) && !(flags & kWordAllCaps) && sf[0] == letters[k - 1]) {
      if (--k == 0) return j;
    } else if (j == before || !in_list(doc.lower(j), kAcronymSkips)) {
      return -1;
    }
    --j;
  }
  return -1;
}

}  // namespace

// "Organisation for Security" + "and" + "Cooperation in Europe ( OSCE )": a name spelled out
// before its acronym in brackets is one name, as far back as the acronym's letters reach, however
// the decoder cut it. Its type is the acronym's, or else an organisation's if any piece was one;
// an acronym left untagged is that organisation too (an untagged "SDR" or "PRT" after a currency
// or a tax the decoder took for a person or a product stays untagged). Only where the decoder
// tagged some of the words and no name crosses the spelled-out name's first word.
void names_spelled_out_before_acronyms(const PreparedDocument& doc, std::string_view text,
                                       std::vector<NameSpan>& spans) {
  const std::size_t n = doc.tokens.size();
  for (std::uint32_t open = 1; open + 2 < n; ++open) {
    if (surface(doc, text, open) != "(" || surface(doc, text, open + 2) != ")" ||
        doc.tokens[open + 2].line != doc.tokens[open - 1].line) {
      continue;
    }
    const std::uint32_t acronym = open + 1, last = open - 1;
    const std::string letters = acronym_letters(doc, text, acronym);
    if (letters.empty()) continue;
    const std::int64_t found = spelled_out_from(doc, text, last, letters);
    if (found < 0) continue;
    const auto first = static_cast<std::uint32_t>(found);

    std::size_t inside_begin = spans.size(), inside_end = spans.size();
    bool crossing = false, organisation = false;
    const NameSpan* acronym_span = nullptr;
    // Names are in text order and apart: start at the first that ends at or after `first`.
    const auto from =
        std::lower_bound(spans.begin(), spans.end(), first,
                         [](const NameSpan& s, std::uint32_t t) { return s.last < t; });
    for (auto k = static_cast<std::size_t>(from - spans.begin());
         k < spans.size() && spans[k].first <= acronym; ++k) {
      const auto& s = spans[k];
      if (s.first <= acronym && acronym <= s.last) {
        if (s.first == acronym && s.last == acronym)
          acronym_span = &s;
        else
          crossing = true;
      }
      if (s.last < first || s.first > last) continue;
      if (s.first < first || s.last > last) crossing = true;
      if (inside_begin == spans.size()) inside_begin = k;
      inside_end = k + 1;
      organisation |= s.type == NameType::Organisation;
    }
    if (crossing || inside_begin == spans.size()) continue;
    if (inside_end == inside_begin + 1 && spans[inside_begin].first == first &&
        spans[inside_begin].last == last) {
      continue;  // the decoder found the name as it is
    }
    const NameType type = acronym_span != nullptr ? acronym_span->type
                          : organisation          ? NameType::Organisation
                                                  : spans[inside_end - 1].type;
    const bool tag_acronym = acronym_span == nullptr && type == NameType::Organisation;
    spans.erase(spans.begin() + static_cast<std::ptrdiff_t>(inside_begin) + 1,
                spans.begin() + static_cast<std::ptrdiff_t>(inside_end));
    spans[inside_begin] = {first, last, type};
    if (tag_acronym) {
      spans.insert(spans.begin() + static_cast<std::ptrdiff_t>(inside_begin) + 1,
                   {acronym, acronym, type});
    }
  }
}

}  // namespace newsindex::ner::rules
