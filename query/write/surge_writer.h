// The writers of `newsquery surges` (README.md, "Who surged"): per period of the matches, the
// entities most over-represented in it.
#pragma once

#include <ostream>

#include "surge_view.h"

namespace newsindex {

// How many times more common the value is in the period's matches than in the whole archive.
[[nodiscard]] double surge_lift(const FacetValue& value, const SurgePeriod& period,
                                std::size_t archive_size);

// RFC 4180, a header row then a row per listed value:
// period,period_filter,period_matches,facet,rank,value,count,background_count,score,lift,filter.
void write_surges_csv(const SurgeView& view, std::ostream& out);

// One versioned JSON object (kJsonFormatVersion) with every period, empty ones too.
void write_surges_json(const SurgeView& view, std::ostream& out);

// Aligned per period for a terminal; periods without matches are left out.
void write_surges_human(const SurgeView& view, std::ostream& out, bool colour);

}  // namespace newsindex
