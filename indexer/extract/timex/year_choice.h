// The year of a month, day or quarter named without one ("in April", "on March 3"), chosen
// around the publication date.
#pragma once

#include "calendar_arithmetic.h"
#include "tense_estimator.h"
#include "timex_candidate.h"

namespace newsindex {

// day 0 means the whole month. An explicit direction ("last April": Past) decides alone; `strict`
// then excludes the reference month/day itself. Otherwise `tense` and a window fitted on TimeBank
// decide.
[[nodiscard]] int choose_year(calendar::Date ref, unsigned month, unsigned day, Direction direction,
                              Tense tense, bool strict);

}  // namespace newsindex
