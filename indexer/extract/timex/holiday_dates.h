// The day of a movable holiday in a given year: Thanksgiving, Election Day, Memorial Day, Labor
// Day, Easter and the feasts around it.
#pragma once

#include <cstdint>
#include <utility>

namespace newsindex {

// Month and day of holiday `code` (a Holiday of timex_candidate.h) in `year` (Gregorian); the
// given month and day for fixed holidays.
[[nodiscard]] std::pair<unsigned, unsigned> holiday_date(int year, std::uint8_t code,
                                                         unsigned month, unsigned day);

}  // namespace newsindex
