#include "english_lexicon.h"

#include <string>
#include <unordered_map>

#include "locale_calendar_vocabulary.h"
#include "word_filter.h"

namespace newsindex {
namespace {

using Map = std::unordered_map<std::string, LexEntry, StringViewHash, std::equal_to<>>;

void add_units(Map& m) {
  struct U {
    const char* singular;
    const char* plural;
    DurationUnit unit;
  };
  static constexpr U kUnits[] = {
      {"second", "seconds", DurationUnit::Second},
      {"minute", "minutes", DurationUnit::Minute},
      {"hour", "hours", DurationUnit::Hour},
      {"day", "days", DurationUnit::Day},
      {"week", "weeks", DurationUnit::Week},
      {"fortnight", "fortnights", DurationUnit::Fortnight},
      {"month", "months", DurationUnit::Month},
      {"quarter", "quarters", DurationUnit::Quarter},
      {"year", "years", DurationUnit::Year},
      {"decade", "decades", DurationUnit::Decade},
      {"century", "centuries", DurationUnit::Century},
      {"weekend", "weekends", DurationUnit::Weekend},
      {"night", "nights", DurationUnit::Night},
      {"yr", "yrs", DurationUnit::Year},
      {"min", "mins", DurationUnit::Minute},
      {"hr", "hrs", DurationUnit::Hour},
      {"sec", "secs", DurationUnit::Second},
  };
  for (const U& u : kUnits) {
    m[u.singular] = LexEntry{Lex::Unit, 0, u.unit, false};
    m[u.plural] = LexEntry{Lex::Unit, 0, u.unit, true};
  }
}

Map build() {
  Map m;
  static constexpr const char* kOnes[] = {
      "zero",     "one",     "two",     "three",     "four",     "five",    "six",
      "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  for (int i = 0; i < 20; ++i) m[kOnes[i]] = LexEntry{Lex::Number, i};
  static constexpr const char* kTens[] = {"twenty", "thirty",  "forty",  "fifty",
                                          "sixty",  "seventy", "eighty", "ninety"};
  static constexpr const char* kDecades[] = {"twenties", "thirties",  "forties",  "fifties",
                                             "sixties",  "seventies", "eighties", "nineties"};
  for (int i = 0; i < 8; ++i) {
    m[kTens[i]] = LexEntry{Lex::Number, 20 + 10 * i};
    m[kDecades[i]] = LexEntry{Lex::DecadeWord, 2 + i};
  }
  m["fourty"] = LexEntry{Lex::Number, 40};
  m["hundred"] = LexEntry{Lex::Number, 100};
  m["thousand"] = LexEntry{Lex::Number, 1000};
  m["dozen"] = LexEntry{Lex::Number, 12};
  static constexpr const char* kOrdinals[] = {"first", "second", "third",    "fourth",
                                              "fifth", "sixth",  "seventh",  "eighth",
                                              "ninth", "tenth",  "eleventh", "twelfth"};
  for (int i = 0; i < 12; ++i) m[kOrdinals[i]] = LexEntry{Lex::Ordinal, i + 1};
  static constexpr const char* kTeenOrdinals[] = {"thirteenth", "fourteenth",  "fifteenth",
                                                  "sixteenth",  "seventeenth", "eighteenth",
                                                  "nineteenth"};
  for (int i = 0; i < 7; ++i) m[kTeenOrdinals[i]] = LexEntry{Lex::Ordinal, i + 13};
  m["twentieth"] = LexEntry{Lex::Ordinal, 20};
  m["thirtieth"] = LexEntry{Lex::Ordinal, 30};
  for (const char* w :
       {"several", "few", "many", "some", "numerous", "multiple", "dozens", "hundreds"})
    m[w] = LexEntry{Lex::Vague};
  m["a"] = LexEntry{Lex::Article, 1};
  m["an"] = LexEntry{Lex::Article, 1};
  m["couple"] = LexEntry{Lex::Couple, 2};
  add_units(m);
  m["year"].kind = Lex::Unit;  // keep as unit; "year-earlier" is handled by the rules
  struct W {
    const char* word;
    Lex kind;
    int value;
  };
  static constexpr W kWords[] = {
      {"last", Lex::Last, 0},
      {"next", Lex::Next, 0},
      {"this", Lex::This, 0},
      {"past", Lex::Past, 0},
      {"coming", Lex::Coming, 0},
      {"upcoming", Lex::Coming, 0},
      {"previous", Lex::Previous, 0},
      {"prior", Lex::Previous, 0},
      {"preceding", Lex::Previous, 0},
      {"following", Lex::Following, 0},
      {"current", Lex::Current, 0},
      {"latest", Lex::Latest, 0},
      {"same", Lex::Same, 0},
      {"recent", Lex::Recent, 0},
      {"early", Lex::Early, 0},
      {"late", Lex::Late, 0},
      {"mid", Lex::Mid, 0},
      {"middle", Lex::Middle, 0},
      {"beginning", Lex::Beginning, 0},
      {"start", Lex::Beginning, 0},
      {"end", Lex::End, 0},
      {"close", Lex::End, 0},
      {"earlier", Lex::Earlier, 0},
      {"later", Lex::Later, 0},
      {"ago", Lex::Ago, 0},
      {"before", Lex::Before, 0},
      {"after", Lex::After, 0},
      {"hence", Lex::Hence, 0},
      {"the", Lex::The, 0},
      {"every", Lex::Every, 0},
      {"each", Lex::Each, 0},
      {"per", Lex::Per, 0},
      {"of", Lex::Of, 0},
      {"in", Lex::In, 0},
      {"on", Lex::On, 0},
      {"at", Lex::At, 0},
      {"within", Lex::Within, 0},
      {"during", Lex::During, 0},
      {"over", Lex::Over, 0},
      {"fiscal", Lex::Fiscal, 0},
      {"full", Lex::Full, 0},
      {"whole", Lex::Whole, 0},
      {"entire", Lex::Whole, 0},
      {"more", Lex::More, 0},
      {"than", Lex::Than, 0},
      {"least", Lex::Least, 0},
      {"up", Lex::Up, 0},
      {"to", Lex::To, 0},
      {"or", Lex::Or, 0},
      {"and", Lex::And, 0},
      {"about", Lex::Approx, 0},
      {"nearly", Lex::Approx, 0},
      {"almost", Lex::Approx, 0},
      {"around", Lex::Approx, 0},
      {"roughly", Lex::Approx, 0},
      {"approximately", Lex::Approx, 0},
      {"some", Lex::Vague, 0},
      {"today", Lex::Today, 0},
      {"yesterday", Lex::Yesterday, 0},
      {"tomorrow", Lex::Tomorrow, 0},
      {"tonight", Lex::Tonight, 0},
      {"now", Lex::PresentRef, 0},
      {"currently", Lex::PresentRef, 0},
      {"presently", Lex::PresentRef, 0},
      {"nowadays", Lex::PresentRef, 0},
      {"recently", Lex::PastRef, 0},
      {"lately", Lex::PastRef, 0},
      {"future", Lex::Future, 0},
      {"present", Lex::Present, 0},
      {"spring", Lex::Season, 0},
      {"summer", Lex::Season, 1},
      {"fall", Lex::Season, 2},
      {"autumn", Lex::Season, 2},
      {"winter", Lex::Season, 3},
      {"morning", Lex::PartOfDay, 0},
      {"afternoon", Lex::PartOfDay, 1},
      {"evening", Lex::PartOfDay, 2},
      {"noon", Lex::Noon, 0},
      {"midday", Lex::Noon, 0},
      {"midnight", Lex::Midnight, 0},
      {"daily", Lex::SetAdverb, static_cast<int>(DurationUnit::Day)},
      {"weekly", Lex::SetAdverb, static_cast<int>(DurationUnit::Week)},
      {"monthly", Lex::SetAdverb, static_cast<int>(DurationUnit::Month)},
      {"yearly", Lex::SetAdverb, static_cast<int>(DurationUnit::Year)},
      {"hourly", Lex::SetAdverb, static_cast<int>(DurationUnit::Hour)},
      {"quarterly", Lex::Quarterly, 0},
      {"est", Lex::TimeZone, 0},
      {"edt", Lex::TimeZone, 0},
      {"cst", Lex::TimeZone, 0},
      {"cdt", Lex::TimeZone, 0},
      {"mst", Lex::TimeZone, 0},
      {"mdt", Lex::TimeZone, 0},
      {"pst", Lex::TimeZone, 0},
      {"pdt", Lex::TimeZone, 0},
      {"bst", Lex::TimeZone, 0},
      {"cet", Lex::TimeZone, 0},
      {"cest", Lex::TimeZone, 0},
      {"gmt", Lex::TimeZone, 1},
      {"utc", Lex::TimeZone, 1},
      {"half", Lex::Half, 0},
      {"period", Lex::Period, 0},
      {"o'clock", Lex::OClock, 0},
      {"times", Lex::Times, 0},
      {"once", Lex::Times, 1},
      {"twice", Lex::Times, 2},
  };
  for (const W& w : kWords) m[w.word] = LexEntry{w.kind, w.value};
  m["night"] = LexEntry{Lex::PartOfDay, 3, DurationUnit::Night, false};
  m["weekend"] = LexEntry{Lex::Weekend, 0, DurationUnit::Weekend, false};
  m["weekends"] = LexEntry{Lex::Weekend, 0, DurationUnit::Weekend, true};
  return m;
}

struct Lexicon {
  Map words = build();
  WordFilter filter = [this] {
    WordFilter listed;
    for (const auto& [word, entry] : words) listed.add(word);
    return listed;
  }();
};

const Lexicon& lexicon() {
  static const Lexicon kLexicon;
  return kLexicon;
}

}  // namespace

const LexEntry* find_english(std::string_view fold) noexcept {
  const Lexicon& table = lexicon();
  if (!table.filter.may_contain(fold)) return nullptr;
  const auto it = table.words.find(fold);
  return it == table.words.end() ? nullptr : &it->second;
}

}  // namespace newsindex
