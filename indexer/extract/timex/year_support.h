// What makes a four-digit number a year. Wire copy is full of four-digit numbers that are not:
// clock times ("1530 EST"), price levels ("points to 1854"), table figures ("Jul 1365 bid"),
// codes and quantities. A number named as a year by the words around it ("in 1350", "since
// 1776", "due 2012", "July 4, 1776") is one wherever it falls; one that rests on its shape alone
// (bare, or after "the", "of", "at", an abbreviated month) is taken only near the publication
// date: from kNearYearsBefore years before it to kNearYearsAfter after.
#pragma once

#include <cstddef>
#include <optional>

#include "scan_text.h"

namespace newsindex {

inline constexpr int kNearYearsBefore = 100;
inline constexpr int kNearYearsAfter = 10;

// Whether a year that rests on its shape alone stands in an article of reference_year.
[[nodiscard]] constexpr bool near_year(int year, int reference_year) {
  return year >= reference_year - kNearYearsBefore && year <= reference_year + kNearYearsAfter;
}

struct ClockTime {
  int hour = 0, minute = 0;
  std::size_t end = 0;  // after the zone or "hrs" when one follows
  bool utc = false;
};

// "1530 EST", "2100 hrs", "1000 London time", "0900 to 1305 local time" (both ends): four digits
// that read as hours and minutes with a clock word after them or after the other end of their
// range.
[[nodiscard]] std::optional<ClockTime> four_digit_clock_time(const ScanText& s, std::size_t i);

// Four digits that cannot be a year: a clock time as above, or hours and minutes after "at"
// ("at 2100", "at around 1030").
[[nodiscard]] bool clock_not_year(const ScanText& s, std::size_t i);

// The words before the number at i make it a year wherever it falls: "in", "since", "until",
// "by", "due", "fiscal", "mid-", "between 1767 and", "the war of 1812 and", a list or range
// whose first year has such words ("between 1767 and 1770").
[[nodiscard]] bool year_named_by_context(const ScanText& s, std::size_t i);

// The number at i is followed on its line by another number: a row of a table ("May 1410 1411
// 1410 1409 33", "total 2003 22433").
[[nodiscard]] bool table_figure(const ScanText& s, std::size_t i);

// The line holding token i has at most `words` words besides its numbers and punctuation: a
// table row or a dateline ("Mar 2901", "MAY 1248 bid", "May 2056 (2063)"), not a sentence.
[[nodiscard]] bool few_words_on_line(const ScanText& s, std::size_t i, std::size_t words);

}  // namespace newsindex
