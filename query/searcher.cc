#include "searcher.h"

#include "facet_counter.h"
#include "facet_names.h"
#include "news_query_parser.h"

namespace newsindex {
namespace {

// The language most articles are in: the default stemmer for queries.
std::string majority_language(const Xapian::Database& database) {
  std::string best;
  Xapian::doccount best_count = 0;
  std::string prefix(schema::language_term_prefix());
  for (auto term = database.allterms_begin(prefix); term != database.allterms_end(prefix); ++term) {
    if (term.get_termfreq() > best_count) {
      best_count = term.get_termfreq();
      best = (*term).substr(prefix.size());
    }
  }
  return best;
}

}  // namespace

Searcher::Searcher(const IndexLayout& layout) : reader_(layout) {}

SearchView Searcher::search(const SearchRequest& request) {
  return reader_.read([&](const Xapian::Database& database) { return run(database, request); });
}

SearchView Searcher::run(const Xapian::Database& database, const SearchRequest& request) const {
  SearchView view;
  view.query_text = request.query;
  view.stem_language =
      request.stem_language.empty() ? majority_language(database) : request.stem_language;
  view.offset = request.offset;
  view.limit = request.limit;
  view.sort = request.sort;
  view.archive_size = database.get_doccount();

  // Parse.
  const schema::EntityResolution resolution = entity_resolution(database);
  NewsQueryParser parser(database, view.stem_language, request.today, folder_);
  Xapian::Query query = parser.parse(request.query);
  view.parsed_query = query.get_description();

  // Match, counting facets over every match; a search of every article reads the totals the
  // index keeps instead.
  std::optional<FacetCounter> counter;
  if (request.facets && matches_every_article(query)) {
    if (auto totals = index_totals(database, reader_.layout())) {
      counter.emplace(request.facets->selection, &resolution);
      counter->count_totals(totals->totals, totals->digest, database);
    }
  }
  if (request.facets && !counter) counter.emplace(request.facets->selection, &resolution);
  Matches matches = match(database, query, {request.offset, request.limit, request.sort},
                          counter && !counter->from_totals() ? &*counter : nullptr);
  view.total = matches.total;
  view.exact = matches.exact;

  // The facet report, and the hits.
  if (counter) {
    FacetNames names(database, reader_.layout(), &resolution);
    view.facets = build_facet_report(*counter, names, database, view.total, *request.facets);
  }
  Xapian::Stem stemmer = schema::stemmer_for(view.stem_language);
  for (auto hit = matches.page.begin(); hit != matches.page.end(); ++hit)
    view.hits.push_back(hit_view(matches.enquire, hit, snippets_, stemmer));
  return view;
}

}  // namespace newsindex
