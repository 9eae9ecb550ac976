// The names of an index's people, organisations and places, by ordinal, with how many articles
// name each: what the entity resolver decides from.
#pragma once

#include <xapian.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "schema.h"

namespace newsindex {

class IndexNames {
 public:
  // `shards`: each shard of the index (names and totals are kept per shard).
  explicit IndexNames(const std::vector<Xapian::Database>& shards);

  // nullptr for an ordinal no shard names.
  [[nodiscard]] const schema::FacetName* name(schema::NamedFacet facet,
                                              schema::Ordinal ordinal) const;
  [[nodiscard]] std::optional<schema::Ordinal> find(schema::NamedFacet facet,
                                                    const std::string& key) const;
  [[nodiscard]] std::uint32_t articles(schema::NamedFacet facet, schema::Ordinal ordinal) const;
  [[nodiscard]] std::size_t size(schema::NamedFacet facet) const {
    return names_[schema::named_facet_index(facet)].size();
  }
  [[nodiscard]] std::uint64_t total_articles() const { return totals_.articles; }
  [[nodiscard]] const schema::FacetTotals& totals() const { return totals_; }

 private:
  std::array<std::vector<std::optional<schema::FacetName>>, schema::kNamedFacets.size()> names_;
  std::array<std::unordered_map<std::string, schema::Ordinal>, schema::kNamedFacets.size()> by_key_;
  schema::FacetTotals totals_;
};

}  // namespace newsindex
