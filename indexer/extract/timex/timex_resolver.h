// Turns scanner candidates into TIMEX3 values by applying the publication
// date, the tense of the clause and what the text last talked about (the
// quarter in focus for "a year earlier", the date in focus for a clock time).
#pragma once

#include <chrono>
#include <optional>
#include <vector>

#include "date_tagger.h"
#include "tense_estimator.h"
#include "text_tokens.h"
#include "timex_candidate.h"

namespace newsindex {

class TimexResolver {
 public:
  explicit TimexResolver(const TenseEstimator& tense) : tense_(tense) {}

  [[nodiscard]] std::vector<TimexMention> resolve(
      const TokenizedText& tokens, const std::vector<TimexCandidate>& candidates,
      std::optional<std::chrono::year_month_day> reference) const;

 private:
  const TenseEstimator& tense_;
};

}  // namespace newsindex
