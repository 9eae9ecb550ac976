// Guesses whether the clause around an expression talks about the past or
// the future, which decides e.g. whether "on Friday" is the previous or the
// next Friday relative to the publication date.
#pragma once

#include <cstddef>

#include "locale_calendar_vocabulary.h"
#include "text_tokens.h"

namespace newsindex {

enum class Tense : unsigned char { Unknown, Past, Future };

class TenseEstimator {
 public:
  explicit TenseEstimator(const LocaleCalendarVocabulary& vocabulary) : vocabulary_(vocabulary) {}

  // The nearest tense cue inside the sentence wins; cues before the
  // expression win ties because English news puts the verb first.
  [[nodiscard]] Tense around(const TokenizedText& tokens, std::size_t first, std::size_t end) const;

 private:
  [[nodiscard]] Tense cue(const TokenizedText& tokens, std::size_t i) const;
  const LocaleCalendarVocabulary& vocabulary_;
};

}  // namespace newsindex
