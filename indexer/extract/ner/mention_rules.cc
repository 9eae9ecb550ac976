#include "mention_rules.h"

#include <algorithm>
#include <span>

#include "flat_hash_map.h"
#include "gazetteer.h"
#include "utf8.h"
#include "word_forms.h"

namespace newsindex::ner {
namespace {

std::uint64_t span_key(const PreparedDocument& doc, std::uint32_t first, std::uint32_t last) {
  std::uint64_t key = Gazetteer::start_key();
  for (std::uint32_t i = first; i <= last; ++i)
    key = Gazetteer::extend_key(key, doc.words[i].word_hash);
  return key;
}

// Written in lower case more often than not: an ordinary word when it shows a capital.
bool often_lower_case(const WordInfo& w) {
  return w.case_prior == CasePrior::Lower || w.case_prior == CasePrior::Mixed;
}

bool looks_like_name(const WordInfo& w) {
  return (w.flags & (kWordCapitalised | kWordCapsLine)) != 0 ||
         ((w.flags & kWordAllCaps) && (w.flags & kWordHasLetter));
}

void sort_spans(std::vector<NameSpan>& spans) {
  std::sort(spans.begin(), spans.end(),
            [](const NameSpan& a, const NameSpan& b) { return a.first < b.first; });
}

// Token -> index of the span covering it, or -1.
std::vector<int> coverage(const PreparedDocument& doc, const std::vector<NameSpan>& spans) {
  std::vector<int> cover(doc.tokens.size(), -1);
  for (std::size_t s = 0; s < spans.size(); ++s) {
    for (auto i = spans[s].first; i <= spans[s].last; ++i) cover[i] = static_cast<int>(s);
  }
  return cover;
}

// Smallest score margin (chosen tag over "outside") a mention in hard-wrapped OCR text needs unless
// a gazetteer knows it.
constexpr float kNoisyMinMargin = 2.0f;

std::string_view surface(const PreparedDocument& doc, std::string_view text, std::size_t i) {
  return text.substr(doc.tokens[i].begin, doc.tokens[i].end - doc.tokens[i].begin);
}

std::size_t count_letters(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto d = decode_utf8(s, i);
    i += d.length;
    n += is_letter(d.cp);
  }
  return n;
}

bool has_upper(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto d = decode_utf8(s, i);
    i += d.length;
    if (is_upper(d.cp)) return true;
  }
  return false;
}

// Lower-case words inside names: particles ("Ludwig van Beethoven") and the connectors of
// organisation names ("Bank of America").
bool is_particle(std::string_view lower) {
  return is_name_particle(lower) || lower == "of" || lower == "the" || lower == "and" ||
         lower == "for";
}

// Function words that a capitals headline or OCR noise can make look like a one-word name.
bool is_function_word(std::string_view lower) {
  static constexpr std::string_view kWords[] = {
      "the", "a",   "an",  "in",   "is",   "it",   "its",  "of", "and",  "to",  "at",  "on",
      "by",  "for", "as",  "or",   "if",   "he",   "she",  "we", "they", "no",  "so",  "be",
      "do",  "my",  "up",  "but",  "not",  "tho",  "th",   "bo", "ho",   "was", "are", "has",
      "had", "his", "her", "this", "that", "with", "from", "i",  "me",   "mo",  "oh",  "ii"};
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

// "ii", "IV", "XIII": Roman numerals (from I, V and X only, so "DC" and "MD" stay names).
bool is_roman_numeral(std::string_view s) {
  if (s.empty() || s.size() > 5) return false;
  for (const char c : s) {
    if (c != 'i' && c != 'v' && c != 'x' && c != 'I' && c != 'V' && c != 'X') return false;
  }
  return true;
}

// Characters that do not occur in names: OCR debris ("Wednes?", "Hon!", "t|ie").
bool has_odd_characters(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto d = decode_utf8(s, i);
    i += d.length;
    if (is_word_char(d.cp) || is_apostrophe(d.cp) || is_hyphen(d.cp) || d.cp == '.' ||
        d.cp == '&' || d.cp == 0x00AD || d.cp == '/' || d.cp == '@') {
      continue;
    }
    return true;
  }
  return false;
}

// The "'s" of "Poor's", or a lone apostrophe ("Reuters'"), which the tokenizer splits off. Lower
// forms already write curly apostrophes as "'".
bool is_clitic_token(std::string_view lower) {
  return lower == "'s" || lower == "'";
}

bool in_list(std::string_view lower, std::span<const std::string_view> list) {
  return std::find(list.begin(), list.end(), lower) != list.end();
}

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

// Last words of an organisation's name that may follow a place ("United States Air Force", "US
// Army").
constexpr std::string_view kOrganisationHeads[] = {"force", "forces", "army",   "navy",
                                                   "guard", "corps",  "marines"};
// Institutions named after the place they serve ("Bank of France", "University of Chicago").
constexpr std::string_view kInstitutionHeads[] = {"bank", "university", "college"};
// Lower-case nouns for people that stand right before a name ("presidential aide Yuri Ushakov",
// "analyst Jane Doe"). They are not person titles of the gazetteer, whose lists are features of the
// trained model: adding them there would need a new model.
constexpr std::string_view kPersonNouns[] = {"aide",        "adviser",   "advisor",    "analyst",
                                             "economist",   "lawmaker",  "strategist", "columnist",
                                             "commentator", "negotiator"};
// Geographic features named "of" something ("Gulf of Mexico", "Isle of Man").
constexpr std::string_view kGeographicHeads[] = {"gulf",    "bay",    "sea",     "strait",
                                                 "straits", "isle",   "lake",    "cape",
                                                 "mount",   "island", "islands", "river"};
// Cardinals written out, which do not begin a person's name ("ten" does: "ten Have").
constexpr std::string_view kNumberWords[] = {
    "two",      "three",  "four",     "five",     "six",     "seven",   "eight",     "nine",
    "eleven",   "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty",   "forty",    "fifty",   "hundred", "thousand"};
// Heads of government bodies named after what they deal with: "Ministry" of "International Trade",
// "Department" of "Energy". Unlike kInstitutionHeads, what follows "of" may be typed an
// organisation by the decoder.
constexpr std::string_view kDepartmentHeads[] = {"ministry", "department"};
// Last words of companies' names that are never surnames ("Douglas Aircraft", "Apple Computer").
constexpr std::string_view kCompanyWords[] = {"aircraft",   "airlines", "airways",     "motors",
                                              "industries", "systems",  "electronics", "computer",
                                              "computers",  "software"};
// Lower-case nouns that say what the name right after them is ("magazine Der Spiegel", "browser
// Safari").
constexpr std::string_view kOrganisationDescriptors[] = {
    "magazine", "newspaper", "daily",     "weekly",       "tabloid",   "broadcaster",
    "airline",  "carrier",   "airframer", "manufacturer", "maker",     "retailer",
    "firm",     "automaker", "carmaker",  "planemaker",   "chipmaker", "conglomerate"};
constexpr std::string_view kProductDescriptors[] = {
    "browser",  "client",   "system", "software", "application", "program", "programme", "aircraft",
    "airliner", "jetliner", "player", "console",  "smartphone",  "laptop",  "notebook"};

// "iPod", "iTunes", "eBay": lower-case first letter, upper case inside.
bool camel_case(const PreparedDocument& doc, std::string_view text, std::size_t i) {
  const std::string_view sf = surface(doc, text, i);
  return (doc.words[i].flags & kWordLowerInitial) && sf.size() >= 3 && sf[1] >= 'A' && sf[1] <= 'Z';
}

}  // namespace

std::vector<NameSpan> MentionRules::spans_from_tags(const std::vector<std::uint8_t>& tags) {
  std::vector<NameSpan> spans;
  std::uint32_t start = 0;
  bool open = false;
  for (std::uint32_t i = 0; i < tags.size(); ++i) {
    const auto part = tag_part(tags[i]);
    if (part == TagPart::Begin) {
      start = i;
      open = true;
    } else if (part == TagPart::Unit) {
      spans.push_back({i, i, tag_type(tags[i])});
      open = false;
    } else if (part == TagPart::Last && open) {
      spans.push_back({start, i, tag_type(tags[i])});
      open = false;
    } else if (part == TagPart::Outside) {
      open = false;
    }
  }
  return spans;
}

void MentionRules::extend_over_company_forms(const PreparedDocument& doc,
                                             std::vector<NameSpan>& spans) {
  for (auto& s : spans) {
    const std::size_t next = s.last + 1;
    if (next < doc.tokens.size() && doc.tokens[next].line == doc.tokens[s.last].line &&
        (doc.words[next].gazetteer.categories & kGazStrongOrgSuffix) &&
        !(doc.words[next].flags & kWordLowerInitial)) {
      const bool free = std::none_of(spans.begin(), spans.end(),
                                     [&](const NameSpan& o) { return o.first == next; });
      if (free) s.last = static_cast<std::uint32_t>(next);
    }
    if (doc.words[s.last].gazetteer.categories & kGazStrongOrgSuffix)
      s.type = NameType::Organisation;
  }
  // "Jefferies" + "and Co Inc": a firm's name that the decoder ended at "and".
  auto legal_form = [&](std::size_t i) {
    return (doc.words[i].gazetteer.categories & kGazStrongOrgSuffix) &&
           !(doc.words[i].flags & kWordLowerInitial);
  };
  const std::size_t n = doc.tokens.size();
  std::vector<NameSpan> out;
  out.reserve(spans.size());
  for (std::size_t k = 0; k < spans.size(); ++k) {
    NameSpan s = spans[k];
    const std::size_t amp = s.last + 1, form = s.last + 2;
    const bool joined = form < n && (doc.lower(amp) == "and" || doc.lower(amp) == "&") &&
                        doc.tokens[form].line == doc.tokens[s.last].line && legal_form(form) &&
                        s.type != NameType::Place;
    if (joined && k + 1 < spans.size() && spans[k + 1].first == form) {
      bool only_forms = true;
      for (auto i = spans[k + 1].first; i <= spans[k + 1].last; ++i) only_forms &= legal_form(i);
      if (only_forms) {
        s.last = spans[++k].last;
        s.type = NameType::Organisation;
      }
    } else if (joined && (k + 1 == spans.size() || spans[k + 1].first > form)) {
      std::size_t last = form;
      while (last + 1 < n && (k + 1 == spans.size() || spans[k + 1].first > last + 1) &&
             doc.tokens[last + 1].line == doc.tokens[form].line && legal_form(last + 1))
        ++last;
      s.last = static_cast<std::uint32_t>(last);
      s.type = NameType::Organisation;
    }
    out.push_back(s);
  }
  spans.swap(out);
}

void MentionRules::products_with_model_numbers(const PreparedDocument& doc, std::string_view text,
                                               std::vector<NameSpan>& spans) {
  // "Boeing 747", "Airbus A330-200": a maker's name followed by a model number names a product.
  for (auto& s : spans) {
    if (s.type != NameType::Organisation || s.first != s.last) continue;
    const std::size_t next = s.last + 1;
    if (next >= doc.tokens.size() || doc.tokens[next].line != doc.tokens[s.last].line) continue;
    const auto& w = doc.words[next];
    if (!(w.flags & kWordHasDigit) || (w.flags & kWordLowerInitial)) continue;
    const std::string_view number =
        text.substr(doc.tokens[next].begin, doc.tokens[next].end - doc.tokens[next].begin);
    if (number.size() < 3 || number.size() > 12 ||
        number.find_first_of(".,") != std::string_view::npos)
      continue;
    // Bare numbers after a team are scores ("Surrey 429-7"), so those count only after a known
    // maker.
    const bool has_letter = (w.flags & kWordHasLetter) != 0;
    const bool known_maker = (doc.words[s.first].gazetteer.categories & kGazOrganisation) != 0;
    if (!has_letter && !(known_maker && number.size() >= 3 && number[0] != '0' &&
                         number.find_first_not_of("0123456789-") == std::string_view::npos)) {
      continue;
    }
    const bool free = std::none_of(spans.begin(), spans.end(),
                                   [&](const NameSpan& o) { return o.first == next; });
    if (!free) continue;
    s.last = static_cast<std::uint32_t>(next);
    s.type = NameType::Misc;
  }
}

void MentionRules::known_organisations(const PreparedDocument& doc, std::vector<NameSpan>& spans) {
  // A listed company or organisation tagged as "other" is the decoder remembering aircraft or
  // products named after their maker; on its own (no model number, handled above) the name means
  // the organisation.
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

void MentionRules::join_middle_initials(const PreparedDocument& doc, std::string_view text,
                                        std::vector<NameSpan>& spans) {
  // "George" + "W. Bush", "Charles" + "H. Barber": the model, trained on news that seldom writes
  // middle initials, ends a person's name before one. A person's name and a name that begins with
  // one initial right after it are one person.
  auto initial = [&](std::uint32_t i) {
    const std::string_view sf = surface(doc, text, i);
    return sf.size() >= 2 && sf.back() == '.' && count_letters(sf) == 1 &&
           (doc.words[i].flags & kWordAllCaps);
  };
  std::vector<NameSpan> joined;
  joined.reserve(spans.size());
  for (const auto& s : spans) {
    if (!joined.empty()) {
      NameSpan& p = joined.back();
      if (p.type == NameType::Person && p.last + 1 == s.first && s.first < s.last &&
          initial(s.first) && !initial(p.last) && (doc.words[p.last].flags & kWordCapitalised) &&
          doc.tokens[p.last].line == doc.tokens[s.first].line && s.type != NameType::Misc) {
        p.last = s.last;
        continue;
      }
    }
    joined.push_back(s);
  }
  spans.swap(joined);
}

void MentionRules::merge_adjacent_organisations(const PreparedDocument& doc,
                                                std::vector<NameSpan>& spans) {
  // "United States" + "Air Force", "UK" + "RAF", "McDonnell" + "Douglas": two names back to back,
  // one of them an organisation, are one organisation's name.
  auto has_of_inside = [&](const NameSpan& n) {
    for (std::uint32_t i = n.first + 1; i < n.last; ++i) {
      if (doc.lower(i) == "of") return true;
    }
    return false;
  };
  // A word usually written in lower case and listed nowhere: "Industry", "Fisheries".
  auto ordinary_noun = [&](std::uint32_t i) {
    return often_lower_case(doc.words[i]) && doc.words[i].gazetteer.categories == 0;
  };
  auto capitalised_word = [&](std::uint32_t i) {
    const auto flags = doc.words[i].flags;
    return (flags & kWordCapitalised) && !(flags & (kWordAllCaps | kWordCapsLine)) &&
           !(doc.words[i].gazetteer.categories & kGazCalendar) &&
           !is_closed_class_word(doc.lower(i));
  };
  // "Great Western Savings" + "and" + "Loan Association": the decoder left the first half of the
  // name untagged. Up to four capitalised words ending in an ordinary noun ("Savings", "Oil",
  // "Research"), right before "and" on the same line, join the organisation after it. `floor` is
  // the first token after the previous name. Not on OCR'd pages, whose title-case headlines would
  // grow their junk ("Repair Work and Satisfying Service").
  auto extend_left_over_and = [&](NameSpan& s, std::uint32_t floor) {
    if (doc.noisy || s.type != NameType::Organisation || s.first < floor + 2) return;
    const std::uint32_t and_at = s.first - 1;
    const std::uint32_t last = and_at - 1;
    if (doc.lower(and_at) != "and" || doc.tokens[last].line != doc.tokens[s.first].line ||
        !capitalised_word(last) || !ordinary_noun(last)) {
      return;
    }
    std::uint32_t first = last;
    while (first > floor && last - first < 3 && capitalised_word(first - 1) &&
           doc.tokens[first - 1].line == doc.tokens[last].line) {
      --first;
    }
    // One word that opens the sentence is capitalised by position only: "Shares and Treasury".
    if (first == last && (doc.words[first].flags & kWordSentenceStart)) return;
    s.first = first;
  };
  std::vector<NameSpan> merged;
  merged.reserve(spans.size());
  for (auto s : spans) {
    extend_left_over_and(s, merged.empty() ? 0 : merged.back().last + 1);
    if (!merged.empty()) {
      auto& p = merged.back();
      const bool adjacent = p.last + 1 == s.first &&
                            doc.tokens[p.last].line == doc.tokens[s.first].line &&
                            !(doc.words[s.first].flags & kWordCapsLine);
      // "United States" of "America": a country's long form.
      const bool long_form = p.last + 2 == s.first && p.type == NameType::Place &&
                             s.type == NameType::Place && doc.lower(p.last + 1) == "of" &&
                             p.last > p.first &&
                             (doc.words[p.first].gazetteer.categories & kGazCountry) &&
                             doc.tokens[p.last].line == doc.tokens[s.first].line;
      // An organisation ending in one of `heads`, "of", then the next name on the same line.
      auto head_of = [&](std::span<const std::string_view> heads) {
        return p.last + 2 == s.first && p.type == NameType::Organisation &&
               in_list(doc.lower(p.last), heads) && doc.lower(p.last + 1) == "of" &&
               doc.tokens[p.last].line == doc.tokens[s.first].line;
      };
      // "Bank" of "France", "BANK" of "CANADA" in capitals headlines: an institution of a place.
      const bool institution_of_place = head_of(kInstitutionHeads) && s.type == NameType::Place;
      // "Ministry" of "International Trade" (both organisations to the decoder), "Department" of
      // "Energy".
      const bool department_of = head_of(kDepartmentHeads) &&
                                 (s.type == NameType::Organisation || s.type == NameType::Place);
      // "Ministry of International Trade" and "Industry": an ordinary noun after "and", which the
      // decoder took for a person, ends the body's name.
      const bool of_this_and_that =
          p.last + 2 == s.first && s.first == s.last && p.type == NameType::Organisation &&
          s.type == NameType::Person && doc.lower(p.last + 1) == "and" && ordinary_noun(s.first) &&
          has_of_inside(p) && doc.tokens[p.last].line == doc.tokens[s.first].line;
      if (long_form || institution_of_place || department_of || of_this_and_that) {
        p.last = s.last;
        continue;
      }
      if (adjacent && (p.type == NameType::Organisation || s.type == NameType::Organisation) &&
          p.type != NameType::Misc && s.type != NameType::Misc) {
        p.last = s.last;
        p.type = NameType::Organisation;
        continue;
      }
    }
    merged.push_back(s);
  }
  spans.swap(merged);
}

void MentionRules::split_headline_names(const PreparedDocument& doc, std::vector<NameSpan>& spans) {
  // In a capitals headline, words that are normally written in lower case ("REJECTS") cannot be
  // inside a name; cut the name there and keep the pieces.
  std::vector<NameSpan> out;
  out.reserve(spans.size());
  for (const auto& s : spans) {
    if (!(doc.words[s.first].flags & kWordCapsLine) || s.first == s.last ||
        s.type == NameType::Misc) {
      out.push_back(s);
      continue;
    }
    // "of" stays inside a piece ("BANK OF FRANCE"), but not at its ends ("OF FRANCE"); "and" and
    // "for" still cut ("IDAHO AND COLORADO", "PROSPERITY FOR ALL").
    auto is_of = [&](std::uint32_t i) { return doc.lower(i) == "of"; };
    auto push_piece = [&](std::uint32_t first, std::uint32_t last) {
      while (first < last && is_of(first)) ++first;
      while (last > first && is_of(last)) --last;
      if (!is_of(last)) out.push_back({first, last, s.type});
    };
    std::uint32_t piece = s.first;
    for (std::uint32_t i = s.first; i <= s.last + 1; ++i) {
      const bool cut = i > s.last || (doc.words[i].case_prior == CasePrior::Lower &&
                                      doc.words[i].gazetteer.categories == 0 &&
                                      (doc.words[i].flags & kWordHasLetter) && !is_of(i));
      if (!cut) continue;
      if (i > piece) push_piece(piece, i - 1);
      piece = i + 1;
    }
  }
  spans.swap(out);
}

void MentionRules::unify_types(const PreparedDocument& doc, std::vector<NameSpan>& spans) {
  // Names in a capitals headline take the type the body gives them most often.  Body mentions keep
  // their own types: the decoder already sees earlier decisions, and the same surface can name a
  // country and its team within one sports report.
  struct Votes {
    std::uint16_t count[kNameTypeCount] = {};
  };
  FlatHashMap<Votes> votes(spans.size() + 1);
  for (const auto& s : spans) {
    if (doc.words[s.first].flags & kWordCapsLine) continue;
    ++votes.get_or_insert(span_key(doc, s.first, s.last), Votes{}).count[static_cast<int>(s.type)];
  }
  for (auto& s : spans) {
    if (!(doc.words[s.first].flags & kWordCapsLine)) continue;
    const auto* v = votes.find(span_key(doc, s.first, s.last));
    if (v == nullptr) continue;
    int best = static_cast<int>(s.type);
    for (int t = 0; t < kNameTypeCount; ++t) {
      if (v->count[t] > v->count[best]) best = t;
    }
    s.type = static_cast<NameType>(best);
  }
}

void MentionRules::propagate(const PreparedDocument& doc, std::vector<NameSpan>& spans) {
  // Known names: every tagged surface form, and the surname of a person named in full.
  constexpr std::uint32_t kMaxLength = 6;
  FlatHashMap<std::uint8_t> known(spans.size() * 2 + 1);
  for (const auto& s : spans) {
    if (s.last - s.first + 1 > kMaxLength) continue;
    known.get_or_insert(span_key(doc, s.first, s.last), static_cast<std::uint8_t>(s.type));
    if (s.type == NameType::Person && s.last > s.first && looks_like_name(doc.words[s.last])) {
      known.get_or_insert(span_key(doc, s.last, s.last),
                          static_cast<std::uint8_t>(NameType::Person));
    }
  }
  if (known.size() == 0) return;
  auto cover = coverage(doc, spans);
  const std::size_t n = doc.tokens.size();
  const std::size_t existing = spans.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (cover[i] >= 0 || !looks_like_name(doc.words[i])) continue;
    std::uint64_t key = Gazetteer::start_key();
    std::size_t best_len = 0;
    std::uint8_t best_type = 0;
    for (std::size_t len = 1; len <= kMaxLength && i + len <= n; ++len) {
      const std::size_t j = i + len - 1;
      if (cover[j] >= 0 || doc.tokens[j].line != doc.tokens[i].line) break;
      key = Gazetteer::extend_key(key, doc.words[j].word_hash);
      const auto* t = known.find(key);
      if (t && looks_like_name(doc.words[j])) {
        best_len = len;
        best_type = *t;
      }
    }
    if (best_len == 0) continue;
    const WordInfo& w = doc.words[i];
    // A sentence-initial ordinary word ("Apple" is safe, "Meanwhile" is not) needs more evidence
    // than this.
    if (best_len == 1 && (w.flags & kWordSentenceStart) && w.case_prior == CasePrior::Lower)
      continue;
    // The next token continuing the capitalised run means this is part of a longer, different name.
    const std::size_t after = i + best_len;
    if (after < n && doc.tokens[after].line == doc.tokens[i].line && cover[after] < 0 &&
        (doc.words[after].flags & kWordCapitalised) && !(doc.words[after].flags & kWordCapsLine) &&
        doc.words[after].gazetteer.categories == 0) {
      continue;
    }
    spans.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + best_len - 1),
                     static_cast<NameType>(best_type)});
    for (std::size_t k = i; k < i + best_len; ++k) cover[k] = static_cast<int>(spans.size() - 1);
    i += best_len - 1;
  }
  if (spans.size() != existing) sort_spans(spans);
}

void MentionRules::names_after_titles(const PreparedDocument& doc, std::vector<NameSpan>& spans) {
  auto cover = coverage(doc, spans);
  const std::size_t n = doc.tokens.size();
  bool added = false;
  for (std::size_t i = 0; i + 1 < n; ++i) {
    const auto& title = doc.words[i].gazetteer;
    const bool gazetteer_title =
        (title.categories & kGazPersonTitle) && (title.position == 3 || title.position == 4);
    if (!gazetteer_title && !in_list(doc.lower(i), kPersonNouns)) continue;
    if (doc.words[i].flags & kWordCapsLine) continue;
    // A name the decoder typed otherwise right after a person's title is the person ("spokesperson
    // Dmitry Peskov"), unless a gazetteer knows its words as something else.
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
           (doc.words[j].flags & kWordCapitalised) && doc.words[j].gazetteer.categories == 0 &&
           doc.words[j].case_prior != CasePrior::Lower) {
      ++j;
    }
    if (j == i + 1) continue;
    // Stop short of runs that continue into a tagged name: the decoder had a reason to start it
    // there.
    if (j < n && cover[j] >= 0 && doc.tokens[j].line == doc.tokens[i].line) continue;
    spans.push_back(
        {static_cast<std::uint32_t>(i + 1), static_cast<std::uint32_t>(j - 1), NameType::Person});
    for (std::size_t k = i + 1; k < j; ++k) cover[k] = static_cast<int>(spans.size() - 1);
    added = true;
  }
  if (added) sort_spans(spans);
}

void MentionRules::drop_ordinary_words(const PreparedDocument& doc, std::vector<NameSpan>& spans) {
  // Forms that also occur as names in the middle of a sentence keep their sentence-initial
  // mentions.
  FlatHashMap<std::uint8_t> mid_sentence(spans.size() + 1);
  for (const auto& s : spans) {
    if (!(doc.words[s.first].flags & kWordSentenceStart))
      mid_sentence.get_or_insert(span_key(doc, s.first, s.last), 1);
  }
  std::erase_if(spans, [&](const NameSpan& s) {
    bool all_calendar = true;
    for (auto i = s.first; i <= s.last; ++i)
      all_calendar &= (doc.words[i].gazetteer.categories & kGazCalendar) != 0;
    if (all_calendar) return true;
    if (s.first != s.last) return false;
    const WordInfo& w = doc.words[s.first];
    if ((w.gazetteer.categories & kGazCode) && !(w.gazetteer.categories & kGazOrganisation))
      return true;
    return (w.flags & kWordSentenceStart) && !(w.flags & kWordCapsLine) &&
           w.case_prior == CasePrior::Lower && w.gazetteer.categories == 0 &&
           !mid_sentence.find(span_key(doc, s.first, s.last));
  });
}

void MentionRules::products_events_and_titles(const PreparedDocument& doc, std::string_view text,
                                              std::vector<NameSpan>& spans) {
  const std::size_t n = doc.tokens.size();
  std::vector<NameSpan> out;
  out.reserve(spans.size());
  std::vector<NameType> original_types;
  for (std::size_t k = 0; k < spans.size(); ++k) {
    NameSpan s = spans[k];
    const NameType original_type = s.type;
    // A person's name does not start with the title ("Mr Justice Anthony Mann").
    while (s.type == NameType::Person && s.first < s.last &&
           (doc.words[s.first].gazetteer.categories & kGazPersonTitle) &&
           doc.words[s.first].gazetteer.position != 0 &&
           (doc.words[s.first + 1].flags & kWordCapitalised)) {
      ++s.first;
    }
    // A company form inside a name ends the company: "Apple Inc. Steve Jobs" is a company and a
    // person.
    if (s.type == NameType::Organisation && s.last > s.first + 1) {
      for (auto i = s.first + 1; i + 2 <= s.last; ++i) {
        if ((doc.words[i].gazetteer.categories & kGazStrongOrgSuffix) &&
            doc.words[i].gazetteer.position == 4 && surface(doc, text, i).back() == '.' &&
            (doc.words[i + 1].flags & kWordCapitalised) &&
            (doc.words[i + 2].flags & kWordCapitalised) &&
            doc.words[i + 1].gazetteer.categories == 0) {
          out.push_back({s.first, i, NameType::Organisation});
          original_types.push_back(NameType::Organisation);
          s = {i + 1, s.last, NameType::Person};
          break;
        }
      }
    }
    const std::string_view last = doc.lower(s.last);
    const bool listed_org =
        (doc.words[s.first].gazetteer.categories & kGazOrganisation) &&
        (doc.words[s.last].gazetteer.position == 3 || doc.words[s.last].gazetteer.position == 4);
    if (s.first == s.last && in_list(last, kNeverNames)) continue;
    bool of_name = false;  // "Organisation of Islamic Conference" is a body, not an event
    for (auto i = s.first + 1; i < s.last; ++i) of_name |= doc.lower(i) == "of";
    const bool event = in_list(last, kEventHeads) && !(of_name && s.type == NameType::Organisation);
    if (event && s.type != NameType::Misc) {
      s.type = NameType::Misc;
    } else if (in_list(last, kFacilityHeads) && s.first < s.last) {
      s.type = NameType::Place;
    } else if (s.first == s.last && camel_case(doc, text, s.first) &&
               doc.words[s.first].gazetteer.categories == 0) {
      s.type = NameType::Misc;  // "iPhone", "iOS"
    }
    // "Air France Flight 447": a flight number.
    if (last == "flight" && s.last + 1 < n && (doc.words[s.last + 1].flags & kWordHasDigit) &&
        doc.tokens[s.last + 1].line == doc.tokens[s.last].line &&
        (k + 1 == spans.size() || spans[k + 1].first != s.last + 1)) {
      s.last += 1;
      s.type = NameType::Misc;
    }
    // Product head noun right after the name, possibly after a coordinated second name.
    if (s.type != NameType::Misc && !listed_org) {
      std::size_t j = s.last + 1;
      if (j < n && doc.tokens[j].line == doc.tokens[s.last].line) {
        if (doc.lower(j) == "and" || doc.lower(j) == "or" || doc.lower(j) == ",") {
          if (k + 1 < spans.size() && spans[k + 1].first == j + 1) j = spans[k + 1].last + 1;
        }
        if (j < n && doc.tokens[j].line == doc.tokens[s.last].line &&
            (doc.words[j].flags & kWordLowerInitial) && in_list(doc.lower(j), kProductHeads)) {
          s.type = NameType::Misc;
        }
      }
    }
    // "new 787 Dreamliner", "A350 XWB", "the new MacBook Air": after "new" or a model number, a
    // name that no list knows is a product.
    if (s.type != NameType::Misc && !listed_org && s.first > 0 &&
        doc.tokens[s.first - 1].line == doc.tokens[s.first].line &&
        doc.words[s.first].gazetteer.categories == 0) {
      std::size_t p = s.first - 1;
      const std::string_view number = surface(doc, text, p);
      const bool year =
          number.size() == 4 && (number.starts_with("19") || number.starts_with("20"));
      const bool model_number = (doc.words[p].flags & kWordHasDigit) &&
                                !(doc.words[p].flags & kWordLowerInitial) && number.size() >= 3 &&
                                number.find_first_of(".,") == std::string_view::npos && !year;
      if (model_number && p > 0) --p;
      if (doc.lower(p) == "new" && (doc.words[p].flags & kWordLowerInitial)) {
        s.type = NameType::Misc;
      } else if (model_number && (doc.words[p].gazetteer.categories & kGazOrganisation)) {
        s.type = NameType::Misc;
      }
    }
    out.push_back(s);
    original_types.push_back(event ? NameType::Misc : original_type);
  }
  spans.swap(out);
  // Whatever was recognised as a product once is a product throughout the article.
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

void MentionRules::split_coordinated_names(const PreparedDocument& doc,
                                           std::vector<NameSpan>& spans) {
  // "Northrop Grumman and EADS North America", "Douglas Aircraft and McDonnell Douglas": the
  // decoder runs two coordinated names together.  Split at a lower-case "and" unless a gazetteer
  // knows the whole name ("Bosnia and Herzegovina") or a side is not a name on its own.
  std::vector<std::uint64_t> alone;  // words the article names on their own somewhere
  for (const auto& s : spans) {
    if (s.first == s.last) alone.push_back(doc.words[s.first].word_hash);
  }
  // In an organisation's name, a side is not a name on its own when it ends the name with company
  // forms only ("Merck and Co Inc"), or is one word often written in lower case ("Securities and
  // Exchange Commission", "Standard and Poor's", "Procter and Gamble") unless a gazetteer lists the
  // word or the article also names it alone ("Apple and Google ... Apple said"). A function word is
  // split off all the same, to be dropped ("Commercial Club and The").
  // `itself`: the side is itself one of the article's one-word names, which is no evidence.
  auto stands_alone = [&](std::uint32_t first, std::uint32_t last, bool ends_name,
                          bool itself = false) {
    std::uint32_t words = 0, company_forms = 0, word = first;
    for (auto i = first; i <= last; ++i) {
      if (!(doc.words[i].flags & kWordHasLetter) || is_clitic_token(doc.lower(i))) continue;
      ++words;
      word = i;
      if (doc.words[i].gazetteer.categories & (kGazStrongOrgSuffix | kGazWeakOrgSuffix)) {
        ++company_forms;
      }
    }
    if (words == company_forms) return !ends_name;
    if (words > 1 || is_function_word(doc.lower(word))) return true;
    if (!often_lower_case(doc.words[word])) return true;
    const auto& listed = doc.words[word].gazetteer;  // a listed place or organisation
    if (listed.position == 4 && (listed.categories & (kGazPlaces | kGazOrganisation))) return true;
    const auto named_alone = std::count(alone.begin(), alone.end(), doc.words[word].word_hash);
    return named_alone > (itself ? 1 : 0);
  };
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
             (doc.words[i + 1].gazetteer.categories & kGazPersonTitle) ||  // "and Gen. Macomb"
             (stands_alone(s.first, i - 1, false) && stands_alone(i + 1, s.last, true)))) {
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
  // The other way round: the decoder ended a company's name at "and" ("Standard" + "and" +
  // "Poor's Corp", "Marks" + "and" + "Spencer Plc"). Joined when the first part is not a name on
  // its own and the second ends with a legal form.
  std::vector<NameSpan> joined;
  joined.reserve(out.size());
  for (const auto& s : out) {
    if (!joined.empty()) {
      NameSpan& p = joined.back();
      const std::uint32_t between = p.last + 1;
      if (between + 1 == s.first && doc.lower(between) == "and" &&
          (doc.words[between].flags & kWordLowerInitial) &&
          doc.tokens[p.last].line == doc.tokens[s.first].line && s.type == NameType::Organisation &&
          p.type != NameType::Misc &&
          (doc.words[s.last].gazetteer.categories & kGazStrongOrgSuffix) &&
          !stands_alone(p.first, p.last, false, true)) {
        p.last = s.last;
        p.type = NameType::Organisation;
        continue;
      }
    }
    joined.push_back(s);
  }
  spans.swap(joined);
}

void MentionRules::features_of_places(const PreparedDocument& doc, std::vector<NameSpan>& spans) {
  // "Gulf of Mexico", "Strait of Hormuz", "Bay of Bengal": a geographic feature "of" a name is a
  // place, whatever the decoder typed it.
  for (auto& s : spans) {
    if (s.type == NameType::Place || s.first + 2 > s.last) continue;
    if (in_list(doc.lower(s.first), kGeographicHeads) && doc.lower(s.first + 1) == "of") {
      s.type = NameType::Place;
    }
  }
}

void MentionRules::organisation_heads_after_places(const PreparedDocument& doc,
                                                   std::vector<NameSpan>& spans) {
  // "United States Air Force": a place followed by capitalised words ending in a service's name is
  // that organisation.
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
      // "US Air Force" tagged as one "other" name.
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

void MentionRules::product_lines(const PreparedDocument& doc, std::string_view text,
                                 std::vector<NameSpan>& spans) {
  // "iTunes Music Store", "iPhone Developer Program", "iPod Classic": a product written "iPod"
  // followed by capitalised words is one product's name, whatever the decoder made of the words
  // after it.
  const std::size_t n = doc.tokens.size();
  auto cover = coverage(doc, spans);
  std::vector<bool> removed(spans.size(), false);
  std::vector<NameSpan> added;
  for (std::size_t i = 0; i + 1 < n; ++i) {
    if (!camel_case(doc, text, i)) continue;
    if (cover[i] >= 0 && spans[static_cast<std::size_t>(cover[i])].first != i) continue;
    std::size_t j = i + 1;
    while (j < n && doc.tokens[j].line == doc.tokens[i].line &&
           (doc.words[j].flags & kWordCapitalised) && !(doc.words[j].flags & kWordCapsLine) &&
           !(doc.words[j].gazetteer.categories & kGazStrongOrgSuffix)) {
      ++j;
    }
    if (j == i + 1) continue;
    // Names covering only part of [i, j) that continue past it keep the words they cover.
    while (j > i + 1 && cover[j - 1] >= 0 &&
           spans[static_cast<std::size_t>(cover[j - 1])].last >= j)
      --j;
    if (j == i + 1) continue;
    for (std::size_t k = i; k < j; ++k) {
      if (cover[k] >= 0) removed[static_cast<std::size_t>(cover[k])] = true;
    }
    added.push_back(
        {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j - 1), NameType::Misc});
    i = j - 1;
  }
  if (added.empty()) return;
  std::vector<NameSpan> out;
  for (std::size_t k = 0; k < spans.size(); ++k) {
    if (!removed[k]) out.push_back(spans[k]);
  }
  out.insert(out.end(), added.begin(), added.end());
  sort_spans(out);
  spans.swap(out);
}

void MentionRules::descriptor_nouns(const PreparedDocument& doc, std::string_view text,
                                    std::vector<NameSpan>& spans) {
  // A lower-case noun right before a name says what it is: "magazine Der Spiegel", "airframer
  // Boeing" are organisations, "web browser Safari", "e-mail client Mail" products.  "the
  // Dreamliner", "the Shuffle": one unknown word after "the" is hardly ever a person.  The other
  // mentions of a re-typed name follow.
  FlatHashMap<std::uint8_t> retyped(spans.size() + 1);
  for (auto& s : spans) {
    const NameType before_type = s.type;
    if (s.first == 0 || doc.tokens[s.first - 1].line != doc.tokens[s.first].line) continue;
    if (doc.words[s.first].flags & kWordCapsLine) continue;
    std::size_t p = s.first - 1;
    const std::string_view before = doc.lower(p);
    const bool lower_noun = (doc.words[p].flags & kWordLowerInitial) && !camel_case(doc, text, p);
    bool listed = false;
    for (auto i = s.first; i <= s.last; ++i) listed |= doc.words[i].gazetteer.categories != 0;
    bool place = false;
    for (auto i = s.first; i <= s.last; ++i)
      place |= (doc.words[i].gazetteer.categories & kGazPlaces) != 0;
    if (lower_noun && !place && s.type != NameType::Organisation &&
        in_list(before, kOrganisationDescriptors)) {
      s.type = NameType::Organisation;
    } else if (lower_noun && !listed && s.type != NameType::Misc &&
               in_list(before, kProductDescriptors)) {
      s.type = NameType::Misc;
    } else if (s.type == NameType::Person && s.first == s.last && !listed) {
      // Skip a quote and a model number: the 787 "Dreamliner".
      while (p > 0 && doc.tokens[p].line == doc.tokens[s.first].line &&
             (surface(doc, text, p) == "\"" ||
              ((doc.words[p].flags & kWordHasDigit) && !(doc.words[p].flags & kWordHasLetter)))) {
        --p;
      }
      if (doc.lower(p) == "the" && (doc.words[p].flags & kWordLowerInitial))
        s.type = NameType::Misc;
    }
    // "Douglas Aircraft": a person's name does not end with a company word.
    if (s.type == NameType::Person && s.last > s.first &&
        (((doc.words[s.last].gazetteer.categories & (kGazWeakOrgSuffix | kGazStrongOrgSuffix)) &&
          !(doc.words[s.last].gazetteer.categories & kGazPersonTitle)) ||
         in_list(doc.lower(s.last), kCompanyWords))) {
      s.type = NameType::Organisation;
    }
    if (s.type != before_type)
      retyped.get_or_insert(span_key(doc, s.first, s.last), static_cast<std::uint8_t>(s.type));
  }
  if (retyped.size() == 0) return;
  for (auto& s : spans) {
    if (const auto* t = retyped.find(span_key(doc, s.first, s.last)))
      s.type = static_cast<NameType>(*t);
  }
}

void MentionRules::drop_implausible(const PreparedDocument& doc, std::string_view text,
                                    std::vector<NameSpan>& spans) {
  // Names start and end with a word; lower-case words other than particles do not open or close one
  // ("magazine Der Spiegel", "Trent 900 engines").  Then one-word mentions that cannot be names:
  // single letters, Roman numerals, function words, two-letter fragments, bare titles and company
  // forms; people written only with initials ("U. S.") or with digits. Surnames of people named in
  // full ("Francisco Villa"): a lone "Villa" is then the same person.
  FlatHashMap<std::uint8_t> surnames(doc.noisy ? spans.size() + 1 : 1);
  if (doc.noisy) {
    for (const auto& s : spans) {
      if (s.type == NameType::Person && s.last > s.first)
        surnames.get_or_insert(doc.words[s.last].word_hash, 1);
    }
  }
  std::erase_if(spans, [&](NameSpan& s) {
    auto wordlike = [&](std::uint32_t i) {
      return (doc.words[i].flags & (kWordHasLetter | kWordHasDigit)) != 0;
    };
    auto lower_word = [&](std::uint32_t i) {
      return (doc.words[i].flags & kWordLowerInitial) && !has_upper(surface(doc, text, i)) &&
             !is_particle(doc.lower(i));
    };
    while (s.first < s.last && (!wordlike(s.first) || lower_word(s.first))) ++s.first;
    while (s.last > s.first && (!wordlike(s.last) || lower_word(s.last))) --s.last;
    if (!wordlike(s.first)) return true;
    bool only_initials = true, digits = false, debris = true;
    for (auto i = s.first; i <= s.last; ++i) {
      const auto sf = surface(doc, text, i);
      if (has_odd_characters(sf)) return true;
      only_initials &= count_letters(sf) <= 1;
      debris &= (count_letters(sf) <= 1 && sf.back() != '.') || is_roman_numeral(sf);
      digits |= (doc.words[i].flags & kWordHasDigit) != 0;
    }
    if (debris || (s.type == NameType::Person && (only_initials || digits))) return true;
    // Nor with a number written out: "Nine mths" heads the nine months' figures of an earnings
    // table, "NINE MTHS LOSS" its headline.
    if (s.type == NameType::Person && in_list(doc.lower(s.first), kNumberWords)) return true;
    if (doc.noisy && !doc.margins.empty()) {
      // Initials inside a name say little either way: "Charles H. Barber" stands or falls with
      // its words. A name that begins or ends with one ("Jan. I.") takes all its margins.
      auto is_initial = [&](std::uint32_t i) { return count_letters(surface(doc, text, i)) <= 1; };
      const bool inner_initials_only = !is_initial(s.first) && !is_initial(s.last);
      float margin = 1e30f;
      bool listed = false;
      for (auto i = s.first; i <= s.last; ++i) {
        if (!(inner_initials_only && is_initial(i))) margin = std::min(margin, doc.margins[i]);
        listed |= doc.words[i].gazetteer.categories != 0;
      }
      if (!listed && margin < kNoisyMinMargin) return true;
    }
    // Company forms alone ("Co Inc", what is left of "Jefferies and Co Inc" cut at "and").
    bool only_forms = true;
    for (auto i = s.first; i <= s.last && only_forms; ++i) {
      const auto& g = doc.words[i].gazetteer;
      only_forms = ((g.categories & kGazStrongOrgSuffix) &&
                    !(g.categories & (kGazPlaces | kGazOrganisation))) ||
                   doc.lower(i) == "and" || doc.lower(i) == "&";
    }
    if (only_forms) return true;
    if (s.first != s.last) return false;
    const WordInfo& w = doc.words[s.first];
    const std::string_view sf = surface(doc, text, s.first);
    const std::size_t letters = count_letters(sf);
    if (letters < 2 && !(w.flags & kWordHasDigit)) return true;
    if (is_roman_numeral(sf) || is_function_word(doc.lower(s.first))) return true;
    if ((w.flags & kWordLowerInitial) && !has_upper(sf)) return true;
    // A title or company form alone, and in a capitals headline or an OCR'd page an institution's
    // head alone: "N.Z. TRADING BANK DEPOSITS" cut at "TRADING" leaves "BANK"; column fragments
    // leave "Union", "Board", "Journal".
    const bool fragments = (w.flags & kWordCapsLine) || doc.noisy;
    const std::uint16_t bare =
        kGazPersonTitle | kGazStrongOrgSuffix | (fragments ? kGazWeakOrgSuffix : 0);
    if (w.gazetteer.position == 4 && (w.gazetteer.categories & bare) &&
        !(w.gazetteer.categories & (kGazPlaces | kGazOrganisation))) {
      return true;
    }
    if (letters == 2 && !(w.flags & kWordAllCaps) && sf.back() != '.' &&
        w.gazetteer.categories == 0)
      return true;
    if (!doc.noisy) return false;
    // OCR'd text: column fragments ("City", "North"), clipped words ("Geo", "Chi"), unknown short
    // capitals. A listed name stays, unless it is an ordinary English word that only other
    // languages use as a place's name ("Man", the Isle of Man in several of them), written where
    // any word has a capital (opening a line or a sentence, or in capitals).
    if (w.gazetteer.categories != 0) {
      const bool capital_by_position =
          (w.flags & (kWordSentenceStart | kWordCapsLine | kWordAllCaps)) != 0;
      return w.case_prior == CasePrior::Lower && capital_by_position;
    }
    if (often_lower_case(w) && !(s.type == NameType::Person && surnames.find(w.word_hash))) {
      return true;
    }
    if (letters <= 3 && (sf.back() != '.' || !(w.flags & kWordAllCaps))) return true;
    return false;
  });
}

void MentionRules::drop_sign_off(const PreparedDocument& doc, std::vector<NameSpan>& spans) {
  // Wire copy ends with the agency's sign-off on a line of its own ("REUTER", "AP"), or with
  // "MORE" where the story continues: a credit, not a mention. Tagged, "Reuter" was the person in
  // a fifth of the Reuters archive. A text of one line (a headline) has no sign-off.
  if (spans.empty() || doc.tokens.empty() || doc.tokens.back().line == 0) return;
  const std::uint32_t last_line = doc.tokens.back().line;
  std::size_t first = doc.tokens.size();
  while (first > 0 && doc.tokens[first - 1].line == last_line) --first;
  // One word, nothing else but punctuation: a table row ("Chonbuk 0 0 3 3 7 0") is not a sign-off.
  std::size_t words = 0;
  for (std::size_t i = first; i < doc.tokens.size(); ++i) {
    if (doc.words[i].flags & kWordHasDigit) return;
    if (doc.words[i].flags & kWordHasLetter) ++words;
  }
  if (words != 1) return;
  std::erase_if(spans, [&](const NameSpan& s) { return s.first >= first; });
}

void MentionRules::apply(const PreparedDocument& doc, std::string_view text,
                         std::vector<NameSpan>& spans) const {
  extend_over_company_forms(doc, spans);
  split_coordinated_names(doc, spans);
  organisation_heads_after_places(doc, spans);
  merge_adjacent_organisations(doc, spans);
  features_of_places(doc, spans);
  join_middle_initials(doc, text, spans);
  products_with_model_numbers(doc, text, spans);
  known_organisations(doc, spans);
  product_lines(doc, text, spans);
  products_events_and_titles(doc, text, spans);
  descriptor_nouns(doc, text, spans);
  names_after_titles(doc, spans);
  split_headline_names(doc, spans);
  unify_types(doc, spans);
  propagate(doc, spans);
  drop_ordinary_words(doc, spans);
  drop_implausible(doc, text, spans);
  drop_sign_off(doc, spans);
}

}  // namespace newsindex::ner
