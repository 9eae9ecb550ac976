// The publication day and its neighbours: "today", "yesterday", "tomorrow", "tonight",
// "mid-afternoon (yesterday)".
#pragma once

#include "recogniser.h"

namespace newsindex {

void recognise_day_word(const ScanText& s, std::size_t i, LongestCandidate& out);
// "mid-afternoon": a part of the publication day, or of the day named right after it.
void recognise_mid_part_of_day(const ScanText& s, std::size_t i, LongestCandidate& out);

}  // namespace newsindex
