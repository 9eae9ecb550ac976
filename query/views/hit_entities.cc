#include "hit_entities.h"

#include <algorithm>
#include <optional>

namespace newsindex {

HitEntityResolver::HitEntityResolver(const schema::EntityResolution& resolution)
    : resolution_(resolution) {
  for (const schema::ValueMapping& mapping : resolution.mappings()) {
    mapped_from_[schema::named_facet_index(mapping.from.value.facet)].emplace(
        mapping.from.name.key, mapping.from.value.ordinal);
    targets_.emplace(mapping.to.value, mapping.to.name);
  }
  for (const schema::NamedValue& value : resolution.hidden())
    hidden_[schema::named_facet_index(value.value.facet)].insert(value.name.key);
}

void HitEntityResolver::resolve(std::vector<schema::DocumentEntity>& entities,
                                const Xapian::Document& document) const {
  if (resolution_.empty()) return;
  // The article's values of a facet, read only when a split's condition asks.
  std::array<std::optional<std::vector<schema::Ordinal>>, schema::kNamedFacets.size()> values;
  auto has = [&](schema::FacetValueRef value) {
    std::optional<std::vector<schema::Ordinal>>& list =
        values[schema::named_facet_index(value.facet)];
    if (!list) {
      list =
          schema::decode_number_set(document.get_value(schema::named_facet_info(value.facet).slot));
    }
    return std::binary_search(list->begin(), list->end(), value.ordinal);
  };
  auto hidden = [&](const schema::DocumentEntity& entity) {
    const std::optional<schema::NamedFacet> facet = schema::named_facet_of(entity.kind);
    return facet && hidden_[schema::named_facet_index(*facet)].count(entity.key) > 0;
  };
  bool changed = false;
  for (schema::DocumentEntity& entity : entities) {
    const std::optional<schema::NamedFacet> facet = schema::named_facet_of(entity.kind);
    if (!facet) continue;
    const auto& from = mapped_from_[schema::named_facet_index(*facet)];
    const auto found = from.find(entity.key);
    const schema::FacetValueRef own{*facet, found == from.end() ? 0 : found->second};
    const schema::FacetValueRef to = found == from.end() ? own : resolution_.resolve(own, has);
    if (to == own) {
      changed = changed || hidden(entity);
      continue;
    }
    const auto target = targets_.find(to);
    const std::optional<schema::EntityKind> kind = schema::entity_kind_of(to.facet);
    if (target == targets_.end() || !kind) continue;
    changed = true;
    entity.kind = *kind;
    entity.key = target->second.key;
    entity.display = target->second.display;
  }
  if (!changed) return;
  // Two names of one article may count as one value: it is listed once.
  std::vector<schema::DocumentEntity> merged;
  for (schema::DocumentEntity& entity : entities) {
    if (hidden(entity)) continue;
    auto same = std::find_if(merged.begin(), merged.end(), [&](const schema::DocumentEntity& e) {
      return e.kind == entity.kind && e.key == entity.key;
    });
    if (same == merged.end()) {
      merged.push_back(std::move(entity));
    } else {
      same->mentions += entity.mentions;
      same->aliases.insert(same->aliases.end(), entity.aliases.begin(), entity.aliases.end());
    }
  }
  std::stable_sort(merged.begin(), merged.end(),
                   [](const schema::DocumentEntity& a, const schema::DocumentEntity& b) {
                     return a.mentions > b.mentions;
                   });
  entities = std::move(merged);
}

}  // namespace newsindex
