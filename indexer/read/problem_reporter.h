// Collects what went wrong with the input, so that a run can go on, count it and say it.
#pragma once

#include <string>

#include "source_location.h"

namespace newsindex {

enum class ProblemKind {
  // The record or file was not indexed at all.
  kSkipped,
  // The record was indexed, but something in it was dropped (an unparsable date).
  kDropped,
  // The record was indexed as it is meant to be, but the user should know (a duplicate id).
  kWarning,
};

// Receives every input problem. Implementations print and count them; in strict mode they may
// throw to stop the run at the first problem.
class ProblemReporter {
 public:
  virtual ~ProblemReporter() = default;
  virtual void report(ProblemKind kind, const SourceLocation& where, const std::string& reason) = 0;
};

}  // namespace newsindex
