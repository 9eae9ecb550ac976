#include "facet_dictionary.h"

#include <algorithm>

namespace newsindex {

FacetDictionary::FacetDictionary(const std::vector<Xapian::WritableDatabase>& shards) {
  const std::string prefix(schema::facet_name_key_prefix());
  for (const Xapian::WritableDatabase& shard : shards) {
    for (auto key = shard.metadata_keys_begin(prefix); key != shard.metadata_keys_end(prefix);
         ++key) {
      auto numbered = schema::parse_facet_name_key(*key);
      if (!numbered) continue;
      auto name = schema::decode_facet_name(shard.get_metadata(*key));
      if (!name) continue;
      const std::size_t f = schema::named_facet_index(numbered->first);
      ordinals_[f].emplace(std::move(name->key), numbered->second);
      // Past every ordinal any shard holds, so that none is given twice.
      next_[f] = std::max(next_[f], numbered->second + 1);
    }
  }
}

void FacetDictionary::number(ArticleDocument& built) {
  for (const schema::NamedFacetInfo& info : schema::kNamedFacets) {
    const std::size_t f = schema::named_facet_index(info.facet);
    std::vector<schema::Ordinal>& ordinals = built.ordinals[f];
    ordinals.clear();
    for (const schema::FacetName& name : built.facet_names[f]) {
      auto [it, inserted] = ordinals_[f].try_emplace(name.key, next_[f]);
      if (inserted) ++next_[f];
      ordinals.push_back(it->second);
    }
    if (!ordinals.empty()) built.document.add_value(info.slot, schema::encode_number_set(ordinals));
  }
  built.numbered = true;
}

}  // namespace newsindex
