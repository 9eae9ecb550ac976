// Recurring times (TIMEX3 SET): "every week", "each Monday", "every two years", "every morning",
// "daily", "weekly". Rates ("twice a week") are read with durations (durations.h), "on Mondays"
// with weekdays (weekdays.h).
#pragma once

#include "recogniser.h"

namespace newsindex {

// "every"/"each" and what recurs.
void recognise_every(const ScanText& s, std::size_t i, LongestCandidate& out);
// "daily", "weekly", "monthly", "yearly", "hourly".
void recognise_set_adverb(const ScanText& s, std::size_t i, LongestCandidate& out);

}  // namespace newsindex
