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
#include "index_reader.h"
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

// The background of --facet-order significant under an entity resolution that maps names: the
// whole archive counted as resolved, from the totals the index keeps, into `archive`. Left empty
// when the resolution maps nothing (a value's term frequency is then its background) or the index
// keeps no totals.
void count_archive_as_resolved(const Xapian::Database& database, const IndexLayout& layout,
                               const schema::EntityResolution& resolution,
                               const FacetSelection& selection,
                               std::optional<FacetCounter>& archive);

// The language most articles are in: the default stemmer for queries.
[[nodiscard]] std::string majority_language(const Xapian::Database& database);

class Searcher {
 public:
  // Throws IndexError when the index cannot be opened.
  explicit Searcher(const IndexLayout& layout);

  // Throws QueryError for a query the user must fix, IndexError for an index that cannot be read
  // (see IndexReader::read, which also retries when a writer's commit gets in the way).
  [[nodiscard]] SearchView search(const SearchRequest& request);

 private:
  [[nodiscard]] SearchView run(const Xapian::Database& database,
                               const SearchRequest& request) const;

  IndexReader reader_;
  SnippetBuilder snippets_;
  std::shared_ptr<TextFolder> folder_ = std::make_shared<TextFolder>();
};

}  // namespace newsindex
