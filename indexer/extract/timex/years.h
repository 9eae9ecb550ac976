// Years, decades and centuries named outright: "2025", "in 1990", "nineteen ninety-six", "the
// 1990s", "the '80s", "the nineties", "the 20th century".
#pragma once

#include "recogniser.h"

namespace newsindex {

// Years, decades and centuries in digits.
void recognise_year(const ScanText& s, std::size_t i, LongestCandidate& out);
// "nineteen ninety-six".
void recognise_spelled_year(const ScanText& s, std::size_t i, LongestCandidate& out);

// "the nineties" at `the`; claims the phrase when it is one (see the_phrases.h).
[[nodiscard]] bool read_the_decade_word(const ScanText& s, std::size_t the, LongestCandidate& out);

}  // namespace newsindex
