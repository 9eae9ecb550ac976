// Clock times: "2 p.m.", "10:30", "5pm EST", "14.30 Uhr", "1530 EST", "2100 hrs", "noon",
// "midnight".
#pragma once

#include "recogniser.h"

namespace newsindex {

void recognise_clock_time(const ScanText& s, std::size_t i, LongestCandidate& out);

}  // namespace newsindex
