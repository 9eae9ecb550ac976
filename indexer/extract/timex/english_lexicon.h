// Closed-class English words the timex rules are built from: number words,
// ordinals, time units, modifiers ("last", "ago"), deictic words ("today",
// "recently"), seasons and parts of the day. Month and weekday names are not
// here: they come from ICU (LocaleCalendarVocabulary).
#pragma once

#include <cstdint>
#include <string_view>

#include "calendar_arithmetic.h"

namespace newsindex {

enum class Lex : std::uint8_t {
  None,
  Number,   // value = the number; "a"/"an" are Article
  Vague,    // "several", "few", "many", "some" (count unknown)
  Article,  // "a", "an"
  Couple,   // "couple" ("a couple of")
  Ordinal,  // value = 1.. ("first")
  Unit,     // unit = granularity-like duration unit, plural flag
  Last,
  Next,
  This,
  Past,
  Coming,
  Previous,
  Following,
  Current,
  Latest,
  Same,
  Recent,
  Early,
  Late,
  Mid,
  Middle,
  Beginning,
  End,
  Earlier,
  Later,
  Ago,
  Before,
  After,
  Hence,
  The,
  Every,
  Each,
  Per,
  Of,
  In,
  On,
  At,
  Within,
  During,
  Over,
  Fiscal,
  Full,
  Whole,
  More,
  Than,
  Least,
  Up,
  To,
  Or,
  And,
  Approx,  // "about", "nearly", "almost", "around", "roughly", "approximately"
  Today,
  Yesterday,
  Tomorrow,
  Tonight,
  PresentRef,
  PastRef,
  FutureRef,  // single words: "now", "recently", "soon"
  Future,
  Present,    // nouns needing "the": "the future", "the present"
  Season,     // value 0 spring, 1 summer, 2 fall, 3 winter
  PartOfDay,  // value 0 morning, 1 afternoon, 2 evening, 3 night
  Noon,
  Midnight,
  SetAdverb,   // "daily", "weekly" ... value = unit index (see DurationUnit)
  TimeZone,    // value 1 when the zone is UTC/GMT
  DecadeWord,  // "nineties": value = 9
  Half,        // "half"
  Period,      // "period"
  Weekend,
  Century,
  Year,  // "year" as a bare noun, used by "year-earlier", "year-end"
  OClock,
  Times,  // "times", "once", "twice": value = count
  Quarterly,
};

// Duration units in TIMEX3 spelling order of use.
enum class DurationUnit : std::uint8_t {
  Second,
  Minute,
  Hour,
  Day,
  Week,
  Fortnight,
  Month,
  Quarter,
  Year,
  Decade,
  Century,
  Weekend,
  Night
};

struct LexEntry {
  Lex kind = Lex::None;
  std::int32_t value = 0;
  DurationUnit unit = DurationUnit::Day;
  bool plural = false;
};

// nullptr when the folded word is not in the lexicon.
[[nodiscard]] const LexEntry* find_english(std::string_view fold) noexcept;

}  // namespace newsindex
