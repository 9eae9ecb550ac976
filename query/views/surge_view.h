// The report of `newsquery surges`: for each period of the matches, the entities most
// over-represented in that period's matches against the whole archive (who surged when).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "facet_report.h"

namespace newsindex {

struct SurgePeriod {
  // label "1987-03", count: the matches published in it, filter "date:1987-03".
  FacetValue period;
  // One list per entity facet asked for, most significant first; each value's filter, added to
  // the query and the period's filter, selects exactly its `count` articles. Empty lists for an
  // empty period.
  std::vector<FacetList> lists;
};

struct SurgeView {
  std::string query_text;
  std::string stem_language;
  Granularity by = Granularity::kMonth;
  std::size_t total = 0;         // matches, dated or not
  std::size_t archive_size = 0;  // articles in the index: the background of every score
  std::size_t top = 0;           // values kept per list
  std::size_t min_count = 0;     // values in fewer of a period's matches are never listed
  // Every period from the first dated match's to the last one's, empty ones too.
  std::vector<SurgePeriod> periods;
};

}  // namespace newsindex
