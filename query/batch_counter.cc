#include "batch_counter.h"

#include <algorithm>
#include <map>
#include <optional>

#include "day_values.h"
#include "facet_counter.h"
#include "facet_names.h"
#include "matcher.h"
#include "news_query_parser.h"
#include "searcher.h"

namespace newsindex {
namespace {

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

// What a line counted, before the rows share their columns.
struct LineCounts {
  std::optional<PublishedSpan> span;
  Histogram histogram;
};

}  // namespace

std::vector<WatchListLine> read_watch_list(std::istream& in) {
  std::vector<WatchListLine> lines;
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    std::string text = trimmed(line);
    if (number == 1 && text.starts_with("\xEF\xBB\xBF")) text = trimmed(text.substr(3));
    if (text.empty() || text.front() == '#') continue;
    lines.push_back({number, std::move(text)});
  }
  return lines;
}

BatchCounter::BatchCounter(const IndexLayout& layout) : reader_(layout) {}

BatchView BatchCounter::run(const BatchRequest& request) {
  return reader_.read([&](const Xapian::Database& database) { return run(database, request); });
}

BatchView BatchCounter::run(const Xapian::Database& database, const BatchRequest& request) const {
  BatchView view;
  view.file = request.file;
  view.where = request.where;
  view.by = request.by;

  // One parser for every line: building it (the stemmer, the resolution) costs more than a parse.
  const std::string language =
      request.stem_language.empty() ? majority_language(database) : request.stem_language;
  const auto resolution =
      std::make_shared<const schema::EntityResolution>(entity_resolution(database, false));
  NewsQueryParser parser(database, language, request.today, folder_, resolution);
  std::optional<Xapian::Query> where;
  if (request.where.find_first_not_of(' ') != std::string::npos) {
    try {
      where = parser.parse(request.where);
    } catch (const QueryError& error) {
      throw QueryError(std::string("--where: ") + error.what());
    }
  }

  // Only the publication day is read per match: the counter of search's `published` facet, with
  // every other facet off, so that the counts are the ones the search reports.
  FacetSelection selection;
  selection.entities.fill(false);
  selection.mentioned = selection.source = selection.language = false;

  std::vector<LineCounts> counts;
  for (const WatchListLine& line : request.lines) {
    BatchRow row;
    row.line = line.number;
    row.query = line.text;
    LineCounts counted;
    try {
      Xapian::Query query = parser.parse(line.text);
      if (where) query = Xapian::Query(Xapian::Query::OP_AND, query, *where);
      FacetCounter counter(selection);
      // No page: match() still checks every document, so the total is exact.
      const Matches matches = match(database, query, {0, 0, SortOrder::kRelevance}, &counter);
      row.total = matches.total;
      counted.span = published_span(counter);
      if (counted.span) {
        row.first = schema::day_label(counted.span->first);
        row.last = schema::day_label(counted.span->last);
        counted.histogram = published_histogram(counter, request.by);
      }
    } catch (const QueryError& error) {
      row.error = request.file + ":" + std::to_string(line.number) + ": " + error.what();
    }
    view.rows.push_back(std::move(row));
    counts.push_back(std::move(counted));
  }

  std::optional<PublishedSpan> all;
  for (const LineCounts& line : counts) {
    if (!line.span) continue;
    if (!all) {
      all = line.span;
    } else {
      all->first = std::min(all->first, line.span->first);
      all->last = std::max(all->last, line.span->last);
    }
  }
  if (all) view.periods = period_labels(all->first, all->last, request.by);
  std::map<std::string, std::size_t> column;
  for (std::size_t i = 0; i < view.periods.size(); ++i) column[view.periods[i]] = i;
  for (std::size_t r = 0; r < view.rows.size(); ++r) {
    BatchRow& row = view.rows[r];
    if (!row.error.empty()) continue;
    row.counts.assign(view.periods.size(), 0);
    for (const FacetValue& bucket : counts[r].histogram.buckets)
      row.counts[column.at(bucket.label)] = bucket.count;
  }
  return view;
}

}  // namespace newsindex
