// Finds who surged when (`newsquery surges`): splits a query's matches by publication period and
// ranks each period's entities by how over-represented they are there against the whole archive,
// with the JLH score of `--facet-order significant`. Each period is counted as the search of the
// query with the period's date filter added, so its lists are what that search would show.
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "facet_counter.h"
#include "index_layout.h"
#include "index_reader.h"
#include "surge_view.h"
#include "text_folder.h"

namespace newsindex {

struct SurgeRequest {
  std::string query;
  Granularity by = Granularity::kMonth;
  // The entity facets to rank; the other facets of the selection are ignored.
  FacetSelection selection;
  std::size_t top = 5;
  std::size_t min_count = 3;
  std::string stem_language;  // empty: the index's most common language, as search does
  std::chrono::year_month_day today;
};

class SurgeFinder {
 public:
  // Throws IndexError when the index cannot be opened.
  explicit SurgeFinder(const IndexLayout& layout);

  // Throws QueryError for a query the user must fix.
  [[nodiscard]] SurgeView run(const SurgeRequest& request);

 private:
  [[nodiscard]] SurgeView run(const Xapian::Database& database, const SurgeRequest& request) const;

  IndexReader reader_;
  std::shared_ptr<TextFolder> folder_ = std::make_shared<TextFolder>();
};

}  // namespace newsindex
