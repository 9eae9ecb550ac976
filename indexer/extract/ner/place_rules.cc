#include "place_rules.h"

#include <algorithm>

#include "mention_words.h"

namespace newsindex::ner::rules {
namespace {

// Geographic features named "of" something ("Gulf of Mexico", "Isle of Man").
constexpr std::string_view kGeographicHeads[] = {"gulf",    "bay",    "sea",     "strait",
                                                 "straits", "isle",   "lake",    "cape",
                                                 "mount",   "island", "islands", "river"};

// Abbreviated month names as datelines write them ("Feb. 26", "Sept 3"); the gazetteer has the full
// names (kGazCalendar).
constexpr std::string_view kMonthAbbreviations[] = {"jan", "feb", "mar",  "apr", "jun", "jul",
                                                    "aug", "sep", "sept", "oct", "nov", "dec"};

// Lines of the text the tokens were read from (joined lines of a hard-wrapped page are one).
bool on_one_line(const PreparedDocument& doc, std::size_t first, std::size_t last) {
  return doc.tokens[first].line == doc.tokens[last].line;
}

// Whether token i is the first thing on its line as written, quotes and dashes aside.
bool opens_line(const PreparedDocument& doc, std::string_view text, std::size_t i) {
  if (!doc.written_lines.empty()) text = doc.written_lines;
  for (std::size_t b = doc.tokens[i].begin; b > 0; --b) {
    const char c = text[b - 1];
    if (c == '\n') return true;
    if (c != ' ' && c != '\t' && c != '"' && c != '\'' && c != '-' && c != '|') return false;
  }
  return true;
}

bool is_month_abbreviation(const PreparedDocument& doc, std::size_t i) {
  std::string_view w = doc.lower(i);
  if (w.ends_with('.')) w.remove_suffix(1);  // the tokenizer keeps an abbreviation's period
  return in_list(w, kMonthAbbreviations);
}

bool is_month_or_weekday(const PreparedDocument& doc, std::size_t i) {
  return (doc.words[i].gazetteer.categories & kGazCalendar) || is_month_abbreviation(doc, i);
}

bool is_digit_token(const PreparedDocument& doc, std::size_t i) {
  return (doc.words[i].flags & kWordHasDigit) != 0;
}

// What follows a dateline's place on its line: "," or "." and then, past up to four words of a
// region, an agency or a route ("Neb.,", "D.C.,", "Ukraine,", "via London,"), a date ("March 5",
// "Feb. 26", "Monday"); or an agency in brackets and a dash ("(Reuters) -").
bool dateline_follows(const PreparedDocument& doc, std::size_t last) {
  const std::size_t end = doc.tokens.size();
  std::size_t j = last + 1;
  if (j >= end || !on_one_line(doc, last, j)) return false;
  const std::string_view sep = doc.lower(j);
  if (sep == "(") {
    // Capitals only: "Gould Inc (GLD) - Offering" is a company and its ticker.
    if (!(doc.words[last].flags & kWordAllCaps)) return false;
    std::size_t k = j + 1;
    while (k < end && k <= j + 3 && doc.lower(k) != ")" && (doc.words[k].flags & kWordHasUpper))
      ++k;
    return k > j + 1 && k + 1 < end && doc.lower(k) == ")" && on_one_line(doc, j, k + 1) &&
           (doc.lower(k + 1) == "-" || doc.lower(k + 1) == "\u2014" || doc.lower(k + 1) == "--");
  }
  if (sep != "," && sep != ".") return false;
  // A dateline's date comes within a dozen tokens.
  constexpr std::size_t kReach = 12;
  std::size_t words = 0;
  for (std::size_t k = j + 1; k < end && k <= j + kReach && on_one_line(doc, j, k); ++k) {
    if (is_month_or_weekday(doc, k)) {
      std::size_t d = k + 1;
      if (d < end && doc.lower(d) == ".") ++d;
      const bool weekday =
          (doc.words[k].gazetteer.categories & kGazCalendar) && doc.lower(k).ends_with("day");
      return weekday || (d < end && is_digit_token(doc, d) && on_one_line(doc, k, d));
    }
    const std::string_view w = doc.lower(k);
    if (w == "," || w == ".") continue;
    if (++words > 4) return false;
    if (w != "via" && !(doc.words[k].flags & kWordHasUpper)) return false;
  }
  return false;
}

}  // namespace

// "PETROGRAD, March 5.", "Lincoln, Neb., Feb. 1", "WASHINGTON (Reuters) -": the name a dateline
// opens with is the place the story was filed from. The decoder reads "Petrograd, via London" as a
// person and "Galveston, Tex." as an organisation (a quarter of the datelines of 3,000 1916 pages).
// A name that runs into the dateline from the line before (a headline joined to it when a
// hard-wrapped page was unwrapped) is cut there. The same words elsewhere in the article that are
// a person are that place too ("Petrograd reports"), unless a title says otherwise ("Mrs.
// Vienna"); an organisation keeps its type (a city's club in a sports report).
void dateline_places(const PreparedDocument& doc, std::string_view text,
                     std::vector<NameSpan>& spans) {
  constexpr std::uint32_t kMaxWords = 4;
  std::vector<std::uint64_t> places;
  const std::size_t named = spans.size();
  for (std::size_t k = 0; k < named; ++k) {
    NameSpan& s = spans[k];
    std::uint32_t first = s.last + 1;
    for (std::uint32_t t = s.last + 1; t-- > s.first;) {
      if (opens_line(doc, text, t)) {
        first = t;
        break;
      }
    }
    // "Peruvian, May 86.00N": a demonym opening a row of a price table.
    if (first > s.last || s.last - first + 1 > kMaxWords ||
        (doc.words[first].gazetteer.categories & kGazDemonym) || !on_one_line(doc, first, s.last) ||
        !dateline_follows(doc, s.last))
      continue;
    places.push_back(span_key(doc, first, s.last));
    if (first == s.first) {
      s.type = NameType::Place;
    } else {
      const NameSpan place{first, s.last, NameType::Place};
      s.last = first - 1;
      spans.push_back(place);
    }
  }
  if (places.empty()) return;
  if (spans.size() > named) sort_spans(spans);
  for (auto& s : spans) {
    const bool after_title =
        s.first > 0 && (doc.words[s.first - 1].gazetteer.categories & kGazPersonTitle);
    if (s.type == NameType::Person && !after_title &&
        std::find(places.begin(), places.end(), span_key(doc, s.first, s.last)) != places.end())
      s.type = NameType::Place;
  }
}

// "Gulf of Mexico", "Strait of Hormuz", "Bay of Bengal": a geographic feature "of" a name is a
// place, whatever the decoder typed it (24 Reuters mentions of the strait had been organisations).
void features_of_places(const PreparedDocument& doc, std::string_view /*text*/,
                        std::vector<NameSpan>& spans) {
  for (auto& s : spans) {
    if (s.type == NameType::Place || s.first + 2 > s.last) continue;
    if (in_list(doc.lower(s.first), kGeographicHeads) && doc.lower(s.first + 1) == "of") {
      s.type = NameType::Place;
    }
  }
}

}  // namespace newsindex::ner::rules
