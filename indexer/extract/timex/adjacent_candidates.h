// Joins and splits neighbouring candidates once the scan is done: "Friday morning", "10 p.m.
// Wednesday", "5 p.m. EST, Nov. 9", and the second day of "April 24 and 25".
#pragma once

#include <vector>

#include "scan_text.h"
#include "timex_candidate.h"

namespace newsindex {

void compose_adjacent(const ScanText& s, std::vector<TimexCandidate>& candidates);

}  // namespace newsindex
