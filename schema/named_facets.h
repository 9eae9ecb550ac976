// Facets whose values are names: the people, organisations and places an article names, its
// source and its language. Facet counting must not read or hash names per match, so the index
// numbers each facet's distinct values (ordinals, 0, 1, 2, ... in the order the index first met
// them, one numbering for all the shards of an index) and every article stores, per facet, the
// set of its ordinals in the facet's own value slot (number_sets.h). A request reads only the
// slots of the facets it asks for, counts into arrays, and looks names up only for the values it
// shows.
//
// The name of an ordinal (its key, as filters and entity terms have it, and the name shown) is a
// metadata entry of every shard holding an article with that value, written in the same commit as
// the article: a reader that sees an ordinal in a shard finds its name in that shard. Names never
// change and are never removed, so any later revision of a shard has them too.
#pragma once

#include <xapian.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "entity_kinds.h"
#include "slots.h"

namespace newsindex::schema {

enum class NamedFacet : std::uint8_t { kPerson, kOrganisation, kPlace, kSource, kLanguage };
using Ordinal = std::uint32_t;

struct NamedFacetInfo {
  NamedFacet facet;
  std::string_view name;  // as in --facets and JSON: the entity kind's facet name, "source", "lang"
  Xapian::valueno slot;   // the article's ordinals
  char code;              // in metadata keys
};

// Indexed by named_facet_index().
// clang-format off
inline constexpr std::array<NamedFacetInfo, 5> kNamedFacets = {{
    {NamedFacet::kPerson,       "person", kPersonOrdinalsSlot,       'P'},
    {NamedFacet::kOrganisation, "org",    kOrganisationOrdinalsSlot, 'O'},
    {NamedFacet::kPlace,        "place",  kPlaceOrdinalsSlot,        'L'},
    {NamedFacet::kSource,       "source", kSourceOrdinalsSlot,       'S'},
    {NamedFacet::kLanguage,     "lang",   kLanguageOrdinalsSlot,     'G'},
}};
// clang-format on

[[nodiscard]] constexpr std::size_t named_facet_index(NamedFacet facet) {
  return static_cast<std::size_t>(facet);
}
[[nodiscard]] constexpr const NamedFacetInfo& named_facet_info(NamedFacet facet) {
  return kNamedFacets[named_facet_index(facet)];
}
// The named facet of a faceted entity kind (Misc has none: it is only searchable).
[[nodiscard]] constexpr std::optional<NamedFacet> named_facet_of(EntityKind kind) {
  switch (kind) {
    case EntityKind::kPerson:
      return NamedFacet::kPerson;
    case EntityKind::kOrganisation:
      return NamedFacet::kOrganisation;
    case EntityKind::kPlace:
      return NamedFacet::kPlace;
    case EntityKind::kMisc:
      break;
  }
  return std::nullopt;
}
// The entity kind of an entity facet; nullopt for the source and language facets.
[[nodiscard]] constexpr std::optional<EntityKind> entity_kind_of(NamedFacet facet) {
  switch (facet) {
    case NamedFacet::kPerson:
      return EntityKind::kPerson;
    case NamedFacet::kOrganisation:
      return EntityKind::kOrganisation;
    case NamedFacet::kPlace:
      return EntityKind::kPlace;
    case NamedFacet::kSource:
    case NamedFacet::kLanguage:
      break;
  }
  return std::nullopt;
}

// A facet value: its key (folded, as its filter term has it: "vladimir putin", "baltic wire",
// "en") and the name people read ("Vladimir Putin", "Baltic Wire", "en").
struct FacetName {
  std::string key;
  std::string display;
  friend bool operator==(const FacetName&, const FacetName&) = default;
};

// The metadata key of an ordinal's name, and the prefix all of them share (in ordinal order
// within a facet).
[[nodiscard]] std::string facet_name_key(NamedFacet facet, Ordinal ordinal);
[[nodiscard]] std::string_view facet_name_key_prefix();
// The facet and ordinal of a key from facet_name_key(), or nullopt for any other key.
[[nodiscard]] std::optional<std::pair<NamedFacet, Ordinal>> parse_facet_name_key(
    std::string_view key);
[[nodiscard]] std::string encode_facet_name(const FacetName& name);
[[nodiscard]] std::optional<FacetName> decode_facet_name(std::string_view value);

}  // namespace newsindex::schema
