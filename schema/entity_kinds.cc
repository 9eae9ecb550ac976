#include "entity_kinds.h"

#include <string>

namespace newsindex::schema {

static_assert(entity_kind_index(EntityKind::kMisc) == kEntityKinds.size() - 1);
static_assert(kEntityKinds[entity_kind_index(EntityKind::kPlace)].kind == EntityKind::kPlace);

const EntityKindInfo* faceted_entity_kind(std::string_view name) {
  for (const EntityKindInfo& info : kEntityKinds) {
    if (info.faceted && (info.field == name || info.facet == name)) return &info;
  }
  return nullptr;
}

std::optional<EntityKind> parse_entity_kind(std::string_view name) {
  std::string lowered;
  for (char c : name)
    lowered.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
  for (const EntityKindInfo& info : kEntityKinds) {
    std::string label;
    for (char c : info.label) label.push_back(static_cast<char>(c - 'A' + 'a'));
    if (lowered == label || lowered == info.field) return info.kind;
    for (std::string_view other : info.other_names) {
      if (!other.empty() && lowered == other) return info.kind;
    }
  }
  return std::nullopt;
}

}  // namespace newsindex::schema
