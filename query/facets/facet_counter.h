// Counts every facet in one pass over the match set: a Xapian MatchSpy that reads, for each
// matching document, only the value slots of the facets asked for. Named facets (people,
// organisations, places, sources, languages) are counted by ordinal into arrays
// (schema/named_facets.h); their names are looked up afterwards, only for the values shown
// (FacetNames).
#pragma once

#include <xapian.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <utility>
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
  [[nodiscard]] bool named(schema::NamedFacet facet) const {
    if (facet == schema::NamedFacet::kSource) return source;
    if (facet == schema::NamedFacet::kLanguage) return language;
    return entity(*schema::entity_kind_of(facet));
  }
};

// The counts of one named facet: articles per ordinal, and the ordinals counted at least once
// (values the entity resolution defines included: schema::kFirstDefinedOrdinal and up).
class OrdinalCounts {
 public:
  void add(schema::Ordinal ordinal) {
    std::vector<std::uint32_t>& counts = counts_for(ordinal);
    const schema::Ordinal index = slot_of(ordinal);
    if (index >= counts.size()) grow(counts, index);
    if (counts[index]++ == 0 && !counted_out(ordinal)) seen_.push_back(ordinal);
  }
  void add(schema::Ordinal ordinal, std::uint32_t count);
  // Counts an article out again (when the entity resolution corrects what was counted).
  void remove(schema::Ordinal ordinal, std::uint32_t count);
  [[nodiscard]] std::uint32_t count(schema::Ordinal ordinal) const {
    const std::vector<std::uint32_t>& counts =
        ordinal >= schema::kFirstDefinedOrdinal ? defined_counts_ : counts_;
    const schema::Ordinal index = slot_of(ordinal);
    return index < counts.size() ? counts[index] : 0;
  }
  // Every value counted, once each, in the order first counted; some may have been counted out
  // to 0 since.
  [[nodiscard]] const std::vector<schema::Ordinal>& seen() const { return seen_; }
  // The values counted more than 0 times that `skip(ordinal)` does not leave out, the first
  // `sorted` of them most counted first, ties going to the value the index met first (so that
  // which values are shown does not depend on the order of matching); the rest unordered.
  template <typename Skip>
  [[nodiscard]] std::vector<schema::Ordinal> ranked(std::size_t sorted, Skip skip) const {
    std::vector<schema::Ordinal> values = seen_;
    std::erase_if(values,
                  [&](schema::Ordinal ordinal) { return count(ordinal) == 0 || skip(ordinal); });
    sorted = std::min(sorted, values.size());
    std::partial_sort(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(sorted),
                      values.end(), [&](schema::Ordinal a, schema::Ordinal b) {
                        const std::uint32_t count_a = count(a), count_b = count(b);
                        return count_a != count_b ? count_a > count_b : a < b;
                      });
    return values;
  }
  // Counters held: memory grows with the highest ordinal counted, of each range.
  [[nodiscard]] std::size_t counters() const { return counts_.size() + defined_counts_.size(); }

 private:
  // Values the entity resolution defines are counted apart, from 0: their ordinals start at
  // schema::kFirstDefinedOrdinal, far past any array of the index's own.
  [[nodiscard]] static schema::Ordinal slot_of(schema::Ordinal ordinal) {
    return ordinal >= schema::kFirstDefinedOrdinal ? ordinal - schema::kFirstDefinedOrdinal
                                                   : ordinal;
  }
  std::vector<std::uint32_t>& counts_for(schema::Ordinal ordinal) {
    return ordinal >= schema::kFirstDefinedOrdinal ? defined_counts_ : counts_;
  }
  static void grow(std::vector<std::uint32_t>& counts, schema::Ordinal index);
  // Whether the value was counted out to 0 before (it is in seen_ already).
  [[nodiscard]] bool counted_out(schema::Ordinal ordinal) const {
    return !counted_out_.empty() && counted_out_.contains(ordinal);
  }
  std::vector<std::uint32_t> counts_;
  std::vector<std::uint32_t> defined_counts_;
  std::vector<schema::Ordinal> seen_;
  std::unordered_set<schema::Ordinal> counted_out_;
};

// Counts are of documents: an article that names three people counts once for each, and an
// article that names one person five times counts once for that person.
//
// With an entity resolution (schema/entity_resolution.h), an article counts for the values its
// names resolve to, once each; `resolution` must outlive the counter.
class FacetCounter final : public Xapian::MatchSpy {
 public:
  explicit FacetCounter(FacetSelection selection,
                        const schema::EntityResolution* resolution = nullptr);
  // Counts a search of every article from the index's totals instead of the articles; for a
  // counter that has seen nothing yet. With a resolution, the totals (which count names as
  // extracted) are corrected: by the changes kept with it when it was made from totals of this
  // `digest` (schema::totals_digest), or else by reading the articles of `database` that have a
  // name it maps.
  void count_totals(const schema::FacetTotals& totals, std::uint64_t digest,
                    const Xapian::Database& database);

  void operator()(const Xapian::Document& document, double weight) override;
  [[nodiscard]] std::string get_description() const override { return "FacetCounter"; }

  [[nodiscard]] std::size_t documents_seen() const { return documents_; }
  [[nodiscard]] const FacetSelection& selection() const { return selection_; }
  [[nodiscard]] bool from_totals() const { return from_totals_; }
  [[nodiscard]] const OrdinalCounts& named(schema::NamedFacet facet) const {
    return named_[schema::named_facet_index(facet)];
  }
  // By publication day, as the number YYYYMMDD.
  [[nodiscard]] const CountTable<std::size_t>& published_days() const { return published_; }
  // By mentioned period (schema::PeriodCode), each counted once per article.
  [[nodiscard]] const CountTable<std::size_t>& mentioned_periods() const { return mentioned_; }

 private:
  // The article was counted for its names as extracted, and names a value the resolution maps:
  // counts it out for those and in for what they resolve to.
  void correct(const Xapian::Document& document);
  // Counts the article's names of one facet as resolved, for a resolution whose mappings of
  // the article's names are all unconditional and within their facet.
  void count_simply(const std::string& stored, std::size_t f);
  // Whether the article has a name whose mapping is conditional or changes its type.
  [[nodiscard]] bool needs_full_resolution(const Xapian::Document& document) const;

  // The resolution, per entity facet, as arrays indexed by ordinal: how each value is mapped
  // (kNotMapped, kSimple: unconditionally to simple_target, kComplex: otherwise), and which
  // values simple mappings lead to (they may be counted twice in one article).
  enum MappingKind : std::uint8_t { kNotMapped, kSimple, kComplex };
  struct FacetMappings {
    std::vector<std::uint8_t> kind;
    // Few values are mapped, and every search builds these: the targets are looked up by hash.
    std::unordered_map<schema::Ordinal, schema::Ordinal> simple_target;
    std::vector<std::uint8_t> is_target;  // ordinals below kFirstDefinedOrdinal
  };
  std::array<FacetMappings, 3> mappings_;
  bool any_complex_ = false;
  std::vector<schema::Ordinal> targets_in_article_;

  FacetSelection selection_;
  const schema::EntityResolution* resolution_ = nullptr;  // null when it maps nothing
  // Per entity facet (by named facet index): the article's values, and what they resolve to.
  schema::ArticleValues values_;
  schema::ArticleValues resolved_;
  std::size_t documents_ = 0;
  bool from_totals_ = false;
  // The slots to read per document, with the named facet each counts for.
  std::vector<std::pair<Xapian::valueno, std::size_t>> named_slots_;
  std::array<OrdinalCounts, schema::kNamedFacets.size()> named_;
  CountTable<std::size_t> published_;
  CountTable<std::size_t> mentioned_;
};

}  // namespace newsindex
