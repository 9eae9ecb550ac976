#include "product_rules.h"

#include <algorithm>
#include <iterator>
#include <optional>

#include "flat_hash_map.h"
#include "mention_words.h"

namespace newsindex::ner::rules {
namespace {

// Common nouns that name what kind of product the name before them is ("787 Dreamliner aircraft",
// "Mac OS X operating system", "MacBook Air laptops").
constexpr std::string_view kProductHeads[] = {
    "aircraft",   "airliner",    "airliners", "jet",        "jets",        "jetliner", "jetliners",
    "plane",      "planes",      "engine",    "engines",    "operating",   "software", "laptop",
    "laptops",    "notebook",    "notebooks", "computer",   "computers",   "phone",    "phones",
    "smartphone", "smartphones", "handset",   "handsets",   "device",      "devices",  "tablet",
    "tablets",    "browser",     "processor", "processors", "chip",        "chips",    "console",
    "consoles",   "app",         "apps",      "helicopter", "helicopters", "rocket",   "rockets",
    "missile",    "missiles",    "tanker",    "tankers",    "car",         "cars",     "sedan",
    "truck",      "trucks",      "drug",      "vaccine",    "rifle",       "rifles",   "tank",
    "tanks",      "bomber",      "bombers",   "airframe",   "model",       "models",   "line-up",
    "lineup",     "update",      "upgrade"};
// Last words of events ("Paris Air Show", "Olympic Games", "Worldwide Developers Conference").
constexpr std::string_view kEventHeads[] = {
    "show",   "games",        "olympics",      "conference", "festival", "expo",
    "summit", "championship", "championships", "cup",        "fair",     "exhibition",
    "awards", "marathon",     "grand prix",    "tournament"};
// Abbreviations of units, devices and job titles that are never names on their own.
constexpr std::string_view kNeverNames[] = {
    "ghz",  "mhz", "khz",  "gb",   "mb",     "kb",  "tb",  "lcd", "led", "os",  "sdk",
    "cpu",  "gpu", "usb",  "pc",   "pcs",    "tv",  "dvd", "cd",  "mp3", "hd",  "gps",
    "ceo",  "cfo", "coo",  "cto",  "c.e.o.", "api", "ram", "3g",  "4g",  "5g",  "wi-fi",
    "wifi", "faq", "pdf",  "html", "url",    "www", "vip", "phd", "mph", "kmh", "fm",
    "am",   "pm",  "a.m.", "p.m.", "dna",    "ad",  "bc"};
// Places a name ends with: the name is a place, whatever the decoder said.
constexpr std::string_view kFacilityHeads[] = {"airport", "airfield", "stadium", "arena",
                                               "station", "harbour",  "harbor",  "bridge",
                                               "square",  "street",   "avenue",  "boulevard"};
// Last words of companies' names that are never surnames ("Douglas Aircraft", "Apple Computer").
constexpr std::string_view kCompanyWords[] = {"aircraft",   "airlines", "airways",     "motors",
                                              "industries", "systems",  "electronics", "computer",
                                              "computers",  "software"};
// Nouns for newspapers and magazines, before their names ("magazine Der Spiegel") or after them
// ("Le Matin newspaper").
constexpr std::string_view kPublications[] = {"magazine", "newspaper", "daily", "weekly",
                                              "tabloid"};
// Other lower-case nouns that say what the name right after them is ("airline Lufthansa",
// "browser Safari", "cables giant Pirelli"). Nouns for trades that people follow too ("publisher
// Robert Maxwell", "producer", "miner") are left out.
constexpr std::string_view kOrganisationDescriptors[] = {
    "broadcaster", "airline",   "carrier",  "airframer",  "manufacturer", "maker",       "retailer",
    "firm",        "automaker", "carmaker", "planemaker", "chipmaker",    "conglomerate"};
// More of them, read on clean pages only: on OCR'd ones a column's "bank", "operator" or "agent"
// runs into the next line's name ("division operator Monongahela").
constexpr std::string_view kBusinessDescriptors[] = {
    "giant",    "insurer",  "brokerage",   "lender",  "bank",  "refiner", "exporter",
    "supplier", "operator", "distributor", "utility", "chain", "agency"};
constexpr std::string_view kProductDescriptors[] = {
    "browser",  "client",   "system", "software", "application", "program", "programme", "aircraft",
    "airliner", "jetliner", "player", "console",  "smartphone",  "laptop",  "notebook"};

// "Mr Justice Anthony Mann": a person's name does not start with the title.
void strip_leading_titles(const PreparedDocument& doc, NameSpan& s) {
  while (s.type == NameType::Person && s.first < s.last &&
         (doc.words[s.first].gazetteer.categories & kGazPersonTitle) &&
         doc.words[s.first].gazetteer.position != 0 &&
         (doc.words[s.first + 1].flags & kWordCapitalised)) {
    ++s.first;
  }
}

// "Apple Inc. Steve Jobs": a company form written with its full stop inside an organisation's
// name, followed by two capitalised words the gazetteer does not know, ends the company; the rest
// is a person. Returns the company, leaving the person in `s`.
std::optional<NameSpan> split_company_from_person(const PreparedDocument& doc,
                                                  std::string_view text, NameSpan& s) {
  if (s.type != NameType::Organisation || s.last <= s.first + 1) return std::nullopt;
  for (auto i = s.first + 1; i + 2 <= s.last; ++i) {
    if ((doc.words[i].gazetteer.categories & kGazStrongOrgSuffix) &&
        doc.words[i].gazetteer.position == 4 && surface(doc, text, i).back() == '.' &&
        (doc.words[i + 1].flags & kWordCapitalised) &&
        (doc.words[i + 2].flags & kWordCapitalised) && doc.words[i + 1].gazetteer.categories == 0) {
      const NameSpan company{s.first, i, NameType::Organisation};
      s = {i + 1, s.last, NameType::Person};
      return company;
    }
  }
  return std::nullopt;
}

// A name's last word says what it is: an event ("Paris Air Show"; but the "Organisation of Islamic
// Conference" is a body), a facility, which is a place ("Heathrow Airport"); and "iPhone", "iOS"
// written in camel case and listed nowhere are products. Returns whether the name is an event.
bool type_by_last_word(const PreparedDocument& doc, std::string_view text, NameSpan& s) {
  const std::string_view last = doc.lower(s.last);
  bool of_name = false;
  for (auto i = s.first + 1; i < s.last; ++i) of_name |= doc.lower(i) == "of";
  const bool event = in_list(last, kEventHeads) && !(of_name && s.type == NameType::Organisation);
  if (event && s.type != NameType::Misc) {
    s.type = NameType::Misc;
  } else if (in_list(last, kFacilityHeads) && s.first < s.last) {
    s.type = NameType::Place;
  } else if (s.first == s.last && camel_case(doc, text, s.first) &&
             doc.words[s.first].gazetteer.categories == 0) {
    s.type = NameType::Misc;
  }
  return event;
}

// "Air France Flight 447": a name ending in "Flight" takes the flight number after it, unless
// another name begins there, and is the flight.
void extend_over_flight_number(const PreparedDocument& doc, const NameSpan* next, NameSpan& s) {
  const std::size_t n = doc.tokens.size();
  if (doc.lower(s.last) == "flight" && s.last + 1 < n &&
      (doc.words[s.last + 1].flags & kWordHasDigit) &&
      doc.tokens[s.last + 1].line == doc.tokens[s.last].line &&
      (next == nullptr || next->first != s.last + 1)) {
    s.last += 1;
    s.type = NameType::Misc;
  }
}

// "787 Dreamliner aircraft", "MacBook Air and MacBook Pro laptops": a product's head noun right
// after the name, or after a second name coordinated with it, makes it a product.
bool product_head_after(const PreparedDocument& doc, const NameSpan* next, const NameSpan& s) {
  const std::size_t n = doc.tokens.size();
  std::size_t j = s.last + 1;
  if (j >= n || doc.tokens[j].line != doc.tokens[s.last].line) return false;
  if (doc.lower(j) == "and" || doc.lower(j) == "or" || doc.lower(j) == ",") {
    if (next != nullptr && next->first == j + 1) j = next->last + 1;
  }
  return j < n && doc.tokens[j].line == doc.tokens[s.last].line &&
         (doc.words[j].flags & kWordLowerInitial) && in_list(doc.lower(j), kProductHeads);
}

// "new 787 Dreamliner", "A350 XWB", "the new MacBook Air": after "new", or after a model number of
// a listed maker, a name whose first word no list knows is a product. A year is not a model number.
bool product_after_new_or_model_number(const PreparedDocument& doc, std::string_view text,
                                       const NameSpan& s) {
  if (s.first == 0 || doc.tokens[s.first - 1].line != doc.tokens[s.first].line ||
      doc.words[s.first].gazetteer.categories != 0) {
    return false;
  }
  std::size_t p = s.first - 1;
  const std::string_view number = surface(doc, text, p);
  const bool year = number.size() == 4 && (number.starts_with("19") || number.starts_with("20"));
  const bool model_number = (doc.words[p].flags & kWordHasDigit) &&
                            !(doc.words[p].flags & kWordLowerInitial) && number.size() >= 3 &&
                            number.find_first_of(".,") == std::string_view::npos && !year;
  if (model_number && p > 0) --p;
  if (doc.lower(p) == "new" && (doc.words[p].flags & kWordLowerInitial)) return true;
  return model_number && (doc.words[p].gazetteer.categories & kGazOrganisation);
}

// Whatever was recognised as a product once is a product throughout the article. Events and
// names the decoder already typed "other" do not count (`original_types`, parallel to `spans`).
void spread_products(const PreparedDocument& doc, const std::vector<NameType>& original_types,
                     std::vector<NameSpan>& spans) {
  FlatHashMap<std::uint8_t> products(spans.size() + 1);
  for (std::size_t k = 0; k < spans.size(); ++k) {
    if (spans[k].type == NameType::Misc && spans[k].type != original_types[k]) {
      products.get_or_insert(span_key(doc, spans[k].first, spans[k].last), 1);
    }
  }
  if (products.size() == 0) return;
  for (auto& s : spans) {
    if (products.find(span_key(doc, s.first, s.last))) s.type = NameType::Misc;
  }
}

// A lower-case noun right before a name says what it is: "magazine Der Spiegel", "airframer
// Boeing" are organisations (unless a place is named), "web browser Safari" a product. "the
// Dreamliner", the 787 "Dreamliner": one unknown word after "the" is hardly ever a person.
void type_by_word_before(const PreparedDocument& doc, std::string_view text, NameSpan& s) {
  std::size_t p = s.first - 1;
  const std::string_view before = doc.lower(p);
  const bool lower_noun = (doc.words[p].flags & kWordLowerInitial) && !camel_case(doc, text, p);
  bool listed = false;
  for (auto i = s.first; i <= s.last; ++i) listed |= doc.words[i].gazetteer.categories != 0;
  bool place = false;
  for (auto i = s.first; i <= s.last; ++i)
    place |= (doc.words[i].gazetteer.categories & kGazPlaces) != 0;
  // "giant" is a noun only after another ("cables giant Pirelli"), not after an article ("the
  // giant German army").
  const bool adjective = before == "giant" && (p == 0 || doc.lower(p - 1) == "the" ||
                                               doc.lower(p - 1) == "a" || doc.lower(p - 1) == "an");
  if (lower_noun && !place && !adjective && s.type != NameType::Organisation &&
      (in_list(before, kPublications) || in_list(before, kOrganisationDescriptors) ||
       (!doc.noisy && in_list(before, kBusinessDescriptors)))) {
    s.type = NameType::Organisation;
  } else if (lower_noun && !listed && s.type != NameType::Misc &&
             in_list(before, kProductDescriptors)) {
    s.type = NameType::Misc;
  } else if (s.type == NameType::Person && s.first == s.last && !listed) {
    while (p > 0 && doc.tokens[p].line == doc.tokens[s.first].line &&
           (surface(doc, text, p) == "\"" ||
            ((doc.words[p].flags & kWordHasDigit) && !(doc.words[p].flags & kWordHasLetter)))) {
      --p;
    }
    if (doc.lower(p) == "the" && (doc.words[p].flags & kWordLowerInitial)) s.type = NameType::Misc;
  }
}

// "Le Matin newspaper", "Zycie Warszawy daily said": a name the word for a newspaper or magazine
// follows is that publication, unless it reads as where the paper is from: a place to the decoder
// or the gazetteer ("a Chicago newspaper"), or a modifier ("English-language daily"). Not on
// OCR'd pages, where "twice daily" comes out as "Iwice daily".
void type_by_word_after(const PreparedDocument& doc, std::string_view text, NameSpan& s) {
  const std::size_t next = s.last + 1;
  if (doc.noisy || s.type == NameType::Organisation || s.type == NameType::Place ||
      surface(doc, text, s.last).find('-') != std::string_view::npos || next >= doc.tokens.size() ||
      doc.tokens[next].line != doc.tokens[s.last].line ||
      !(doc.words[next].flags & kWordLowerInitial) || !in_list(doc.lower(next), kPublications)) {
    return;
  }
  for (auto i = s.first; i <= s.last; ++i) {
    if (doc.words[i].gazetteer.categories & (kGazPlaces | kGazDemonym)) return;
  }
  s.type = NameType::Organisation;
}

// "Douglas Aircraft": a person's name does not end with a company form, an institution's head or
// a company word.
void company_word_ends_person(const PreparedDocument& doc, NameSpan& s) {
  if (s.type == NameType::Person && s.last > s.first &&
      (((doc.words[s.last].gazetteer.categories & (kGazWeakOrgSuffix | kGazStrongOrgSuffix)) &&
        !(doc.words[s.last].gazetteer.categories & kGazPersonTitle)) ||
       in_list(doc.lower(s.last), kCompanyWords))) {
    s.type = NameType::Organisation;
  }
}

}  // namespace

// "Boeing 747", "Airbus A330-200": a maker's one-word name followed on its line by a model number
// (3 to 12 characters, no "." or ",", no lower-case start) names a product. Bare numbers after a
// team are scores ("Surrey 429-7"), so those count only after a maker the gazetteer lists.
void products_with_model_numbers(const PreparedDocument& doc, std::string_view text,
                                 std::vector<NameSpan>& spans) {
  for (auto& s : spans) {
    if (s.type != NameType::Organisation || s.first != s.last) continue;
    const std::size_t next = s.last + 1;
    if (next >= doc.tokens.size() || doc.tokens[next].line != doc.tokens[s.last].line) continue;
    const auto& w = doc.words[next];
    if (!(w.flags & kWordHasDigit) || (w.flags & kWordLowerInitial)) continue;
    const std::string_view number = surface(doc, text, next);
    if (number.size() < 3 || number.size() > 12 ||
        number.find_first_of(".,") != std::string_view::npos)
      continue;
    const bool has_letter = (w.flags & kWordHasLetter) != 0;
    const bool known_maker = (doc.words[s.first].gazetteer.categories & kGazOrganisation) != 0;
    if (!has_letter && !(known_maker && number.size() >= 3 && number[0] != '0' &&
                         number.find_first_not_of("0123456789-") == std::string_view::npos)) {
      continue;
    }
    if (!no_span_starts_at(spans, next)) continue;
    s.last = static_cast<std::uint32_t>(next);
    s.type = NameType::Misc;
  }
}

// "the S&P 500 index", "the Nikkei 225 average": a name, a number and a word for a market index
// are one index's name (MISC), and the same name with the same number is that index wherever else
// the article writes it ("the S&P 500 rose"). Without this the number was lost and the index
// counted for the company or newspaper it is named after. The word after the number must say
// "index": a name and a number alone are as often a score, a date or a table row.
void stock_indices(const PreparedDocument& doc, std::string_view text,
                   std::vector<NameSpan>& spans) {
  constexpr std::string_view kIndexWords[] = {"index", "indices", "indexes", "average", "futures"};
  const std::size_t n = doc.tokens.size();
  auto number_after = [&](const NameSpan& s) -> std::size_t {
    const std::size_t next = s.last + 1;
    if (next >= n || doc.tokens[next].line != doc.tokens[s.last].line) return 0;
    const auto& w = doc.words[next];
    if (!(w.flags & kWordHasDigit) || (w.flags & kWordHasLetter)) return 0;
    const std::string_view number = surface(doc, text, next);
    if (number.size() < 2 || number.size() > 5 ||
        number.find_first_not_of("0123456789") != std::string_view::npos)
      return 0;
    return no_span_starts_at(spans, next) ? next : 0;
  };
  std::vector<std::uint64_t> indices;
  for (auto& s : spans) {
    const std::size_t number = number_after(s);
    if (number == 0 || number + 1 >= n || doc.tokens[number + 1].line != doc.tokens[number].line ||
        !in_list(doc.lower(number + 1), kIndexWords))
      continue;
    s.last = static_cast<std::uint32_t>(number);
    s.type = NameType::Misc;
    indices.push_back(span_key(doc, s.first, s.last));
  }
  if (indices.empty()) return;
  for (auto& s : spans) {
    const std::size_t number = number_after(s);
    if (number == 0) continue;
    const std::uint64_t key = span_key(doc, s.first, static_cast<std::uint32_t>(number));
    if (std::find(indices.begin(), indices.end(), key) == indices.end()) continue;
    s.last = static_cast<std::uint32_t>(number);
    s.type = NameType::Misc;
  }
}

// What the words of a name and the words around it say it is: a product, an event, a flight, a
// facility, or a person whose name the decoder ran into a title or a company. The steps read the
// names as the decoder left them (a neighbour's extent, the type before this rule), so they run as
// one pass; then products spread to their other mentions. Never-names ("GHz", "CEO") alone go.
void products_events_and_titles(const PreparedDocument& doc, std::string_view text,
                                std::vector<NameSpan>& spans) {
  std::vector<NameSpan> out;
  out.reserve(spans.size());
  std::vector<NameType> original_types;
  for (std::size_t k = 0; k < spans.size(); ++k) {
    NameSpan s = spans[k];
    const NameType original_type = s.type;
    const NameSpan* next = k + 1 < spans.size() ? &spans[k + 1] : nullptr;
    strip_leading_titles(doc, s);
    if (const auto company = split_company_from_person(doc, text, s)) {
      out.push_back(*company);
      original_types.push_back(NameType::Organisation);
    }
    if (s.first == s.last && in_list(doc.lower(s.last), kNeverNames)) continue;
    const bool listed_org =
        (doc.words[s.first].gazetteer.categories & kGazOrganisation) &&
        (doc.words[s.last].gazetteer.position == 3 || doc.words[s.last].gazetteer.position == 4);
    const bool event = type_by_last_word(doc, text, s);
    extend_over_flight_number(doc, next, s);
    if (s.type != NameType::Misc && !listed_org &&
        (product_head_after(doc, next, s) || product_after_new_or_model_number(doc, text, s))) {
      s.type = NameType::Misc;
    }
    out.push_back(s);
    original_types.push_back(event ? NameType::Misc : original_type);
  }
  spans.swap(out);
  spread_products(doc, original_types, spans);
}

// The noun before a name ("magazine Der Spiegel", "browser Safari", "the Dreamliner"), a company
// word ending it ("Douglas Aircraft") and a publication's noun after it ("Le Matin newspaper")
// settle its type where the decoder guessed; the other
// mentions of a re-typed name follow. Capitals lines are left alone.
void descriptor_nouns(const PreparedDocument& doc, std::string_view text,
                      std::vector<NameSpan>& spans) {
  FlatHashMap<std::uint8_t> retyped(spans.size() + 1);
  for (auto& s : spans) {
    const NameType before_type = s.type;
    if (doc.words[s.first].flags & kWordCapsLine) continue;
    if (s.first > 0 && doc.tokens[s.first - 1].line == doc.tokens[s.first].line) {
      type_by_word_before(doc, text, s);
      company_word_ends_person(doc, s);
    }
    type_by_word_after(doc, text, s);
    if (s.type != before_type)
      retyped.get_or_insert(span_key(doc, s.first, s.last), static_cast<std::uint8_t>(s.type));
  }
  if (retyped.size() == 0) return;
  for (auto& s : spans) {
    if (const auto* t = retyped.find(span_key(doc, s.first, s.last)))
      s.type = static_cast<NameType>(*t);
  }
}

namespace {

// "Boston-based", "London-listed", "U.S.-led", "Japanese-made": a name joined by a hyphen to a
// participle or to "style" or "bound", which describes what follows it. Other lower-case parts are
// names' own ("Li Ka-shing", "Quincy Co-operative") or ratings ("B-minus").
bool compound_modifier(std::string_view sf) {
  const std::size_t hyphen = sf.rfind('-');
  if (hyphen == std::string_view::npos || hyphen == 0 || hyphen + 3 > sf.size()) return false;
  if (sf[0] < 'A' || sf[0] > 'Z') return false;
  const std::string_view part = sf.substr(hyphen + 1);
  for (const char c : part) {
    if (c < 'a' || c > 'z') return false;
  }
  static constexpr std::string_view kOtherModifiers[] = {"born", "made", "run", "style", "bound"};
  return part.ends_with("ed") || in_list(part, kOtherModifiers);
}

}  // namespace

// "Boston-based Reagan Communications", "St. Louis-based Mercantile Bancorp Inc.": the decoder
// runs a modifier made of a name and a hyphenated word into the name after it. The name begins
// after the modifier, which is an "other" name of its own (a place's name in it is kept that way,
// as CoNLL does). Not on OCR'd pages, where a broken word looks the same ("Aaeor-lated Press").
void split_off_compound_modifiers(const PreparedDocument& doc, std::string_view text,
                                  std::vector<NameSpan>& spans) {
  if (doc.noisy) return;
  std::vector<NameSpan> out;
  out.reserve(spans.size());
  for (const auto& s : spans) {
    std::uint32_t modifier_end = s.last;  // s.last: none
    for (std::uint32_t i = s.last; i-- > s.first;) {
      if (compound_modifier(surface(doc, text, i))) {
        modifier_end = i;
        break;
      }
    }
    if (modifier_end == s.last) {
      out.push_back(s);
      continue;
    }
    out.push_back({s.first, modifier_end, NameType::Misc});
    out.push_back({modifier_end + 1, s.last, s.type});
  }
  spans.swap(out);
}

namespace {

// Small words that title-case titles leave in lower case ("Anne of a Thousand Days").
bool title_small_word(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"of",  "the", "a",  "an",   "in",   "on", "and",
                                                "for", "to",  "at", "from", "with", "'s", "'"};
  return in_list(lower, kWords);
}

}  // namespace

// " The Crying Game ", " Schindler 's List ", " Michael Collins " (the film): words in quotation
// marks, all capitalised but for a title's small words, are the title of a work, an "other" name,
// even where the decoder found a person or a place inside. Two or more words, or one the decoder
// tagged; up to eight, on one line; a comma or full stop before the closing mark stays out. An
// organisation or place the decoder found as the whole quotation stays ("the " Paris Club "", the
// " Apple " brand); a quoted person's name, though, is a film's, a book's or a brand's (" Michael
// Collins ", " Sentra ", " Retrovir "), at the cost of a nickname (" Superman "). A
// nickname inside a person's name (Roberto " Hands of Stone " Duran) is not a title, and capitals
// lines and OCR'd pages are left alone.
void quoted_titles(const PreparedDocument& doc, std::string_view text,
                   std::vector<NameSpan>& spans) {
  if (doc.noisy) return;
  constexpr std::uint32_t kLongestTitle = 8;
  const auto n = static_cast<std::uint32_t>(doc.tokens.size());
  std::vector<NameSpan> titles;
  // A straight quotation mark opens only as the first, third, ... of its line: otherwise it closes
  // one, and the words after it ("," Kranzbach said) are outside any quotation.
  std::uint32_t line = 0, straight_marks = 0;
  for (std::uint32_t open = 0; open + 2 < n; ++open) {
    if (doc.tokens[open].line != line) {
      line = doc.tokens[open].line;
      straight_marks = 0;
    }
    const std::string_view mark = surface(doc, text, open);
    if (mark == "\"" && straight_marks++ % 2 == 1) continue;
    if (!opening_quote(mark)) continue;
    const std::uint32_t first = open + 1;
    std::uint32_t close = first;
    while (close < n && close - first <= kLongestTitle && !closing_quote(surface(doc, text, close)))
      ++close;
    if (close >= n || close == first || close - first > kLongestTitle ||
        doc.tokens[close].line != doc.tokens[open].line) {
      continue;
    }
    std::uint32_t last = close - 1;
    const std::string_view end_mark = surface(doc, text, last);
    if ((end_mark == "," || end_mark == ".") && last > first) --last;
    bool title_case =
        (doc.words[first].flags & kWordCapitalised) && !(doc.words[first].flags & kWordCapsLine);
    std::uint32_t words = 0;
    for (auto i = first; i <= last && title_case; ++i) {
      const auto flags = doc.words[i].flags;
      if (flags & kWordCapitalised) {
        ++words;
      } else if (!(flags & kWordHasDigit && !(flags & kWordHasLetter)) &&
                 !title_small_word(doc.lower(i))) {
        title_case = false;
      }
    }
    if (!title_case) continue;
    const bool inside_a_name = open > 0 && close + 1 < n &&
                               (doc.words[open - 1].flags & kWordCapitalised) &&
                               (doc.words[close + 1].flags & kWordCapitalised);
    if (inside_a_name) continue;
    bool tagged = false, crossing = false, named_whole = false;
    // Names are in text order and apart: start at the first that ends at or after `first`.
    const auto from =
        std::lower_bound(spans.begin(), spans.end(), first,
                         [](const NameSpan& s, std::uint32_t t) { return s.last < t; });
    for (auto it = from; it != spans.end() && it->first <= last; ++it) {
      const NameSpan& s = *it;
      if (s.first < first || s.last > last) crossing = true;
      tagged = true;
      named_whole |= s.first == first && s.last == last && s.type != NameType::Person;
    }
    if (crossing || named_whole || (words < 2 && !tagged)) continue;
    titles.push_back({first, last, NameType::Misc});
    if (surface(doc, text, close) == "\"") ++straight_marks;
    open = close;
  }
  if (titles.empty()) return;
  std::erase_if(spans, [&](const NameSpan& s) {
    // Titles are in text order: the one that could hold `s` is the last beginning at or before it.
    const auto after =
        std::upper_bound(titles.begin(), titles.end(), s.first,
                         [](std::uint32_t first, const NameSpan& t) { return first < t.first; });
    return after != titles.begin() && s.last <= std::prev(after)->last;
  });
  spans.insert(spans.end(), titles.begin(), titles.end());
  std::sort(spans.begin(), spans.end(),
            [](const NameSpan& a, const NameSpan& b) { return a.first < b.first; });
}

}  // namespace newsindex::ner::rules
