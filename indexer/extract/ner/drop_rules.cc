#include "drop_rules.h"

#include <algorithm>

#include "flat_hash_map.h"
#include "mention_words.h"

namespace newsindex::ner::rules {
namespace {

// Smallest score margin (chosen tag over "outside") a mention in hard-wrapped OCR text needs unless
// a gazetteer knows it.
constexpr float kNoisyMinMargin = 2.0f;

// Cardinals written out, which do not begin a person's name ("ten" does: "ten Have").
constexpr std::string_view kNumberWords[] = {
    "two",      "three",  "four",     "five",     "six",     "seven",   "eight",     "nine",
    "eleven",   "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty",   "forty",    "fifty",   "hundred", "thousand"};

bool wordlike(const PreparedDocument& doc, std::uint32_t i) {
  return (doc.words[i].flags & (kWordHasLetter | kWordHasDigit)) != 0;
}

// Names start and end with a word; lower-case words other than particles do not open or close one
// ("magazine Der Spiegel", "Trent 900 engines").
void trim_to_name_words(const PreparedDocument& doc, std::string_view text, NameSpan& s) {
  auto lower_word = [&](std::uint32_t i) {
    return (doc.words[i].flags & kWordLowerInitial) && !has_upper(surface(doc, text, i)) &&
           !is_particle(doc.lower(i));
  };
  while (s.first < s.last && (!wordlike(doc, s.first) || lower_word(s.first))) ++s.first;
  while (s.last > s.first && (!wordlike(doc, s.last) || lower_word(s.last))) --s.last;
}

// Characters no name has ("Wednes?", "t|ie"), or nothing but single letters without a full stop and
// Roman numerals: OCR debris. Brackets and quotation marks inside a person's name on a clean page
// hold a nickname (join_nicknames: "James Leander ( Leo ) Nichols").
bool debris(const PreparedDocument& doc, std::string_view text, const NameSpan& s) {
  bool only_debris = true;
  for (auto i = s.first; i <= s.last; ++i) {
    const auto sf = surface(doc, text, i);
    const bool nickname_mark = !doc.noisy && s.type == NameType::Person && i > s.first &&
                               i < s.last &&
                               (sf == "(" || sf == ")" || opening_quote(sf) || closing_quote(sf));
    if (has_odd_characters(sf) && !nickname_mark) return true;
    only_debris &= (count_letters(sf) <= 1 && sf.back() != '.') || is_roman_numeral(sf);
  }
  return only_debris;
}

// People written only with initials ("U. S.") or with digits are not people's names; nor with a
// number written out first: "Nine mths" heads the nine months' figures of an earnings table,
// "NINE MTHS LOSS" its headline.
bool not_a_persons_name(const PreparedDocument& doc, std::string_view text, const NameSpan& s) {
  if (s.type != NameType::Person) return false;
  bool only_initials = true, digits = false;
  for (auto i = s.first; i <= s.last; ++i) {
    only_initials &= count_letters(surface(doc, text, i)) <= 1;
    digits |= (doc.words[i].flags & kWordHasDigit) != 0;
  }
  return only_initials || digits || in_list(doc.lower(s.first), kNumberWords);
}

// OCR'd text is tagged conservatively: a name no gazetteer lists needs a clear margin over
// "outside" on its words. Initials inside a name say little either way ("Charles H. Barber" stands
// or falls with its words); a name that begins or ends with one ("Jan. I.") takes all its margins.
bool unsure_in_ocr_text(const PreparedDocument& doc, std::string_view text, const NameSpan& s) {
  if (!doc.noisy || doc.margins.empty()) return false;
  auto is_initial = [&](std::uint32_t i) { return count_letters(surface(doc, text, i)) <= 1; };
  const bool inner_initials_only = !is_initial(s.first) && !is_initial(s.last);
  float margin = 1e30f;
  bool listed = false;
  for (auto i = s.first; i <= s.last; ++i) {
    if (!(inner_initials_only && is_initial(i))) margin = std::min(margin, doc.margins[i]);
    listed |= doc.words[i].gazetteer.categories != 0;
  }
  return !listed && margin < kNoisyMinMargin;
}

// Company forms alone ("Co Inc", what is left of "Jefferies and Co Inc" cut at "and") name no
// company.
bool only_company_forms(const PreparedDocument& doc, const NameSpan& s) {
  bool only_forms = true;
  for (auto i = s.first; i <= s.last && only_forms; ++i) {
    const auto& g = doc.words[i].gazetteer;
    only_forms = ((g.categories & kGazStrongOrgSuffix) &&
                  !(g.categories & (kGazPlaces | kGazOrganisation))) ||
                 doc.lower(i) == "and" || doc.lower(i) == "&";
  }
  return only_forms;
}

// One word that cannot be a name by itself: a single letter, a Roman numeral, a function word, a
// lower-case word, a two-letter fragment, or a title or company form alone; in a capitals headline
// or an OCR'd page also an institution's head alone ("N.Z. TRADING BANK DEPOSITS" cut at "TRADING"
// leaves "BANK"; column fragments leave "Union", "Board", "Journal"). A title that is the surname
// of a person the article names in full (`surname`: "Billie Jean King", then "King said") stays;
// not on OCR'd pages, whose run-together lines make "Mrs" and "Judge" end many a decoder's person.
bool implausible_word(const PreparedDocument& doc, std::string_view text, std::uint32_t i,
                      bool surname) {
  const WordInfo& w = doc.words[i];
  const std::string_view sf = surface(doc, text, i);
  const std::size_t letters = count_letters(sf);
  if (letters < 2 && !(w.flags & kWordHasDigit)) return true;
  if (is_roman_numeral(sf) || is_function_word(doc.lower(i))) return true;
  if ((w.flags & kWordLowerInitial) && !has_upper(sf)) return true;
  const bool fragments = (w.flags & kWordCapsLine) || doc.noisy;
  const std::uint16_t bare =
      (surname ? 0 : kGazPersonTitle) | kGazStrongOrgSuffix | (fragments ? kGazWeakOrgSuffix : 0);
  if (w.gazetteer.position == 4 && (w.gazetteer.categories & bare) &&
      !(w.gazetteer.categories & (kGazPlaces | kGazOrganisation))) {
    return true;
  }
  return letters == 2 && !(w.flags & kWordAllCaps) && sf.back() != '.' &&
         w.gazetteer.categories == 0;
}

// One word on an OCR'd page: column fragments ("City", "North"), clipped words ("Geo", "Chi"),
// unknown short capitals. A listed name stays, unless it is an ordinary English word that only
// other languages use as a place's name ("Man", the Isle of Man in several of them), written where
// any word has a capital (opening a line or a sentence, or in capitals). An ordinary word that is
// the surname of a person named in full (`surnames`: "Francisco Villa", then "Villa") stays.
bool ocr_fragment(const PreparedDocument& doc, std::string_view text, const NameSpan& s,
                  const FlatHashMap<std::uint8_t>& surnames) {
  if (!doc.noisy) return false;
  const WordInfo& w = doc.words[s.first];
  const std::string_view sf = surface(doc, text, s.first);
  if (w.gazetteer.categories != 0) {
    const bool capital_by_position =
        (w.flags & (kWordSentenceStart | kWordCapsLine | kWordAllCaps)) != 0;
    return w.case_prior == CasePrior::Lower && capital_by_position;
  }
  if (often_lower_case(w) && !(s.type == NameType::Person && surnames.find(w.word_hash))) {
    return true;
  }
  return count_letters(sf) <= 3 && (sf.back() != '.' || !(w.flags & kWordAllCaps));
}

// Currencies by their names as news writes them, plural and Reuters' abbreviation; "Marks" and
// "Pounds" are left out, being surnames too.
constexpr std::string_view kCurrencyWords[] = {
    "dlrs",   "dlr",    "dollars", "dollar",  "cents",  "yen",    "yuan",    "pesos",
    "rupees", "francs", "lire",    "roubles", "rubles", "rupiah", "ringgit", "baht"};

}  // namespace

// The decoder tags capitalised words at a sentence start that are no names: calendar words
// ("Monday", "March") are dates, not names, and currency codes and zone abbreviations ("USD",
// "UTC") are units unless listed as an organisation, as is a word written against a dollar sign
// ("US$", "HK$", "A$": the dollar of that country) and a name ending in a currency's name ("H.K.
// Dlrs"). A usually lower-case word opening a sentence ("Meanwhile") goes too, unless the article
// also names it in mid-sentence.
void drop_ordinary_words(const PreparedDocument& doc, std::string_view text,
                         std::vector<NameSpan>& spans) {
  FlatHashMap<std::uint8_t> mid_sentence(spans.size() + 1);
  FlatHashMap<std::uint8_t> named_outside_capitals(spans.size() + 1);
  for (const auto& s : spans) {
    const auto flags = doc.words[s.first].flags;
    if (!(flags & kWordSentenceStart))
      mid_sentence.get_or_insert(span_key(doc, s.first, s.last), 1);
    if (!(flags & kWordCapsLine))
      named_outside_capitals.get_or_insert(span_key(doc, s.first, s.last), 1);
  }
  std::erase_if(spans, [&](const NameSpan& s) {
    bool all_calendar = true;
    for (auto i = s.first; i <= s.last; ++i)
      all_calendar &= (doc.words[i].gazetteer.categories & kGazCalendar) != 0;
    if (all_calendar) return true;
    // The decoder may take the dollar sign in: "US$" as one span of two tokens.
    const std::size_t next = s.first + 1;
    if (s.last <= next && next < doc.tokens.size() &&
        doc.tokens[next].begin == doc.tokens[s.first].end &&
        text.substr(doc.tokens[next].begin, doc.tokens[next].end - doc.tokens[next].begin) == "$") {
      return true;
    }
    // "H.K. Dlrs", "Canadian Dollars": a name ending in a currency's name is an amount's unit.
    if (in_list(doc.lower(s.last), kCurrencyWords)) return true;
    if (s.first != s.last) return false;
    const WordInfo& w = doc.words[s.first];
    if ((w.gazetteer.categories & kGazCode) && !(w.gazetteer.categories & kGazOrganisation))
      return true;
    if (w.flags & kWordCapsLine) {
      // In a headline in capitals, a one-word name that is usually a lower-case word ("SENATE
      // PASSES FARM BILL") is that word, unless the article names it outside its capitals lines.
      return w.case_prior == CasePrior::Lower && w.gazetteer.categories == 0 &&
             !named_outside_capitals.find(span_key(doc, s.first, s.last));
    }
    return (w.flags & kWordSentenceStart) && w.case_prior == CasePrior::Lower &&
           w.gazetteer.categories == 0 && !mid_sentence.find(span_key(doc, s.first, s.last));
  });
}

// Mentions that cannot be names, mostly from capitals headlines and OCR'd pages: each name is
// first trimmed to its words, then dropped if one of the tests above says so. Surnames are those
// of people named in full before anything was trimmed or dropped.
void drop_implausible(const PreparedDocument& doc, std::string_view text,
                      std::vector<NameSpan>& spans) {
  FlatHashMap<std::uint8_t> surnames(spans.size() + 1);
  for (const auto& s : spans) {
    if (s.type == NameType::Person && s.last > s.first)
      surnames.get_or_insert(doc.words[s.last].word_hash, 1);
  }
  std::erase_if(spans, [&](NameSpan& s) {
    trim_to_name_words(doc, text, s);
    if (!wordlike(doc, s.first)) return true;
    if (debris(doc, text, s) || not_a_persons_name(doc, text, s) ||
        unsure_in_ocr_text(doc, text, s) || only_company_forms(doc, s)) {
      return true;
    }
    return s.first == s.last &&
           (implausible_word(doc, text, s.first,
                             !doc.noisy && s.type == NameType::Person &&
                                 surnames.find(doc.words[s.first].word_hash) != nullptr) ||
            ocr_fragment(doc, text, s, surnames));
  });
}

// Wire copy ends with the agency's sign-off on a line of its own ("REUTER", "AP"), or with "MORE"
// where the story continues: a credit, not a mention. Tagged, "Reuter" was the person in a fifth
// of the Reuters archive. The last line must hold one word and nothing else but punctuation (a
// table row, "Chonbuk 0 0 3 3 7 0", is not a sign-off), and a text of one line (a headline) has
// no sign-off.
//
// The sign-off may also end the last sentence's line (". REUTER"): a word in capitals opening a
// sentence of that one word, with nothing after it but punctuation, at the end of a text of more
// than one line.
//
// A letter alone after punctuation at the end is no word: a control character written out
// ("REUTER...^M"). Right after a word it may be an initial ("OSTWALD J").
void drop_sign_off(const PreparedDocument& doc, std::string_view /*text*/,
                   std::vector<NameSpan>& spans) {
  if (spans.empty() || doc.tokens.empty() || doc.tokens.back().line == 0) return;
  auto lone_letter = [&](std::size_t i) {
    return i > 0 && doc.lower(i).size() == 1 && (doc.words[i].flags & kWordHasLetter) &&
           !(doc.words[i - 1].flags & kWordHasLetter);
  };
  std::size_t last_word = doc.tokens.size();
  while (last_word > 0 &&
         (!(doc.words[last_word - 1].flags & kWordHasLetter) || lone_letter(last_word - 1)))
    --last_word;
  if (last_word > 0) {
    const WordInfo& w = doc.words[last_word - 1];
    const bool closing_sentence = (w.flags & kWordSentenceStart) && (w.flags & kWordAllCaps) &&
                                  !(w.flags & kWordHasDigit) && !(w.flags & kWordCapsLine) &&
                                  doc.tokens[last_word - 1].line == doc.tokens.back().line;
    if (closing_sentence && spans.back().first == last_word - 1 &&
        spans.back().last == last_word - 1) {
      spans.pop_back();
      return;
    }
  }
  const std::uint32_t last_line = doc.tokens.back().line;
  std::size_t first = doc.tokens.size();
  while (first > 0 && doc.tokens[first - 1].line == last_line) --first;
  std::size_t words = 0;
  for (std::size_t i = first; i < doc.tokens.size(); ++i) {
    if (doc.words[i].flags & kWordHasDigit) return;
    if ((doc.words[i].flags & kWordHasLetter) && !(words == 1 && lone_letter(i))) ++words;
  }
  if (words != 1) return;
  std::erase_if(spans, [&](const NameSpan& s) { return s.first >= first; });
}

}  // namespace newsindex::ner::rules
