// The pieces dates are built from: a month name, a day of the month, a year in digits or spelled
// out, an ordinal ("third", "3rd"). Each reads one field at a token and says where it ends.
#pragma once

#include <cstddef>
#include <optional>

#include "scan_text.h"
#include "timex_candidate.h"

namespace newsindex {

struct MonthAt {
  unsigned month = 0;
  std::size_t end = 0;
  bool abbreviated = false;
};
// "April", "Apr.", "huhtikuuta".
[[nodiscard]] std::optional<MonthAt> month_at(const ScanText& s, std::size_t i);

// "4", "4th", "1er"; not a digit group of a larger number.
[[nodiscard]] std::optional<unsigned> day_at(const ScanText& s, std::size_t i);

struct DayAt {
  unsigned day = 0;
  std::size_t end = 0;
};
// "eighth", "twenty-first", "thirtieth": a day spelled out as an ordinal, as broadcast
// transcripts write it ("March eighth"); not the ordinal of another unit ("third-quarter",
// "second half").
[[nodiscard]] std::optional<DayAt> spelled_day_at(const ScanText& s, std::size_t i);

// "the same period", "the corresponding quarter", "the comparable period" from `the`: the period
// a results report compares with, a year before ("... last year", "... a year earlier").
[[nodiscard]] bool comparable_period_at(const ScanText& s, std::size_t the);

// Four digits from 1000 to 2999, not a clock time ("1530 EST", "at 2100").
[[nodiscard]] std::optional<int> year_at(const ScanText& s, std::size_t i);

// ", 2025", "2025", "de 2025", "2025 года" after a month and day: sets year (and year_token, where
// the year's digits are) and returns the end token, or returns k unchanged when no year follows.
[[nodiscard]] std::size_t trailing_year(const ScanText& s, std::size_t k, int& year,
                                        std::size_t* year_token = nullptr);

// A year after a month (and day) or season that rests on its shape: no comma or "of" before it,
// and an abbreviated month, a line break before the year, a table row or a line of its own ("Jul
// 1365 bid", "Mar 2901", "OCT 3 1244 up 2", "HARD RED WINTER 1639 1635"). `name` (the month or
// season) and `year` are token indexes; the candidate gets TimexCandidate::weak_year.
[[nodiscard]] bool weak_calendar_year(const ScanText& s, std::size_t name, bool abbreviated,
                                      std::size_t year);

struct YearAt {
  int year = 0;
  std::size_t end = 0;
};
// "nineteen ninety-four": broadcast transcripts spell years out.
[[nodiscard]] std::optional<YearAt> spelled_year_at(const ScanText& s, std::size_t i);
// A year in digits or spelled out.
[[nodiscard]] std::optional<YearAt> any_year_at(const ScanText& s, std::size_t i);

// Ordinal value for quarter/half phrases: "first", "second", "3rd"; 0 when there is none.
[[nodiscard]] int ordinal_at(const ScanText& s, std::size_t i);

// A day (day != 0) or month date, with or without its year. A day that cannot exist ("February
// 30") gives an empty literal: it still claims its tokens, so no shorter reading tags them.
[[nodiscard]] TimexCandidate date_candidate(std::size_t first, std::size_t end, int year,
                                            unsigned month, unsigned day);

}  // namespace newsindex
