#include "index_names.h"

namespace newsindex {

IndexNames::IndexNames(const std::vector<Xapian::Database>& shards) {
  for (const Xapian::Database& shard : shards) {
    for (schema::EntityKind kind : schema::kFacetedEntityKinds) {
      const schema::NamedFacet facet = *schema::named_facet_of(kind);
      const std::size_t f = schema::named_facet_index(facet);
      // The keys of one facet share the prefix of its ordinal 0 up to the ordinal's bytes.
      const std::string prefix =
          schema::facet_name_key(facet, 0).substr(0, schema::facet_name_key_prefix().size() + 1);
      for (auto key = shard.metadata_keys_begin(prefix); key != shard.metadata_keys_end(prefix);
           ++key) {
        auto numbered = schema::parse_facet_name_key(*key);
        if (!numbered || numbered->first != facet) continue;
        const schema::Ordinal ordinal = numbered->second;
        if (ordinal < names_[f].size() && names_[f][ordinal]) continue;
        auto name = schema::decode_facet_name(shard.get_metadata(*key));
        if (!name) continue;
        if (ordinal >= names_[f].size()) names_[f].resize(std::size_t{ordinal} + 1);
        by_key_[f].emplace(name->key, ordinal);
        names_[f][ordinal] = std::move(name);
      }
    }
    if (auto totals = schema::decode_facet_totals(shard.get_metadata(schema::facet_totals_key())))
      totals_.add(*totals);
  }
}

const schema::FacetName* IndexNames::name(schema::NamedFacet facet, schema::Ordinal ordinal) const {
  const auto& names = names_[schema::named_facet_index(facet)];
  if (ordinal >= names.size() || !names[ordinal]) return nullptr;
  return &*names[ordinal];
}

std::optional<schema::Ordinal> IndexNames::find(schema::NamedFacet facet,
                                                const std::string& key) const {
  const auto& by_key = by_key_[schema::named_facet_index(facet)];
  auto found = by_key.find(key);
  if (found == by_key.end()) return std::nullopt;
  return found->second;
}

std::uint32_t IndexNames::articles(schema::NamedFacet facet, schema::Ordinal ordinal) const {
  const auto& counts = totals_.named[schema::named_facet_index(facet)];
  return ordinal < counts.size() ? counts[ordinal] : 0;
}

}  // namespace newsindex
