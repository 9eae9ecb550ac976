// Counts, over every article a query matches, how many articles name each pair of entities
// together (newsquery network). Entities are counted as resolved, the way FacetCounter counts
// them, so that an edge's count is the total of the search with both values' filters added.
#pragma once

#include <xapian.h>

#include <array>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "schema.h"

namespace newsindex {

// Articles per pair of node numbers, keyed (lower << 32) | higher. Open addressing with linear
// probing in two flat arrays: a broad query over OCR'd pages meets tens of millions of pairs, and
// a node-based hash map spends a heap block on each (about 3 times the memory, and the time).
class PairCounts {
 public:
  void add(std::uint64_t key) {
    if ((size_ + 1) * 4 > keys_.size() * 3) grow();
    std::size_t at = slot(key);
    while (keys_[at] != kEmpty && keys_[at] != key) at = (at + 1) & (keys_.size() - 1);
    if (keys_[at] == kEmpty) {
      keys_[at] = key;
      ++size_;
    }
    ++counts_[at];
  }
  [[nodiscard]] std::size_t size() const { return size_; }
  // Calls visit(key, count) for every pair, in no order.
  template <typename Visit>
  void for_each(Visit visit) const {
    for (std::size_t i = 0; i < keys_.size(); ++i) {
      if (keys_[i] != kEmpty) visit(keys_[i], counts_[i]);
    }
  }
  // Bytes held.
  [[nodiscard]] std::size_t bytes() const {
    return keys_.size() * (sizeof(std::uint64_t) + sizeof(std::uint32_t));
  }

 private:
  // No key has both halves UINT32_MAX: the lower node number is smaller.
  static constexpr std::uint64_t kEmpty = UINT64_MAX;
  [[nodiscard]] std::size_t slot(std::uint64_t key) const {
    // Fibonacci hashing: node numbers are small and dense, their bits need spreading.
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_);
  }
  void grow();
  std::vector<std::uint64_t> keys_;
  std::vector<std::uint32_t> counts_;
  std::size_t size_ = 0;
  unsigned shift_ = 64;
};

// One entity value of the match set: its facet and ordinal, and the articles naming it.
struct CoMentionNode {
  schema::NamedFacet facet = schema::NamedFacet::kPerson;
  schema::Ordinal ordinal = 0;
  std::uint32_t articles = 0;
};

// No cap on the entities of one article: a cap would leave out pairs the filters still find, and
// the counts would no longer be exact. The cost is quadratic in an article's distinct entities
// (README.md, Benchmarks: bench/network.md).
class CoMentionCounter final : public Xapian::MatchSpy {
 public:
  // `kinds`: whether to count the person, org and place values (by named facet index). With a
  // resolution (which must outlive the counter), names count for what they resolve to, and
  // hidden values are left out.
  CoMentionCounter(std::array<bool, 3> kinds, const schema::EntityResolution* resolution);

  void operator()(const Xapian::Document& document, double weight) override;
  [[nodiscard]] std::string get_description() const override { return "CoMentionCounter"; }

  [[nodiscard]] std::size_t documents_seen() const { return documents_; }
  // Every value named in the matches, indexed by the node numbers of pairs().
  [[nodiscard]] const std::vector<CoMentionNode>& nodes() const { return nodes_; }
  [[nodiscard]] const PairCounts& pairs() const { return pairs_; }
  [[nodiscard]] static std::pair<std::uint32_t, std::uint32_t> split(std::uint64_t key) {
    return {static_cast<std::uint32_t>(key >> 32), static_cast<std::uint32_t>(key)};
  }

 private:
  static constexpr std::uint32_t kHiddenNode = UINT32_MAX;
  // The node number of a value, kHiddenNode for a hidden one.
  [[nodiscard]] std::uint32_t node_of(std::size_t f, schema::Ordinal ordinal);

  std::array<bool, 3> kinds_;
  const schema::EntityResolution* resolution_;  // null when it maps and hides nothing
  std::size_t documents_ = 0;
  // Per entity facet, node numbers by ordinal (+1, 0 for none): lookups are per name per article,
  // and the ordinals of an index are dense. Values the resolution defines are looked up by hash.
  std::array<std::vector<std::uint32_t>, 3> node_numbers_;
  std::unordered_map<std::uint64_t, std::uint32_t> defined_numbers_;
  std::vector<CoMentionNode> nodes_;
  PairCounts pairs_;
  schema::ArticleValues values_;
  schema::ArticleValues resolved_;
  std::vector<std::uint32_t> in_article_;
};

}  // namespace newsindex
