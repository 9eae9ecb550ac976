#include "searcher.h"

#include <algorithm>

#include "facet_counter.h"
#include "facet_names.h"
#include "hit_entities.h"
#include "news_query_parser.h"

namespace newsindex {
namespace {

// The entities among the matches that an entity filter of one word may mean: those of its kind
// with the word in their name, most articles first. Only the most frequent values are read (their
// names are looked up one by one), so on a broad word the count is a lower bound.
std::optional<AmbiguousFilter> ambiguous_filter(const FacetCounter& counter, FacetNames& names,
                                                schema::EntityKind kind, const std::string& word) {
  constexpr std::size_t kNamesRead = 1000;
  constexpr std::size_t kShown = 5;
  const schema::NamedFacet facet = *schema::named_facet_of(kind);
  if (!counter.selection().named(facet)) return std::nullopt;
  const OrdinalCounts& counts = counter.named(facet);
  const std::vector<schema::Ordinal> ranked = counts.ranked(
      kNamesRead, [&](schema::Ordinal ordinal) { return names.hidden(facet, ordinal); });
  const std::size_t read = std::min(kNamesRead, ranked.size());
  AmbiguousFilter found;
  found.kind = kind;
  const std::string field(schema::entity_kind_info(kind).field);
  found.filter = field + ":" + word;
  for (std::size_t i = 0; i < read; ++i) {
    const schema::FacetName& name = names.find(facet, ranked[i]);
    if ((" " + name.key + " ").find(" " + word + " ") == std::string::npos) continue;
    ++found.entities;
    if (found.shown.size() < kShown) {
      FacetValue value;
      value.label = name.display;
      value.count = counts.count(ranked[i]);
      value.filter = field + ":\"=" + name.display + "\"";
      found.shown.push_back(std::move(value));
    }
  }
  if (found.entities < 2) return std::nullopt;
  return found;
}

}  // namespace

void count_archive_as_resolved(const Xapian::Database& database, const IndexLayout& layout,
                               const schema::EntityResolution& resolution,
                               const FacetSelection& selection,
                               std::optional<FacetCounter>& archive) {
  if (resolution.mappings().empty()) return;
  if (auto totals = index_totals(database, layout)) {
    archive.emplace(selection, &resolution);
    archive->count_totals(totals->totals, totals->digest, database);
  }
}

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
  const auto shared_resolution =
      std::make_shared<const schema::EntityResolution>(entity_resolution(database, false));
  const schema::EntityResolution& resolution = *shared_resolution;
  NewsQueryParser parser(database, view.stem_language, request.today, folder_, shared_resolution);
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
    // Under a resolution, a value's background for significance is its count as resolved: a
    // search of every article has just counted it.
    const FacetCounter* background = nullptr;
    std::optional<FacetCounter> archive;
    if (request.facets->order == FacetOrder::kSignificant && !resolution.mappings().empty()) {
      if (counter->from_totals()) {
        background = &*counter;
      } else {
        count_archive_as_resolved(database, reader_.layout(), resolution, request.facets->selection,
                                  archive);
        if (archive) background = &*archive;
      }
    }
    view.facets =
        build_facet_report(*counter, names, database, view.total, *request.facets, background);
    for (const auto& [kind, word] : parser.entity_word_filters()) {
      if (auto ambiguous = ambiguous_filter(*counter, names, kind, word))
        view.ambiguous_filters.push_back(std::move(*ambiguous));
    }
  }
  Xapian::Stem stemmer = schema::stemmer_for(view.stem_language);
  const HitEntityResolver entities(resolution);
  for (auto hit = matches.page.begin(); hit != matches.page.end(); ++hit) {
    view.hits.push_back(hit_view(matches.enquire, hit, snippets_, stemmer));
    entities.resolve(view.hits.back().entities, hit.get_document());
  }
  return view;
}

}  // namespace newsindex
