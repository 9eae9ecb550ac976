// What a user asks of a search, as the command line's options and the web API's parameters both
// give it, and the one place that turns it into a SearchRequest: so that `newsquery search
// --json` and `/api/search` answer the same question the same way.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "facet_report.h"
#include "matcher.h"
#include "searcher.h"

namespace newsindex {

// Every facet that can be counted, in the order reports list them: the faceted entity kinds,
// then the two date histograms, sources and languages.
[[nodiscard]] std::vector<std::string> facet_names();

struct SearchParameters {
  std::string query;
  std::size_t limit = 10;
  std::size_t offset = 0;
  SortOrder sort = SortOrder::kRelevance;
  std::string stem_language;  // empty: the index's most common language
  std::chrono::year_month_day today;
  std::vector<std::string> facets = facet_names();  // names from facet_names()
  bool no_facets = false;
  std::size_t facet_limit = 10;
  FacetOrder facet_order = FacetOrder::kCount;
  Granularity by = Granularity::kAuto;
};

// The facets asked for, or none.
[[nodiscard]] std::optional<FacetOptions> facet_options(const SearchParameters& parameters);

// With no query words every article matches equally, and the newest are the useful ones to show:
// such a search by relevance goes by newest.
[[nodiscard]] SearchRequest search_request(const SearchParameters& parameters);

}  // namespace newsindex
