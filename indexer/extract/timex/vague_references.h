// Times named only vaguely, TIMEX3 PRESENT_REF, PAST_REF and FUTURE_REF and durations of an
// unknown amount: "now", "recently", "soon", "current", "at present", "these days", "the
// future", "the past", "recent years", "for years", "over the years".
#pragma once

#include "recogniser.h"

namespace newsindex {

// Single words and the phrases they head: "now", "right now", "recently", "current", "recent
// weeks", "at present", "at a later date".
void recognise_vague_word(const ScanText& s, std::size_t i, LongestCandidate& out);
// A plural unit with no count: "for years", "within weeks", "over the years", "in past years".
void recognise_unknown_amount(const ScanText& s, std::size_t i, LongestCandidate& out);
// "these days".
void recognise_these_days(const ScanText& s, std::size_t i, LongestCandidate& out);

// "the future", "the near future", "the near term", "the past", "the present" at `the`; claims
// the phrase when it is one (see the_phrases.h).
[[nodiscard]] bool read_the_vague_reference(const ScanText& s, std::size_t the,
                                            LongestCandidate& out);

}  // namespace newsindex
