#include "indexing_run.h"

#include <functional>
#include <iomanip>
#include <ostream>

#include "line_reader.h"

namespace newsindex {

IndexingSummary IndexingRun::run(const std::vector<InputFile>& files) {
  auto started = std::chrono::steady_clock::now();
  IndexingSummary summary;
  try {
    for (const InputFile& file : files) index_file(file, summary);
  } catch (const StrictModeStop&) {
    summary.stopped_early = true;
  }
  writer_.commit();
  summary.skipped = problems_.skipped();
  summary.dropped = problems_.dropped();
  summary.warnings = problems_.warnings();
  summary.elapsed = std::chrono::steady_clock::now() - started;
  return summary;
}

void IndexingRun::index_file(const InputFile& file, IndexingSummary& summary) {
  ++summary.files;
  try {
    std::unique_ptr<ArticleReader> reader = open_reader(file, problems_);
    while (std::optional<Article> article = reader->next()) {
      note_duplicate(*article);
      Xapian::Document document = builder_.build(*article, analyzer_.analyze(*article));
      if (writer_.write(article->id, document) == WriteOutcome::kAdded) {
        ++summary.added;
      } else {
        ++summary.replaced;
      }
    }
    summary.bytes += file.size_bytes;
  } catch (const InputError& error) {
    // The message already names the file; what was read before the error stays indexed.
    std::string message = error.what();
    std::string prefix = file.display_name + ": ";
    if (message.starts_with(prefix)) message.erase(0, prefix.size());
    problems_.report(ProblemKind::kSkipped, {file.display_name, 0}, message);
  }
}

void IndexingRun::note_duplicate(const Article& article) {
  if (!seen_ids_.insert(std::hash<std::string>{}(article.id)).second) {
    problems_.report(ProblemKind::kWarning, article.origin,
                     "duplicate id \"" + article.id +
                         "\" earlier in this run; this record replaces the earlier one");
  }
}

void print_summary(const IndexingSummary& summary, std::ostream& out) {
  double seconds = summary.elapsed.count();
  double rate = seconds > 0 ? static_cast<double>(summary.articles()) / seconds : 0.0;
  out << summary.articles() << (summary.articles() == 1 ? " article" : " articles") << " from "
      << summary.files << (summary.files == 1 ? " file" : " files") << ": " << summary.added
      << " added, " << summary.replaced << " replaced, " << summary.skipped << " skipped";
  if (summary.dropped > 0) out << ", " << summary.dropped << " indexed with a field dropped";
  if (summary.warnings > 0) out << ", " << summary.warnings << " warnings";
  out << " in " << std::fixed << std::setprecision(1) << seconds << " s ("
      << std::setprecision(0) << rate << " articles/s)\n";
  if (summary.stopped_early) out << "stopped at the first problem (--strict)\n";
}

}  // namespace newsindex
