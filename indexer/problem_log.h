// The ProblemReporter of a command-line run: prints "FILE:LINE: kind: reason" and counts.
#pragma once

#include <cstddef>
#include <ostream>
#include <stdexcept>

#include "problem_reporter.h"

namespace newsindex {

// Thrown by a strict ProblemLog at the first problem, after printing it.
class StrictModeStop : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class ProblemLog final : public ProblemReporter {
 public:
  ProblemLog(std::ostream& out, bool strict) : out_(out), strict_(strict) {}

  void report(ProblemKind kind, const SourceLocation& where, const std::string& reason) override;

  [[nodiscard]] std::size_t skipped() const { return skipped_; }
  [[nodiscard]] std::size_t dropped() const { return dropped_; }
  [[nodiscard]] std::size_t warnings() const { return warnings_; }

 private:
  std::ostream& out_;
  bool strict_;
  std::size_t skipped_ = 0;
  std::size_t dropped_ = 0;
  std::size_t warnings_ = 0;
};

}  // namespace newsindex
