#include "problem_log.h"

namespace newsindex {

void ProblemLog::report(ProblemKind kind, const SourceLocation& where, const std::string& reason) {
  const char* label = "warning";
  switch (kind) {
    case ProblemKind::kSkipped:
      ++skipped_;
      label = "skipped";
      break;
    case ProblemKind::kDropped:
      ++dropped_;
      label = "warning";
      break;
    case ProblemKind::kWarning:
      ++warnings_;
      break;
  }
  out_ << where.to_string() << ": " << label << ": " << reason << '\n';
  if (strict_) throw StrictModeStop("stopped at the first problem (--strict)");
}

}  // namespace newsindex
