// Counts every facet in one pass over the match set: a Xapian MatchSpy that reads, for each
// matching document, only the value slots of the facets asked for. Named facets (people,
// organisations, places, sources, languages) are counted by ordinal into arrays
// (schema/named_facets.h); their names are looked up afterwards, only for the values shown
// (FacetNames).
#pragma once

#include <xapian.h>

#include <array>
#include <cstdint>
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
    if (counts[index]++ == 0) seen_.push_back(ordinal);
  }
  void add(schema::Ordinal ordinal, std::uint32_t count);
  // Counts an article out again (when a search of every article corrects the index's totals).
  // A value counted out to 0 and in again is listed twice by seen() until drop_repeats().
  void remove(schema::Ordinal ordinal, std::uint32_t count);
  void drop_repeats();
  [[nodiscard]] std::uint32_t count(schema::Ordinal ordinal) const {
    const std::vector<std::uint32_t>& counts =
        ordinal >= schema::kFirstDefinedOrdinal ? defined_counts_ : counts_;
    const schema::Ordinal index = slot_of(ordinal);
    return index < counts.size() ? counts[index] : 0;
  }
  // In the order first counted; some may have been counted out to 0 since.
  [[nodiscard]] const std::vector<schema::Ordinal>& seen() const { return seen_; }
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
  std::vector<std::uint32_t> counts_;
  std::vector<std::uint32_t> defined_counts_;
  std::vector<schema::Ordinal> seen_;
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
  // Counts the values the article's names resolve to, once each.
  void count_resolved(const Xapian::Document& document);

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
