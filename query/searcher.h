// Runs a search over an index, step by step: parse the query (parse/), match it (match/), count
// facets over every match (facets/), and build the report (views/) that writers print.
#pragma once

#include <xapian.h>

#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include "facet_report.h"
#include "index_layout.h"
#include "search_view.h"
#include "snippet_builder.h"

namespace newsindex {

struct SearchRequest {
  std::string query;
  std::size_t offset = 0;
  std::size_t limit = 10;
  SortOrder sort = SortOrder::kRelevance;
  // Stemmer language for the query words; empty means the index's most common language.
  std::string stem_language;
  std::chrono::year_month_day today;
  // Facets to count over the whole match set; none when empty.
  std::optional<FacetOptions> facets;
};

class Searcher {
 public:
  // Throws IndexError when the index cannot be opened.
  explicit Searcher(const IndexLayout& layout);

  // Throws QueryError for a query the user must fix. Retries when a concurrent writer
  // invalidates the snapshot being read.
  [[nodiscard]] SearchView search(const SearchRequest& request);

  [[nodiscard]] const Xapian::Database& database() const { return database_; }

 private:
  [[nodiscard]] SearchView run(const SearchRequest& request) const;

  Xapian::Database database_;
  SnippetBuilder snippets_;
  std::shared_ptr<TextFolder> folder_ = std::make_shared<TextFolder>();
};

}  // namespace newsindex
