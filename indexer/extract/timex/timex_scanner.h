// Finds temporal expressions in tokenised text and records what each one
// means (TimexCandidate) without applying any reference date.
#pragma once

#include <span>
#include <vector>

#include "locale_calendar_vocabulary.h"
#include "recogniser.h"
#include "text_tokens.h"
#include "timex_candidate.h"

namespace newsindex {

class TimexScanner {
 public:
  explicit TimexScanner(const LocaleCalendarVocabulary& vocabulary) : vocabulary_(vocabulary) {}

  // Non-overlapping candidates in text order.
  [[nodiscard]] std::vector<TimexCandidate> scan(const TokenizedText& tokens) const;

 private:
  const LocaleCalendarVocabulary& vocabulary_;
};

// The scan before its modifier and composition passes: at each token the recognisers in order,
// the longest candidate kept, and the scan resumed after it. Tests run it with one family.
[[nodiscard]] std::vector<TimexCandidate> longest_matches(const ScanText& s,
                                                          std::span<const Recogniser> recognisers);

}  // namespace newsindex
