#include "surge_finder.h"

#include <algorithm>
#include <optional>

#include "facet_names.h"
#include "matcher.h"
#include "news_query_parser.h"
#include "searcher.h"

namespace newsindex {

SurgeFinder::SurgeFinder(const IndexLayout& layout) : reader_(layout) {}

SurgeView SurgeFinder::run(const SurgeRequest& request) {
  return reader_.read([&](const Xapian::Database& database) { return run(database, request); });
}

SurgeView SurgeFinder::run(const Xapian::Database& database, const SurgeRequest& request) const {
  SurgeView view;
  view.query_text = request.query;
  view.stem_language =
      request.stem_language.empty() ? majority_language(database) : request.stem_language;
  view.archive_size = database.get_doccount();
  view.top = request.top;
  view.min_count = request.min_count;

  const auto shared_resolution =
      std::make_shared<const schema::EntityResolution>(entity_resolution(database, false));
  const schema::EntityResolution& resolution = *shared_resolution;
  NewsQueryParser parser(database, view.stem_language, request.today, folder_, shared_resolution);
  const Xapian::Query query = parser.parse(request.query);

  // The periods: the published histogram of the matches, as search draws it.
  FacetSelection dates;
  dates.entities.fill(false);
  dates.mentioned = dates.source = dates.language = false;
  FacetCounter date_counter(dates);
  view.total = match(database, query, {0, 0, SortOrder::kRelevance}, &date_counter).total;
  const Histogram histogram = published_histogram(date_counter, request.by);
  view.by = histogram.by;

  // Only entity facets are ranked, all their values scored, so that --min-count can pass over
  // rare ones before the top are kept.
  FacetOptions options;
  options.selection = request.selection;
  options.selection.published = options.selection.mentioned = false;
  options.selection.source = options.selection.language = false;
  options.limit = 0;
  options.order = FacetOrder::kSignificant;
  std::optional<FacetCounter> archive;
  count_archive_as_resolved(database, reader_.layout(), resolution, options.selection, archive);
  FacetNames names(database, reader_.layout(), &resolution);

  for (const FacetValue& bucket : histogram.buckets) {
    SurgePeriod period{bucket, {}};
    if (bucket.count > 0) {
      const Xapian::Query in_period(Xapian::Query::OP_FILTER, query, parser.parse(bucket.filter));
      FacetCounter counter(options.selection, &resolution);
      const Matches matches = match(database, in_period, {0, 0, SortOrder::kRelevance}, &counter);
      FacetReport report = build_facet_report(counter, names, database, matches.total, options,
                                              archive ? &*archive : nullptr);
      for (FacetList& list : report.lists) {
        std::erase_if(list.values, [&](const FacetValue& value) {
          return value.count < request.min_count || value.score <= 0;
        });
        if (list.values.size() > request.top) list.values.resize(request.top);
        period.lists.push_back(std::move(list));
      }
    }
    view.periods.push_back(std::move(period));
  }
  return view;
}

}  // namespace newsindex
