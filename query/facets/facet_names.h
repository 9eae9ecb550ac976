// The names of facet ordinals (schema/named_facets.h), looked up only for the values a report
// shows. A name is in every shard holding an article with that value: the database being searched
// answers for its first shard, and the other shards are opened on their own when a name is not
// there (at their latest revision, which has every name an earlier one had).
#pragma once

#include <xapian.h>

#include <filesystem>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "index_layout.h"
#include "schema.h"

namespace newsindex {

class FacetNames {
 public:
  // `database` is the index `layout` opened for reading; both, and `resolution` (which names the
  // values it defines and the values users renamed), must outlive this object.
  FacetNames(const Xapian::Database& database, const IndexLayout& layout,
             const schema::EntityResolution* resolution = nullptr)
      : database_(database), layout_(layout), resolution_(resolution) {}

  // Throws Xapian::DatabaseCorruptError when no shard has the name: the index is damaged.
  [[nodiscard]] const schema::FacetName& find(schema::NamedFacet facet, schema::Ordinal ordinal);
  // Whether the value is left out of facet lists (a user's "hide").
  [[nodiscard]] bool hidden(schema::NamedFacet facet, schema::Ordinal ordinal) const {
    return resolution_ != nullptr && !resolution_->hidden().empty() &&
           resolution_->is_hidden({facet, ordinal});
  }

 private:
  [[nodiscard]] std::optional<schema::FacetName> in_other_shards(const std::string& key);

  const Xapian::Database& database_;
  const IndexLayout& layout_;
  const schema::EntityResolution* resolution_;
  std::optional<std::vector<Xapian::Database>> other_shards_;
  std::map<std::pair<schema::NamedFacet, schema::Ordinal>, schema::FacetName> found_;
};

// The entity resolution the index keeps (schema/entity_resolution.h); an empty one when it keeps
// none or it is damaged (names then count as extracted, which is still exact). Without
// `reasons`, for counting and filtering, the mappings' reasons and their sources' displayed
// names are not read.
[[nodiscard]] schema::EntityResolution entity_resolution(const Xapian::Database& database,
                                                         bool reasons = true);

// The facet totals of the whole index (schema/facet_totals.h), added up over its shards, or
// nullopt when a shard has none or they do not match its articles (an index being written by
// something that does not keep them): then only counting the articles is exact.
struct IndexTotals {
  schema::FacetTotals totals;
  std::uint64_t digest = 0;  // schema::totals_digest of the shards' stored values, in order
};
[[nodiscard]] std::optional<IndexTotals> index_totals(const Xapian::Database& database,
                                                      const IndexLayout& layout);

}  // namespace newsindex
