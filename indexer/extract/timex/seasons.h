// Seasons: "summer 2025", "the spring of 2024", "the summer", "the early winter". "last fall" is a
// deictic expression (deictic_expressions.h).
#pragma once

#include "recogniser.h"

namespace newsindex {

// "summer 2025", "spring of 2024".
void recognise_season_with_year(const ScanText& s, std::size_t i, LongestCandidate& out);
// "the early summer", "the mid-winter" at the modifier; "the" stands before it.
void recognise_modified_season(const ScanText& s, std::size_t i, LongestCandidate& out);

// "the summer (of 2024)" at `the`; claims the phrase when it is one (see the_phrases.h).
[[nodiscard]] bool read_the_season(const ScanText& s, std::size_t the, LongestCandidate& out);

}  // namespace newsindex
