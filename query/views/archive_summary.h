// What the stats commands report about a whole archive, as plain data: facts about the index
// ("newsindex stats": articles, shards, size on disk, date span, schema version, entities), and an
// overview of its contents ("newsquery stats": a search of everything, newest first, with its
// facets). Built by summarize_archive; a summary holds the parts that were asked for.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>

#include "schema.h"
#include "search_view.h"

namespace newsindex {

struct IndexFacts {
  std::string index;  // the folder, as given
  std::size_t articles = 0;
  std::size_t shards = 0;
  std::uintmax_t bytes_on_disk = 0;
  std::string first_published;  // "YYYY-MM-DD", empty when no article has a date
  std::string last_published;
  std::string schema_version;
  // Distinct entities of each faceted kind, by schema::entity_kind_index().
  std::array<std::size_t, schema::kEntityKinds.size()> entities{};
};

struct ArchiveSummary {
  std::optional<IndexFacts> facts;
  std::optional<SearchView> overview;
};

}  // namespace newsindex
