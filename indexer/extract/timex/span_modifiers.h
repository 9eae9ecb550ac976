// Widens candidates to the modifiers before them once the scan is done: "early 2025", "mid-1990",
// "the end of March", "around noon", "the past three months", "more than two years", "about a
// week".
#pragma once

#include <vector>

#include "scan_text.h"
#include "timex_candidate.h"

namespace newsindex {

// Never reaches into the previous candidate.
void take_in_left_modifiers(const ScanText& s, std::vector<TimexCandidate>& candidates);

}  // namespace newsindex
