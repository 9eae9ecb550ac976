// Weekday names: "Friday", "Friday, April 11", "on Mondays", "the weekend".
#pragma once

#include "recogniser.h"

namespace newsindex {

void recognise_weekday(const ScanText& s, std::size_t i, LongestCandidate& out);

// "the weekend" at `the`; claims the phrase when it is one (see the_phrases.h).
[[nodiscard]] bool read_the_weekend(const ScanText& s, std::size_t the, LongestCandidate& out);

}  // namespace newsindex
