#include "searcher.h"

#include "news_query_parser.h"

namespace newsindex {
namespace {

// A writer committing while we read can invalidate our snapshot more than once in a row.
constexpr int kMaxReopens = 5;

void set_sort(Xapian::Enquire& enquire, SortOrder sort, std::unique_ptr<Xapian::KeyMaker>& keeper) {
  if (sort == SortOrder::kRelevance) return;
  // Articles without a date sort last in both directions, rather than first when oldest.
  auto keys = std::make_unique<Xapian::MultiValueKeyMaker>();
  bool newest = sort == SortOrder::kNewest;
  keys->add_value(schema::kPublishedTimeSlot, newest, newest ? std::string() : std::string("\xff"));
  enquire.set_sort_by_key_then_relevance(keys.get(), false);
  keeper = std::move(keys);
}

}  // namespace

Searcher::Searcher(const IndexLayout& layout) : database_(layout.open_for_reading()) {}

std::string Searcher::majority_language() const {
  std::string best;
  Xapian::doccount best_count = 0;
  std::string prefix(schema::language_term_prefix());
  for (auto term = database_.allterms_begin(prefix); term != database_.allterms_end(prefix);
       ++term) {
    if (term.get_termfreq() > best_count) {
      best_count = term.get_termfreq();
      best = (*term).substr(prefix.size());
    }
  }
  return best;
}

SearchResult Searcher::search(const SearchRequest& request) {
  for (int attempt = 0;; ++attempt) {
    try {
      return run(request);
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == kMaxReopens) throw;
      database_.reopen();
    }
  }
}

SearchResult Searcher::run(const SearchRequest& request) {
  SearchResult result;
  result.query_text = request.query;
  result.stem_language =
      request.stem_language.empty() ? majority_language() : request.stem_language;
  result.offset = request.offset;
  result.limit = request.limit;
  result.sort = request.sort;
  result.archive_size = database_.get_doccount();

  NewsQueryParser parser(database_, result.stem_language, request.today, folder_);
  Xapian::Query query = parser.parse(request.query);
  result.parsed_query = query.get_description();

  Xapian::Enquire enquire(database_);
  enquire.set_query(query);
  std::unique_ptr<Xapian::KeyMaker> sort_keys;
  set_sort(enquire, request.sort, sort_keys);
  std::optional<FacetCounter> counter;
  if (request.facets) {
    counter.emplace(request.facets->selection);
    enquire.add_matchspy(&*counter);
  }
  // Asking Xapian to check every document makes the total, and the facet counts, exact.
  Xapian::MSet matches =
      enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                       static_cast<Xapian::doccount>(request.limit), result.archive_size);
  result.total = matches.get_matches_estimated();
  result.exact = matches.get_matches_lower_bound() == matches.get_matches_upper_bound();
  if (counter) {
    result.facets =
        build_facet_report(*counter, database_, result.total, *request.facets, *folder_);
  }

  Xapian::Stem stemmer = schema::stemmer_for(result.stem_language);
  for (auto match = matches.begin(); match != matches.end(); ++match) {
    SearchHit hit;
    hit.rank = match.get_rank() + 1;
    hit.percent = match.get_percent();
    hit.weight = match.get_weight();
    Xapian::Document document = match.get_document();
    hit.article = schema::decode_document_data(document.get_data());
    const std::string facet_value = document.get_value(schema::kFacetSlot);
    const schema::FacetFields fields = schema::parse_facet_fields(facet_value);
    hit.entities = schema::decode_entity_facets(fields.entities);
    std::string_view dates = fields.mentioned;
    std::string_view date;
    while (schema::next_mentioned_date(dates, date)) hit.mentioned_dates.emplace_back(date);
    std::vector<std::string> terms(enquire.get_matching_terms_begin(match),
                                   enquire.get_matching_terms_end(match));
    hit.snippet = snippets_.build(hit.article.text, terms, stemmer);
    result.hits.push_back(std::move(hit));
  }
  return result;
}

}  // namespace newsindex
