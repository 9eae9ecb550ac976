// TIMEX3 spelling of the values the resolver builds from parts: a year with a quarter, half,
// season, month or day, and the X placeholders of values no reference date could fill.
#pragma once

#include <climits>
#include <string>

#include "calendar_arithmetic.h"

namespace newsindex {

// A year that stays unknown: spelled "XXXX".
inline constexpr int kUnknownYear = INT_MIN;

// "XXXX-XX-XX", "XXXX-WXX", "XXXX-QX", ... for a value of granularity g without a reference.
[[nodiscard]] std::string placeholder(calendar::Granularity g);

// "2025-Q2", "2025-H1", "2025-SU", "2025-04-11", "2025-04", "2025" by unit, then by which of
// month and day are set (0 when absent). `part` is the quarter, half or season index.
[[nodiscard]] std::string spell_part(int year, calendar::Granularity unit, int part, unsigned month,
                                     unsigned day);

// "SP", "SU", "FA", "WI" for season index 0..3.
[[nodiscard]] const char* season_code(int season);

}  // namespace newsindex
