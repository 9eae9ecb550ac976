// Names that mean the same entity across the archive: "U.S.", "US" and "United States";
// "Deutschland", "Allemagne" and "Germany". Used by the indexer to canonicalise mentions and by
// the query parser to resolve filters, so both sides agree.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "schema.h"
#include "text_folder.h"

namespace newsindex {

// A user's entity list that cannot be read; what() names the file and line.
class EntityListError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct EntityName {
  schema::EntityKind kind;
  std::string display;
};

// An immutable alias table: safe to share between threads once built.
class EntityAliases {
 public:
  // The built-in table: country and region names in many languages from ICU's locale data, all
  // resolving to their English name, plus our own list of common abbreviations (US, UK, EU, UN).
  static EntityAliases builtin(const TextFolder& folder);
  // The built-in table, built once per process on first use (about 15 ms of ICU calls) and
  // shared: for readers that add no lists of their own.
  static const EntityAliases& shared_builtin();

  // Adds a user's list (format in README.md, "Entity lists"). Later entries override earlier ones.
  // Throws EntityListError.
  void add_file(const std::filesystem::path& path, const TextFolder& folder);
  void add(schema::EntityKind kind, std::string_view alias, std::string_view canonical,
           const TextFolder& folder);

  // The canonical name for a folded key of this kind, if it is a known alias or name.
  [[nodiscard]] const EntityName* find(schema::EntityKind kind, std::string_view key) const;

 private:
  std::unordered_map<std::string, EntityName> by_key_[schema::kEntityKinds.size()];
};

}  // namespace newsindex
