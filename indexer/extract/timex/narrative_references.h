// Times relative to what the text last talked about rather than to the publication date: "the
// following year", "the previous day", "the next morning", "the previous Friday", "that day",
// "that same year".
#pragma once

#include "recogniser.h"

namespace newsindex {

// "that day", "that same month", "that year".
void recognise_that_unit(const ScanText& s, std::size_t i, LongestCandidate& out);

// The narrative readings of a deictic phrase starting at `first` whose modifier is at `m`
// ("the following year": first at "the", m at "following"). True when the phrase is settled
// here, whether or not a candidate was offered; false leaves it to the deictic rules.
[[nodiscard]] bool read_narrative_deictic(const ScanText& s, std::size_t first, std::size_t m,
                                          LongestCandidate& out);

// "shares rose 2% on the day": the trading day the report is about (the day in focus, else the
// publication date), read at "the".
// True when a candidate was offered.
[[nodiscard]] bool read_the_day(const ScanText& s, std::size_t the, LongestCandidate& out);

// "the second day of the strike": a day the story is on (the day in focus, else the publication
// date), read at "the". True when a candidate was offered.
[[nodiscard]] bool read_the_ordinal_day(const ScanText& s, std::size_t the, LongestCandidate& out);

}  // namespace newsindex
