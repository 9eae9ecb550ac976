#include "person_rules.h"

#include "mention_words.h"

namespace newsindex::ner::rules {
namespace {

// Lower-case nouns for people that stand right before a name ("presidential aide Yuri Ushakov",
// "analyst Jane Doe"). They are not person titles of the gazetteer, whose lists are features of the
// trained model: adding them there would need a new model.
constexpr std::string_view kPersonNouns[] = {"aide",        "adviser",   "advisor",    "analyst",
                                             "economist",   "lawmaker",  "strategist", "columnist",
                                             "commentator", "negotiator"};

// The last word of a gazetteer person title ("President", "Prime Minister").
bool ends_a_title(const PreparedDocument& doc, std::size_t i) {
  const auto& mark = doc.words[i].gazetteer;
  return (mark.categories & kGazPersonTitle) && (mark.position == 3 || mark.position == 4);
}

// A title before the name ("spokesperson", "President"), or one of the rule's own nouns for people.
bool before_a_persons_name(const PreparedDocument& doc, std::size_t i) {
  return (ends_a_title(doc, i) || in_list(doc.lower(i), kPersonNouns)) &&
         !(doc.words[i].flags & kWordCapsLine);
}

// A capitalised word no gazetteer knows and not usually written in lower case: after a title, a
// word of the holder's name.
bool unknown_name_word(const PreparedDocument& doc, std::size_t i) {
  const WordInfo& w = doc.words[i];
  return (w.flags & kWordCapitalised) && w.gazetteer.categories == 0 &&
         w.case_prior != CasePrior::Lower;
}

// "W.", "H.": one capital letter and a full stop.
bool is_initial(const PreparedDocument& doc, std::string_view text, std::size_t i) {
  const std::string_view sf = surface(doc, text, i);
  return sf.size() >= 2 && sf.back() == '.' && count_letters(sf) == 1 &&
         (doc.words[i].flags & kWordAllCaps);
}

// Offices whose holder's name follows ("Bank of England Governor Eddie George"). Honorifics and
// ranks are left out: they also stand inside names ("Martin Luther King Jr", "General Motors").
constexpr std::string_view kOffices[] = {
    "president", "premier",    "chancellor", "minister", "secretary", "senator",
    "governor",  "mayor",      "ambassador", "chairman", "director",  "commissioner",
    "cardinal",  "archbishop", "bishop",     "speaker",  "spokesman", "ceo"};
// Words that make an office of another ("Vice Chairman", "Deputy Governor", "Managing Director"):
// part of the office, not of the institution before it.
constexpr std::string_view kOfficeModifiers[] = {"vice",      "deputy",    "acting",
                                                 "assistant", "associate", "senior",
                                                 "executive", "managing",  "chief"};

}  // namespace

// "Federal Reserve Governor Lawrence Lindsey", "Chicago Cardinal Joseph Bernardin": the decoder
// runs an institution, its office and the holder's name into one name. A capitalised office inside
// a name, followed to the end of the name by one to three capitalised words no gazetteer knows, is
// where the holder's name begins: the words after it are the person, the words before it the
// institution (a place when the gazetteer says so), and the office is neither.
void split_at_inner_offices(const PreparedDocument& doc, std::string_view /*text*/,
                            std::vector<NameSpan>& spans) {
  std::vector<NameSpan> out;
  out.reserve(spans.size());
  for (const auto& s : spans) {
    std::size_t office = 0;
    for (std::size_t k = s.first + 1; k < s.last && office == 0; ++k) {
      if (!ends_a_title(doc, k) || !(doc.words[k].flags & kWordCapitalised) ||
          (doc.words[k].flags & kWordCapsLine) || !in_list(doc.lower(k), kOffices) ||
          s.last - k > 3) {
        continue;
      }
      bool unknown_name = true;
      for (std::size_t j = k + 1; j <= s.last && unknown_name; ++j)
        unknown_name = unknown_name_word(doc, j);
      if (unknown_name) office = k;
    }
    if (office == 0) {
      out.push_back(s);
      continue;
    }
    std::size_t title_begin = office;  // "Prime Minister": the gazetteer's match began earlier
    while (title_begin > s.first && doc.words[title_begin].gazetteer.position != 4 &&
           doc.words[title_begin].gazetteer.position != 1) {
      --title_begin;
    }
    while (title_begin > s.first && in_list(doc.lower(title_begin - 1), kOfficeModifiers))
      --title_begin;
    if (title_begin > s.first) {
      NameSpan before{s.first, static_cast<std::uint32_t>(title_begin - 1), s.type};
      bool place = true, demonym = true;
      for (auto k = before.first; k <= before.last; ++k) {
        place &= (doc.words[k].gazetteer.categories & kGazPlaces) != 0;
        demonym &= (doc.words[k].gazetteer.categories & kGazDemonym) != 0;
      }
      if (place) {
        before.type = NameType::Place;
      } else if (demonym) {
        before.type = NameType::Misc;  // "West German Chancellor Helmut Kohl"
      } else if (before.type == NameType::Person) {
        before.type = NameType::Organisation;
      }
      out.push_back(before);
    }
    out.push_back({static_cast<std::uint32_t>(office + 1), s.last, NameType::Person});
  }
  spans = std::move(out);
}

// "George" + "W. Bush", "Charles" + "H. Barber": the model, trained on news that seldom writes
// middle initials, ends a person's name before one. A person's name and a name that begins with
// one initial right after it, on the same line, are one person.
void join_middle_initials(const PreparedDocument& doc, std::string_view text,
                          std::vector<NameSpan>& spans) {
  std::vector<NameSpan> joined;
  joined.reserve(spans.size());
  for (const auto& s : spans) {
    if (!joined.empty()) {
      NameSpan& p = joined.back();
      if (p.type == NameType::Person && p.last + 1 == s.first && s.first < s.last &&
          is_initial(doc, text, s.first) && !is_initial(doc, text, p.last) &&
          (doc.words[p.last].flags & kWordCapitalised) &&
          doc.tokens[p.last].line == doc.tokens[s.first].line && s.type != NameType::Misc) {
        p.last = s.last;
        continue;
      }
    }
    joined.push_back(s);
  }
  spans.swap(joined);
}

// "James Leander" + "( Leo )" + "Nichols", "Hector" + "\" Macho \"" + "Camacho": a nickname or
// another name in brackets or quotation marks between a person's given names and surname belongs
// to the one person. A person's name, the opening mark, one to four capitalised words or initials
// that name no place, the closing mark and a capitalised word right after it that no list knows
// (the surname: not "Ltd" in "W.I. Carr (Overseas) Ltd"), all on one line, are one person. Not on
// OCR'd pages, whose brackets and quotation marks are often debris.
void join_nicknames(const PreparedDocument& doc, std::string_view text,
                    std::vector<NameSpan>& spans) {
  if (doc.noisy) return;
  constexpr std::uint32_t kLongestNickname = 4;
  const auto n = static_cast<std::uint32_t>(doc.tokens.size());
  auto capitalised = [&](std::uint32_t i) {
    const auto flags = doc.words[i].flags;
    return (flags & (kWordCapitalised | kWordAllCaps)) && (flags & kWordHasLetter) &&
           !(flags & kWordCapsLine) && !(doc.words[i].gazetteer.categories & kGazPlaces);
  };
  std::vector<NameSpan> out;
  out.reserve(spans.size());
  for (std::size_t k = 0; k < spans.size(); ++k) {
    NameSpan s = spans[k];
    const std::uint32_t open = s.last + 1;
    if (s.type != NameType::Person || open + 3 >= n) {
      out.push_back(s);
      continue;
    }
    const std::string_view mark = surface(doc, text, open);
    const bool bracket = mark == "(";
    if (!bracket && !opening_quote(mark)) {
      out.push_back(s);
      continue;
    }
    std::uint32_t close = open + 1;
    while (close < n && close - open <= kLongestNickname && capitalised(close)) ++close;
    const std::string_view end_mark = close < n ? surface(doc, text, close) : std::string_view{};
    const bool closed = close > open + 1 && close - open <= kLongestNickname + 1 &&
                        (bracket ? end_mark == ")" : closing_quote(end_mark));
    const std::uint32_t surname = close + 1;
    if (!closed || surname >= n || !(doc.words[surname].flags & kWordCapitalised) ||
        doc.tokens[surname].line != doc.tokens[s.last].line) {
      out.push_back(s);
      continue;
    }
    // The names the decoder found from the opening mark to the surname: a nickname is a person's
    // or untagged ("Ramon Vega ( Cagliari ) Raphael Wicky" is a player, his club and another
    // player), and the surname is one word, not a place.
    std::size_t next = k + 1;
    bool other = false;
    while (next < spans.size() && spans[next].first < surname) {
      other |= spans[next].type != NameType::Person || spans[next].last >= surname;
      ++next;
    }
    if (next < spans.size() && spans[next].first == surname) {
      other |= spans[next].type == NameType::Place || spans[next].last != surname;
      ++next;
    }
    if (other || doc.words[surname].gazetteer.categories != 0) {
      out.push_back(s);
      continue;
    }
    out.push_back({s.first, surname, NameType::Person});
    k = next - 1;
  }
  spans.swap(out);
}

// "Ursula" + "von der" + "Leyen", "Von der" + "Leyen", "Vincent" + "van" + "Gogh": the model
// ends a person's name at a lower-case particle, or tags the particles that open a sentence as a
// name of their own. A person's name, the particles after it and a name of one or two capitalised
// words right after them, on one line, are one person; so are particles alone and the person's
// name after them, or the capitalised words after them that the decoder left untagged (particles
// written with a capital: "Von der Leyen said"). A place after the particles stays apart ("Banco
// do" + "Brasil").
void join_name_particles(const PreparedDocument& doc, std::string_view /*text*/,
                         std::vector<NameSpan>& spans) {
  // OCR'd pages are left alone: their stray "la", "de" and "von" join junk.
  if (doc.noisy) return;
  auto particles = [&](std::size_t from, std::size_t to) {  // [from, to], at least one
    if (from > to) return false;
    for (std::size_t i = from; i <= to; ++i) {
      if (!is_name_particle(doc.lower(i))) return false;
    }
    return true;
  };
  auto capitalised = [&](const NameSpan& s) {
    for (auto i = s.first; i <= s.last; ++i) {
      if (!(doc.words[i].flags & kWordCapitalised) || is_legal_form(doc, i)) return false;
    }
    return s.last - s.first < 2;
  };
  // Particles alone before capitalised words the decoder left out ("Von der" + "Leyen said").
  const std::size_t n = doc.tokens.size();
  for (std::size_t k = 0; k < spans.size(); ++k) {
    NameSpan& p = spans[k];
    if (!particles(p.first, p.last) || !(doc.words[p.first].flags & kWordCapitalised)) continue;
    std::size_t last = p.last;
    const std::size_t limit = k + 1 < spans.size() ? spans[k + 1].first : n;
    while (last + 1 < limit && last - p.last < 2 &&
           (doc.words[last + 1].flags & kWordCapitalised) &&
           !(doc.words[last + 1].flags & kWordAllCaps) &&
           doc.tokens[last + 1].line == doc.tokens[p.first].line && !is_legal_form(doc, last + 1))
      ++last;
    if (last > p.last) {
      p.last = static_cast<std::uint32_t>(last);
      p.type = NameType::Person;
    }
  }
  std::vector<NameSpan> out;
  out.reserve(spans.size());
  for (const NameSpan& s : spans) {
    if (!out.empty()) {
      NameSpan& p = out.back();
      const bool same_line = doc.tokens[p.first].line == doc.tokens[s.last].line;
      const bool person_particles_name = p.type == NameType::Person && s.first > p.last + 1 &&
                                         particles(p.last + 1, s.first - 1) &&
                                         (doc.words[p.last + 1].flags & kWordLowerInitial) &&
                                         s.type != NameType::Place && capitalised(s);
      const bool particles_person =
          s.type == NameType::Person && p.last + 1 == s.first && particles(p.first, p.last);
      if (same_line && (person_particles_name || particles_person)) {
        p.last = s.last;
        p.type = NameType::Person;
        // "Javier Perez" + "de" + "Cuellar": the particles joined the name after them, and the
        // person before them is the same one.
        if (out.size() >= 2 && (doc.words[p.first].flags & kWordLowerInitial)) {
          NameSpan& before = out[out.size() - 2];
          if (before.type == NameType::Person && before.last + 1 == p.first &&
              doc.tokens[before.first].line == doc.tokens[p.last].line) {
            before.last = p.last;
            out.pop_back();
          }
        }
        continue;
      }
    }
    out.push_back(s);
  }
  spans.swap(out);
}

// "Chancellor of the Exchequer Nigel Lawson", "Secretary of the Navy John Lehman": English does not
// write "the" before a person's name, so in a person's name of three words or more right after
// "of the", the first word ends the title before it. Unless the second word is an initial: then the
// first is a given name and the name is used as a noun's attribute ("of the George W. Bush
// administration", "the Susan B. Anthony amendment").
void person_after_the(const PreparedDocument& doc, std::string_view text,
                      std::vector<NameSpan>& spans) {
  for (NameSpan& s : spans) {
    if (s.type != NameType::Person || s.last - s.first < 2 || s.first < 2) continue;
    const std::size_t the = s.first - 1, of = s.first - 2;
    if (!is_initial(doc, text, s.first + 1) && (doc.words[s.first + 1].flags & kWordCapitalised) &&
        doc.lower(the) == "the" && doc.lower(of) == "of" &&
        (doc.words[the].flags & kWordLowerInitial) &&
        doc.tokens[of].line == doc.tokens[s.first].line) {
      ++s.first;
    }
  }
}

// "spokesperson Dmitry Peskov", "presidential aide Yuri Ushakov": right after a person's title or
// a noun for a person, a name the decoder typed otherwise is the person, unless a gazetteer knows
// its words as something else; and up to three capitalised unknown words the decoder left untagged
// are that person's name, unless they run into a name it tagged (it had a reason to start there).
void names_after_titles(const PreparedDocument& doc, std::string_view /*text*/,
                        std::vector<NameSpan>& spans) {
  auto cover = coverage(doc, spans);
  const std::size_t n = doc.tokens.size();
  bool added = false;
  for (std::size_t i = 0; i + 1 < n; ++i) {
    if (!before_a_persons_name(doc, i)) continue;
    if (cover[i + 1] >= 0) {
      auto& s = spans[static_cast<std::size_t>(cover[i + 1])];
      bool unknown_words = s.first == i + 1;
      for (auto k = s.first; k <= s.last && unknown_words; ++k)
        unknown_words = doc.words[k].gazetteer.categories == 0;
      if (unknown_words && s.type != NameType::Misc) s.type = NameType::Person;
      continue;
    }
    std::size_t j = i + 1;
    while (j < n && j <= i + 3 && cover[j] < 0 && doc.tokens[j].line == doc.tokens[i].line &&
           unknown_name_word(doc, j)) {
      ++j;
    }
    if (j == i + 1) continue;
    if (j < n && cover[j] >= 0 && doc.tokens[j].line == doc.tokens[i].line) continue;
    spans.push_back(
        {static_cast<std::uint32_t>(i + 1), static_cast<std::uint32_t>(j - 1), NameType::Person});
    for (std::size_t k = i + 1; k < j; ++k) cover[k] = static_cast<int>(spans.size() - 1);
    added = true;
  }
  if (added) sort_spans(spans);
}

}  // namespace newsindex::ner::rules
