// Amounts of time and what is anchored by them: "three years", "two-week", "2 1/2 years", "a
// minute and a half", "two years ago", "a year earlier", "three days later", "15 a year", "will
// one day".
#pragma once

#include "recogniser.h"

namespace newsindex {

void recognise_duration(const ScanText& s, std::size_t i, LongestCandidate& out);

}  // namespace newsindex
