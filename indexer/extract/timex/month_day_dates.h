// Dates around a month name: "April 11, 2025", "11 April", "4 de abril de 2025", "July 1997",
// "April", "April last year".
#pragma once

#include "recogniser.h"

namespace newsindex {

// The month name first: "April 11", "April 2025", "April".
void recognise_month_first(const ScanText& s, std::size_t i, LongestCandidate& out);
// The day first: "11 April 2025", "4. huhtikuuta".
void recognise_day_first(const ScanText& s, std::size_t i, LongestCandidate& out);

}  // namespace newsindex
