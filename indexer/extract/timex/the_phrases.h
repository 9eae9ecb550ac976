// Phrases that start with "the": "the future", "the weekend", "the quarter", "the week", "the
// summer", "the nineties", "the fiscal year", "the year", "the following year", ...
#pragma once

#include "recogniser.h"

namespace newsindex {

void recognise_the_phrase(const ScanText& s, std::size_t i, LongestCandidate& out);

}  // namespace newsindex
