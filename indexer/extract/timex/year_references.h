// Phrases about a year as a period rather than a year number: "the year 2000", "for the year",
// "the fiscal year", "the year ended June 30", "a year earlier", "the year-ago quarter",
// "year-end".
#pragma once

#include "recogniser.h"

namespace newsindex {

// "year-earlier", "year-ago quarter" at "year".
void recognise_year_earlier(const ScanText& s, std::size_t i, LongestCandidate& out);
// "year-end", "by year end": the last day of the year.
void recognise_year_end(const ScanText& s, std::size_t i, LongestCandidate& out);

// At `the`; each claims the phrase when it is one (see the_phrases.h).
// "the full year", "the fiscal year", "the current year (ended ...)".
[[nodiscard]] bool read_the_running_year(const ScanText& s, std::size_t the, LongestCandidate& out);
// "the year 2000", "for the year", "the year ended June 30".
[[nodiscard]] bool read_the_year(const ScanText& s, std::size_t the, LongestCandidate& out);
// "the year-earlier period", "the year-ago quarter".
[[nodiscard]] bool read_the_year_earlier(const ScanText& s, std::size_t the, LongestCandidate& out);

}  // namespace newsindex
