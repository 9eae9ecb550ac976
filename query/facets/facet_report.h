// Turns a FacetCounter's raw counts into what users see: the top values of each facet, date
// histograms with empty buckets filled in, and the filter that selects each value.
#pragma once

#include <xapian.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "facet_counter.h"
#include "facet_names.h"

namespace newsindex {

enum class FacetOrder { kCount, kSignificant };
// Weeks are ISO 8601 weeks ("2025-W14", Monday to Sunday).
enum class Granularity { kAuto, kYear, kMonth, kWeek, kDay };

struct FacetOptions {
  FacetSelection selection;
  std::size_t limit = 10;  // values per list; 0 for all
  FacetOrder order = FacetOrder::kCount;
  Granularity by = Granularity::kAuto;
};

struct FacetValue {
  std::string label;  // "Vladimir Putin", "Baltic Wire", "2025-04"
  std::size_t count = 0;
  std::string filter;  // adding it to the query selects exactly these `count` articles
  // For --facet-order significant: articles with this value in the whole archive, and the
  // JLH score (how over-represented the value is in the matches).
  std::size_t background = 0;
  double score = 0;
};

struct FacetList {
  std::string name;  // "person", "org", "place", "source", "lang"
  std::vector<FacetValue> values;
  std::size_t distinct = 0;  // values counted, before the limit
};

struct Histogram {
  std::string name;  // "published", "mentioned"
  Granularity by = Granularity::kMonth;
  std::vector<FacetValue> buckets;  // every period from the first to the last, empty ones too
};

struct FacetReport {
  bool exact = true;
  // Counted from the totals the index keeps (a search of every article) rather than by reading
  // the matches.
  bool from_totals = false;
  std::size_t documents_counted = 0;
  FacetOrder order = FacetOrder::kCount;
  std::vector<FacetList> lists;
  std::vector<Histogram> histograms;
};

// match_total: the size of the match set the counter saw (for exactness and significance).
// `names` gives the names of the values shown. `archive`: the counts of the whole archive, the
// background of --facet-order significant; without it, a value's background is the number of
// articles with its own term (which is the same unless the index resolves names).
[[nodiscard]] FacetReport build_facet_report(const FacetCounter& counter, FacetNames& names,
                                             const Xapian::Database& database,
                                             Xapian::doccount match_total,
                                             const FacetOptions& options,
                                             const FacetCounter* archive = nullptr);

// The filter that selects a named facet's value, as facet lists print it:
// person:"=Vladimir Putin", source:"Baltic Wire", lang:en.
[[nodiscard]] std::string value_filter(schema::NamedFacet facet, const schema::FacetName& name);

[[nodiscard]] const char* granularity_name(Granularity by);

// The first and last publication day of the articles `counter` counted (by published_days).
struct PublishedSpan {
  std::chrono::year_month_day first;
  std::chrono::year_month_day last;
};
[[nodiscard]] std::optional<PublishedSpan> published_span(const FacetCounter& counter);

// The `published` histogram of the articles `counter` counted: every period from the first
// article's to the last one's. Searches and batch rows both take their counts from here, so that
// a batch row's counts are those its search reports.
[[nodiscard]] Histogram published_histogram(const FacetCounter& counter, Granularity by);

// Every period label ("1987", "1987-03", "1987-W10", "1987-03-02") from the one holding `first` to
// the one holding `last`; kAuto picks the granularity histograms pick for that span.
[[nodiscard]] std::vector<std::string> period_labels(std::chrono::year_month_day first,
                                                     std::chrono::year_month_day last,
                                                     Granularity by);

}  // namespace newsindex
