// Counts every facet in one pass over the match set: a Xapian MatchSpy that reads each matching
// document's facet values once, whatever the number of facets asked for.
#pragma once

#include <xapian.h>

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "count_table.h"
#include "schema.h"

namespace newsindex {

// Which facets to count.
struct FacetSelection {
  // By schema::entity_kind_index(); only faceted kinds are ever counted.
  std::array<bool, schema::kEntityKinds.size()> entities = {true, true, true, false};
  bool published = true;
  bool mentioned = true;
  bool source = true;
  bool language = true;

  [[nodiscard]] bool entity(schema::EntityKind kind) const {
    return entities[schema::entity_kind_index(kind)] && schema::entity_kind_info(kind).faceted;
  }
  [[nodiscard]] bool any_entity() const {
    for (schema::EntityKind kind : schema::kFacetedEntityKinds) {
      if (entity(kind)) return true;
    }
    return false;
  }
};

// How many matching articles name an entity, and where its key and name are in the counter's
// name store (copied there once, when first seen, without an allocation per entity).
struct EntityTally {
  std::size_t count = 0;
  std::uint32_t offset = 0;  // key, then display, in FacetCounter::names()
  std::uint32_t key_size = 0;
  std::uint32_t display_size = 0;
};

// Hash and equality that look up std::string keys by std::string_view without a copy.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const {
    return std::hash<std::string_view>{}(text);
  }
};
using CountsByValue = std::unordered_map<std::string, std::size_t, StringHash, std::equal_to<>>;

// Counts are of documents: an article that names three people counts once for each, and an
// article that names one person five times counts once for that person.
class FacetCounter final : public Xapian::MatchSpy {
 public:
  explicit FacetCounter(FacetSelection selection) : selection_(selection) {}

  void operator()(const Xapian::Document& document, double weight) override;
  [[nodiscard]] std::string get_description() const override { return "FacetCounter"; }

  [[nodiscard]] std::size_t documents_seen() const { return documents_; }
  [[nodiscard]] const FacetSelection& selection() const { return selection_; }
  // By the entity's key hash (schema::entity_key_hash, never 0 as CountTable needs).
  [[nodiscard]] const CountTable<EntityTally>& entities(schema::EntityKind kind) const {
    return entities_[schema::entity_kind_index(kind)];
  }
  [[nodiscard]] std::string_view key_of(const EntityTally& tally) const {
    return std::string_view(names_).substr(tally.offset, tally.key_size);
  }
  [[nodiscard]] std::string_view display_of(const EntityTally& tally) const {
    return std::string_view(names_).substr(tally.offset + tally.key_size, tally.display_size);
  }
  // By publication day, as the number YYYYMMDD.
  [[nodiscard]] const CountTable<std::size_t>& published_days() const { return published_; }
  // By mentioned period (schema::PeriodCode), each counted once per article.
  [[nodiscard]] const CountTable<std::size_t>& mentioned_periods() const { return mentioned_; }
  // By the value as stored (source display name, language code).
  [[nodiscard]] const CountsByValue& sources() const { return sources_; }
  [[nodiscard]] const CountsByValue& languages() const { return languages_; }

 private:
  FacetSelection selection_;
  std::size_t documents_ = 0;
  // Sized for a broad query on a mid-sized archive, so that counting rarely has to regrow them.
  // By schema::entity_kind_index(): people, organisations, places (misc is never counted).
  std::array<CountTable<EntityTally>, schema::kEntityKinds.size()> entities_ = {
      CountTable<EntityTally>(8192), CountTable<EntityTally>(8192), CountTable<EntityTally>(4096),
      CountTable<EntityTally>(16)};
  CountTable<std::size_t> published_;
  CountTable<std::size_t> mentioned_;
  CountsByValue sources_;
  CountsByValue languages_;
  std::vector<schema::PeriodCode> periods_;  // scratch, reused for every document
  std::string names_;                        // entity keys and names, back to back
};

}  // namespace newsindex
