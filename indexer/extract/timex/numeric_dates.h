// Dates written in digits: "2025-04-11", "04/11/2025", "11.4.25".
#pragma once

#include "recogniser.h"

namespace newsindex {

void recognise_numeric_date(const ScanText& s, std::size_t i, LongestCandidate& out);

}  // namespace newsindex
