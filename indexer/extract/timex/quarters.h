// Quarters and half-years: "the first quarter", "Q3"-style "third-quarter", "the second half of
// 2024", "this year's first half", "the 1988 quarter", "the quarter ended July 31", "the latest
// period".
#pragma once

#include "recogniser.h"

namespace newsindex {

void recognise_quarter(const ScanText& s, std::size_t i, LongestCandidate& out);

// "the quarter (ended July 31)" and "the latest quarter/period" at `the`; each claims the phrase
// when it is one (see the_phrases.h).
[[nodiscard]] bool read_the_quarter(const ScanText& s, std::size_t the, LongestCandidate& out);
[[nodiscard]] bool read_the_latest_quarter(const ScanText& s, std::size_t the,
                                           LongestCandidate& out);

}  // namespace newsindex
