// The entities of an article as stored in kEntityAliasesSlot: text records with their mentions
// and aliases, which hits and entity profiles show. (Facets count ordinals: named_facets.h.)
#pragma once

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

// The entity list with aliases (kEntityAliasesSlot), as text records.
[[nodiscard]] std::string encode_entities(const std::vector<DocumentEntity>& entities,
                                          bool with_aliases);
// Skips malformed records rather than failing: a hit is still worth showing.
[[nodiscard]] std::vector<DocumentEntity> decode_entities(std::string_view value);

}  // namespace newsindex::schema
