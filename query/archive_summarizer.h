// Summarises a whole archive for the two stats commands, "newsindex stats" (facts about the index)
// and "newsquery stats" (an overview of what it holds): one implementation, one view
// (views/archive_summary.h), written by the same writers as every other report.
#pragma once

#include <cstddef>
#include <optional>

#include "archive_summary.h"
#include "facet_report.h"
#include "index_layout.h"

namespace newsindex {

// The overview: a search of every article, the newest first.
struct OverviewRequest {
  std::size_t newest = 5;              // articles shown
  std::optional<FacetOptions> facets;  // counted over the whole archive; none when empty
};

struct SummaryRequest {
  bool facts = false;
  std::optional<OverviewRequest> overview;
};

// Throws IndexError when the index cannot be opened or read.
[[nodiscard]] ArchiveSummary summarize_archive(const IndexLayout& layout,
                                               const SummaryRequest& request);

}  // namespace newsindex
