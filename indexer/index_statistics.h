// What "newsindex stats" reports about an index.
#pragma once

#include <array>
#include <cstdint>
#include <ostream>
#include <string>

#include "index_layout.h"
#include "schema.h"

namespace newsindex {

struct IndexStatistics {
  std::string index;
  std::size_t articles = 0;
  std::size_t shards = 0;
  std::uintmax_t bytes_on_disk = 0;
  std::string first_published;  // "YYYY-MM-DD", empty when no article has a date
  std::string last_published;
  std::string schema_version;
  // Distinct entities of each faceted kind, by schema::entity_kind_index().
  std::array<std::size_t, schema::kEntityKinds.size()> entities{};
};

// Throws IndexError.
[[nodiscard]] IndexStatistics collect_statistics(const IndexLayout& layout);

void print_statistics(const IndexStatistics& statistics, std::ostream& out);
void print_statistics_json(const IndexStatistics& statistics, std::ostream& out);

}  // namespace newsindex
