// One function per candidate anchor (timex_candidate.h), each turning a candidate into its TIMEX3
// value. The resolver picks the function and keeps the focus up to date between candidates.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "calendar_arithmetic.h"
#include "resolution_focus.h"
#include "tense_estimator.h"
#include "text_tokens.h"
#include "timex_candidate.h"

namespace newsindex {

// What resolving one candidate can draw on.
struct ResolutionContext {
  const TokenizedText& tokens;
  const TenseEstimator& tense_estimator;
  std::optional<calendar::Date> reference;  // the publication date, when known and usable
  Focus& focus;                             // the quarter in focus is set by some anchors
  std::uint32_t sentence;                   // of the candidate's first token

  // Asked only by the anchors that need it: the estimate reads the sentence around c.
  [[nodiscard]] Tense tense(const TimexCandidate& c) const {
    return tense_estimator.around(tokens, c.first_token, c.end_token);
  }
};

struct Resolution {
  std::string value;                  // empty: the candidate yields no mention
  std::optional<calendar::Date> day;  // set when the value names a single day
};

// Dates named by their fields (named_date_anchors.cc).
[[nodiscard]] Resolution resolve_absolute(const TimexCandidate& c, ResolutionContext& ctx);
[[nodiscard]] Resolution resolve_yearless(const TimexCandidate& c, ResolutionContext& ctx);
[[nodiscard]] Resolution resolve_decade(const TimexCandidate& c, const ResolutionContext& ctx);

// Moved from the publication date (reference_anchors.cc).
[[nodiscard]] Resolution resolve_offset(const TimexCandidate& c, ResolutionContext& ctx);
[[nodiscard]] Resolution resolve_weekday(const TimexCandidate& c, const ResolutionContext& ctx);
[[nodiscard]] Resolution resolve_season(const TimexCandidate& c, const ResolutionContext& ctx);

// Leaning on what the text talked about (focus_anchors.cc).
[[nodiscard]] Resolution resolve_year_earlier(const ResolutionContext& ctx);
[[nodiscard]] Resolution resolve_reported_quarter(const TimexCandidate& c, ResolutionContext& ctx);
[[nodiscard]] Resolution resolve_sentence_date(const ResolutionContext& ctx);
[[nodiscard]] Resolution resolve_narrative(const TimexCandidate& c, const ResolutionContext& ctx);

}  // namespace newsindex
