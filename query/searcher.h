// Runs a search over an index and collects what the printers need.
#pragma once

#include <xapian.h>

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "facet_report.h"
#include "index_layout.h"
#include "schema.h"
#include "snippet_builder.h"

namespace newsindex {

enum class SortOrder { kRelevance, kNewest, kOldest };

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

struct SearchHit {
  std::size_t rank = 0;  // 1-based, counting from the first match, not from the offset
  int percent = 0;
  double weight = 0;
  schema::StoredArticle article;
  Snippet snippet;
  std::vector<schema::DocumentEntity> entities;  // most mentioned first
  std::vector<std::string> mentioned_dates;      // TIMEX3 values, most mentioned first
};

struct SearchResult {
  std::string query_text;
  std::string parsed_query;  // Xapian's description of the query that ran
  std::string stem_language;
  Xapian::doccount total = 0;
  bool exact = true;
  Xapian::doccount archive_size = 0;
  std::size_t offset = 0;
  std::size_t limit = 0;
  SortOrder sort = SortOrder::kRelevance;
  std::vector<SearchHit> hits;
  std::optional<FacetReport> facets;
};

class Searcher {
 public:
  // Throws IndexError when the index cannot be opened.
  explicit Searcher(const IndexLayout& layout);

  // Throws QueryError for a query the user must fix. Retries when a concurrent writer
  // invalidates the snapshot being read.
  [[nodiscard]] SearchResult search(const SearchRequest& request);

  // The language most articles are in: the default stemmer for queries.
  [[nodiscard]] std::string majority_language() const;

  [[nodiscard]] const Xapian::Database& database() const { return database_; }

 private:
  SearchResult run(const SearchRequest& request);

  Xapian::Database database_;
  SnippetBuilder snippets_;
  std::shared_ptr<TextFolder> folder_ = std::make_shared<TextFolder>();
};

}  // namespace newsindex
