// TIMEX3 spelling of durations and rates, and the granularity a duration unit is counted in.
#pragma once

#include <string>

#include "calendar_arithmetic.h"
#include "english_lexicon.h"

namespace newsindex {

// "P3Y", "PT24H", "P2W" for a fortnight; count < 0 is an unknown amount ("PXY").
[[nodiscard]] std::string duration_value(long count, DurationUnit unit);

// Weeks for weeks and fortnights, years for decades and centuries, days for the rest.
[[nodiscard]] calendar::Granularity granularity_of(DurationUnit unit);

}  // namespace newsindex
