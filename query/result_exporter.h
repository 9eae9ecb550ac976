// Exports every article a search matches (newsquery search --format csv|jsonl): parses the query
// as a search does, ranks the matches as a search would (match/match_order.h), then reads and
// writes one article at a time, so that memory does not grow with what is written.
#pragma once

#include <xapian.h>

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "export_writer.h"
#include "index_layout.h"
#include "index_reader.h"
#include "matcher.h"
#include "snippet_builder.h"
#include "text_folder.h"

namespace newsindex {

struct ExportRequest {
  std::string query;
  SortOrder sort = SortOrder::kRelevance;
  std::string stem_language;  // empty: the index's most common language
  std::chrono::year_month_day today;
  std::size_t offset = 0;            // matches skipped
  std::optional<std::size_t> limit;  // none: every match from the offset on
  std::vector<ExportField> fields;   // what the rows need read
};

struct ExportSummary {
  Xapian::doccount total = 0;  // matches of the query
  std::size_t written = 0;     // rows written
};

class ResultExporter {
 public:
  // Throws IndexError when the index cannot be opened.
  explicit ResultExporter(const IndexLayout& layout);

  // Writes the header and a row per match to `writer`. Throws QueryError for a query the user
  // must fix, IndexError for an index that cannot be read, or that a writer's commits changed
  // under an export already under way (rows cannot be taken back to start again).
  [[nodiscard]] ExportSummary export_matches(const ExportRequest& request, ExportWriter& writer);

 private:
  IndexReader reader_;
  SnippetBuilder snippets_;
  std::shared_ptr<TextFolder> folder_ = std::make_shared<TextFolder>();
};

}  // namespace newsindex
