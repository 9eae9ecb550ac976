// Finds temporal expressions in tokenised text and records what each one
// means (TimexCandidate) without applying any reference date.
#pragma once

#include <vector>

#include "locale_calendar_vocabulary.h"
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

}  // namespace newsindex
