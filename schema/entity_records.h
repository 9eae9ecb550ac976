// The entities of an article as stored in value slots: the facet records that counting reads
// (kFacetSlot, inside the facet fields) and the text records with aliases that entity profiles
// read (kEntityAliasesSlot).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "entity_kinds.h"

namespace newsindex::schema {

// One entity of an article, after canonicalisation.
struct DocumentEntity {
  EntityKind kind;
  std::string key;      // TextFolder::key() of the canonical name
  std::string display;  // readable canonical name ("Vladimir Putin")
  unsigned mentions = 0;
  std::vector<std::string> aliases;  // other forms the article wrote it in ("Putin", "PUTIN")

  friend bool operator==(const DocumentEntity&, const DocumentEntity&) = default;
};

// The entity part of the facet value: per entity, its kind, mentions, a stable 64-bit hash of its
// key, its key and its name, length-prefixed, so that counting never scans or hashes text.
struct EntityFacetView {
  EntityKind kind;
  unsigned mentions;
  std::uint64_t hash;  // entity_key_hash(key)
  std::string_view key;
  std::string_view display;
};
[[nodiscard]] std::uint64_t entity_key_hash(std::string_view key);  // never 0
[[nodiscard]] std::string encode_entity_facets(const std::vector<DocumentEntity>& entities);
// Reads the next record of `rest` and advances it; false at the end or at a damaged record.
[[nodiscard]] bool next_entity_facet(std::string_view& rest, EntityFacetView& view);
[[nodiscard]] std::vector<DocumentEntity> decode_entity_facets(std::string_view value);

// The entity list with aliases (kEntityAliasesSlot), as text records.
[[nodiscard]] std::string encode_entities(const std::vector<DocumentEntity>& entities,
                                          bool with_aliases);
// Skips malformed records rather than failing: a hit is still worth showing.
[[nodiscard]] std::vector<DocumentEntity> decode_entities(std::string_view value);

}  // namespace newsindex::schema
