#include "archive_summarizer.h"

#include <algorithm>

#include "date_range.h"
#include "facet_counter.h"
#include "facet_names.h"
#include "index_reader.h"
#include "searcher.h"

namespace newsindex {
namespace {

std::size_t count_terms(const Xapian::Database& database, std::string_view prefix) {
  std::size_t count = 0;
  std::string start(prefix);
  for (auto term = database.allterms_begin(start); term != database.allterms_end(start); ++term) {
    ++count;
  }
  return count;
}

std::string day_text(const std::string& value) {
  auto day = schema::parse_day_value(value);
  return day ? schema::day_label(*day) : std::string();
}

IndexFacts index_facts(const Xapian::Database& database, const IndexLayout& layout) {
  IndexFacts facts;
  facts.index = layout.folder().string();
  facts.articles = database.get_doccount();
  facts.shards = layout.shard_paths().size();
  facts.bytes_on_disk = layout.size_on_disk();
  facts.schema_version = database.get_metadata(std::string(schema::kVersionKey));
  if (facts.articles > 0) {
    facts.first_published = day_text(database.get_value_lower_bound(schema::kPublishedDaySlot));
    facts.last_published = day_text(database.get_value_upper_bound(schema::kPublishedDaySlot));
  }
  // Entities with at least one article: from the totals the index keeps when it has them, which
  // is one value per shard rather than one term per entity.
  // Entities are counted as resolved (schema/entity_resolution.h), without hidden ones.
  std::optional<IndexTotals> totals = index_totals(database, layout);
  const schema::EntityResolution resolution = entity_resolution(database, false);
  FacetSelection entities{{true, true, true, false}, false, false, false, false};
  FacetCounter counter(entities, &resolution);
  if (totals) counter.count_totals(totals->totals, totals->digest, database);
  for (schema::EntityKind kind : schema::kFacetedEntityKinds) {
    std::size_t& count = facts.entities[schema::entity_kind_index(kind)];
    if (!totals) {
      count = count_terms(database, schema::entity_term_prefix(kind));
      continue;
    }
    const schema::NamedFacet facet = *schema::named_facet_of(kind);
    const OrdinalCounts& counts = counter.named(facet);
    count = static_cast<std::size_t>(
        std::count_if(counts.seen().begin(), counts.seen().end(), [&](schema::Ordinal ordinal) {
          return counts.count(ordinal) > 0 && !resolution.is_hidden({facet, ordinal});
        }));
  }
  return facts;
}

SearchRequest everything(const OverviewRequest& overview) {
  SearchRequest request;
  request.limit = overview.newest;
  // Every article matches equally: the newest are the useful ones to show.
  request.sort = SortOrder::kNewest;
  request.today = local_today();
  request.facets = overview.facets;
  return request;
}

}  // namespace

ArchiveSummary summarize_archive(const IndexLayout& layout, const SummaryRequest& request) {
  ArchiveSummary summary;
  if (request.facts) {
    summary.facts = IndexReader(layout).read(
        [&](const Xapian::Database& database) { return index_facts(database, layout); });
  }
  if (request.overview) summary.overview = Searcher(layout).search(everything(*request.overview));
  return summary;
}

}  // namespace newsindex
