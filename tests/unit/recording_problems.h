// A ProblemReporter for tests: keeps every report.
#pragma once

#include <string>
#include <vector>

#include "problem_reporter.h"

namespace newsindex::testing {

struct RecordedProblem {
  ProblemKind kind;
  std::string where;
  std::string reason;
};

class RecordingProblems final : public ProblemReporter {
 public:
  void report(ProblemKind kind, const SourceLocation& where, const std::string& reason) override {
    problems.push_back({kind, where.to_string(), reason});
  }
  std::vector<RecordedProblem> problems;
};

}  // namespace newsindex::testing
