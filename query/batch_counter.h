// Runs a watch list (`newsquery batch`): one query per line, each counted as `newsquery search`
// counts it (same parser, same match, same published histogram), over one open index.
#pragma once

#include <chrono>
#include <istream>
#include <memory>
#include <string>
#include <vector>

#include "batch_view.h"
#include "index_layout.h"
#include "index_reader.h"
#include "text_folder.h"

namespace newsindex {

struct WatchListLine {
  std::size_t number = 0;  // from 1
  std::string text;        // trimmed
};

// The lines of a watch list that hold a query: blank lines and lines starting with '#' (after
// leading blanks) are left out.
[[nodiscard]] std::vector<WatchListLine> read_watch_list(std::istream& in);

struct BatchRequest {
  std::string file;  // named in the error of a line: FILE:LINE
  std::vector<WatchListLine> lines;
  // Added to every line, as if the search were `(LINE) AND (WHERE)`; empty for none.
  std::string where;
  Granularity by = Granularity::kMonth;
  std::string stem_language;  // empty: the index's most common language, as search does
  std::chrono::year_month_day today;
};

class BatchCounter {
 public:
  // Throws IndexError when the index cannot be opened.
  explicit BatchCounter(const IndexLayout& layout);

  // A line that does not parse gives a row with its error; QueryError is thrown only for a
  // `where` that does not parse, which no line could run with.
  [[nodiscard]] BatchView run(const BatchRequest& request);

 private:
  [[nodiscard]] BatchView run(const Xapian::Database& database, const BatchRequest& request) const;

  IndexReader reader_;
  std::shared_ptr<TextFolder> folder_ = std::make_shared<TextFolder>();
};

}  // namespace newsindex
