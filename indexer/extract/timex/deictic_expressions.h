// Times placed by a modifier relative to the publication date: "last week", "this year", "next
// Friday", "last night", "this morning", "next weekend", "last fall", "last March", "the coming
// months", "the week".
#pragma once

#include "recogniser.h"

namespace newsindex {

// "last", "next", "this", "past", "coming", "previous", "following", "same", "latest" at i.
void recognise_deictic(const ScanText& s, std::size_t i, LongestCandidate& out);

// At `the`; each claims the phrase when it is one (see the_phrases.h).
// "the week": the running week.
[[nodiscard]] bool read_the_week(const ScanText& s, std::size_t the, LongestCandidate& out);
// "the last week", "the coming months", "the previous Friday", "the current quarter".
[[nodiscard]] bool read_the_deictic(const ScanText& s, std::size_t the, LongestCandidate& out);

}  // namespace newsindex
