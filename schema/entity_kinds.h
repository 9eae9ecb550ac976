// The one table of entity kinds: every name a kind goes by, in queries, facets, JSON, entity lists
// and index terms. Everything that turns a kind into text or text into a kind reads this table,
// so that a new kind, or a new name for one, is one row here.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace newsindex::schema {

// The kinds of named entity the index knows. The character is the kind's code in stored entity
// records. Persons, organisations and places are filters and facets; Misc (nationalities, events,
// products) is only searchable.
enum class EntityKind : char { kPerson = 'P', kOrganisation = 'O', kPlace = 'L', kMisc = 'M' };

struct EntityKindInfo {
  EntityKind kind;
  std::string_view label;        // entity lists, newsindex extract, CoNLL data: "PER"
  std::string_view field;        // query field ("person:putin") and entity profile type
  std::string_view facet;        // facet name in --facets and in JSON "facets"
  std::string_view json_key;     // key of a hit's entity list in JSON
  std::string_view heading;      // heading of the facet in human output
  std::string_view singular;     // a count of one in human output: "1 person"
  std::string_view plural;       // other counts: "2 people"
  std::string_view term_prefix;  // entity terms: the whole canonical key
  std::string_view word_prefix;  // entity word terms: one word of the key (see entity_key_words)
  std::array<std::string_view, 2> other_names;  // also accepted in entity lists
  bool faceted;                                 // a filter and a facet
};

// Indexed by entity_kind_index(); the order is also that of the entity tagger's types.
// clang-format off
inline constexpr std::array<EntityKindInfo, 4> kEntityKinds = {{
//  kind                      label   field     facet     JSON key  heading          singular        plural           term      word
    {EntityKind::kPerson,       "PER",  "person", "person", "person", "People",        "person",       "people",        "XPER:",  "XPERW:",  {},                               true},
    {EntityKind::kOrganisation, "ORG",  "org",    "org",    "org",    "Organisations", "organisation", "organisations", "XORG:",  "XORGW:",  {"organisation", "organization"}, true},
    {EntityKind::kPlace,        "LOC",  "place",  "place",  "place",  "Places",        "place",        "places",        "XLOC:",  "XLOCW:",  {"location", {}},                 true},
    {EntityKind::kMisc,         "MISC", "misc",   "misc",   "misc",   "Other names",   "other name",   "other names",   "XMISC:", "XMISCW:", {},                               false},
}};
// clang-format on

// The kinds that are filters and facets, in table order.
inline constexpr std::array<EntityKind, 3> kFacetedEntityKinds = {
    EntityKind::kPerson, EntityKind::kOrganisation, EntityKind::kPlace};

[[nodiscard]] constexpr std::size_t entity_kind_index(EntityKind kind) {
  switch (kind) {
    case EntityKind::kPerson:
      return 0;
    case EntityKind::kOrganisation:
      return 1;
    case EntityKind::kPlace:
      return 2;
    case EntityKind::kMisc:
      break;
  }
  return 3;
}

[[nodiscard]] constexpr const EntityKindInfo& entity_kind_info(EntityKind kind) {
  return kEntityKinds[entity_kind_index(kind)];
}

// The kind whose record code is `code`, or nullopt for a byte that is no kind's code.
[[nodiscard]] constexpr std::optional<EntityKind> entity_kind_of_code(char code) {
  for (const EntityKindInfo& info : kEntityKinds) {
    if (static_cast<char>(info.kind) == code) return info.kind;
  }
  return std::nullopt;
}

// The faceted kind whose query field or facet name is `name` ("person"), or nullptr.
[[nodiscard]] const EntityKindInfo* faceted_entity_kind(std::string_view name);

// Any name of a kind, in any case: its label ("PER"), field ("person") or other names
// ("organization"). nullopt for anything else.
[[nodiscard]] std::optional<EntityKind> parse_entity_kind(std::string_view name);

}  // namespace newsindex::schema
