// What the scanner understood about one expression, before any reference
// date is applied. The resolver turns it into a TIMEX3 value.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "calendar_arithmetic.h"
#include "date_tagger.h"

namespace newsindex {

enum class Anchor : std::uint8_t {
  Literal,          // value is complete (durations, sets, PAST_REF, ...)
  Absolute,         // year is known; month/day/part refine it
  Offset,           // reference date moved by `offset` units; month/day/part then override
  Yearless,         // month (+day), quarter, half or season without a year
  Weekday,          // a weekday relative to the reference date
  Season,           // "last fall": season index in `part`, offset -1/0/+1
  YearEarlier,      // "a year earlier": the quarter in focus a year back, else last year
  ReportedQuarter,  // "the quarter": the quarter the report is about
  SentenceDate,     // a clock time: on the date in focus, else the reference date
  Decade,           // "the nineties", "the '80s", and with unit Year "'82": century chosen
                    // from the reference
  Narrative,        // "the following year", "the previous Friday", "that day": moved from the
                    // time the text last talked about (else from the reference date)
};

// Holidays whose date moves with the year; month/day of a candidate hold an
// approximate date used only to choose the year.
enum Holiday : std::uint8_t {
  kNoHoliday = 0,
  kThanksgiving,  // fourth Thursday of November (US)
  kElectionDay,   // Tuesday after the first Monday of November (US)
  kMemorialDay,   // last Monday of May (US)
  kLaborDay,      // first Monday of September (US)
  kEasterSunday,
  kGoodFriday,
  kEasterMonday,
};

// Direction for anchors whose year/week must be guessed.
enum class Direction : std::uint8_t { ByTense, Past, This, Future };

struct TimexCandidate {
  std::size_t first_token = 0, end_token = 0;  // token range, end exclusive
  TimexType type = TimexType::Date;
  Anchor anchor = Anchor::Literal;
  calendar::Granularity unit = calendar::Granularity::Day;
  Direction direction = Direction::ByTense;
  int year = 0;
  unsigned month = 0, day = 0;
  int part = 0;  // quarter 1..4, half 1..2, season 0..3, decade digit
  unsigned weekday = 0;
  long offset = 0;
  int hour = -1, minute = -1;
  bool utc = false;
  const char* part_of_day = nullptr;  // "MO", "AF", "EV", "NI"
  bool two_digit_year = false;
  // The year rests on the number's shape alone ("the 1300 block", "Jul 1365 bid"): it stands only
  // near the publication date (year_support.h).
  bool weak_year = false;
  std::uint8_t holiday = 0;  // Holiday code (Yearless anchor): the day depends on the year
  std::string literal;
};

}  // namespace newsindex
