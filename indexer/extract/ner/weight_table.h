// Feature weights of the entity model: one row of kTagCount weights per feature hash.
//
// The model file stores weights as 16-bit integers with one scale per table.  The running tagger
// keeps them so and adds them up in 32-bit integers: integer sums do not depend on the order of
// the terms, so scores summed once per word form and cached (StaticScorer) are exactly the scores
// summed feature by feature, and the tagger's output cannot depend on cache state.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <vector>

#include "flat_hash_map.h"
#include "huge_page_allocator.h"
#include "tag_scheme.h"

namespace newsindex::ner {

using Score = std::int32_t;

// Read-only weights used by the running tagger.
class WeightTable {
 public:
  // Throws std::runtime_error when the table is malformed.
  static WeightTable read(std::istream& in);

  // The row of `feature`, or null when the model does not know it.
  [[nodiscard]] const std::int16_t* row(std::uint64_t feature) const noexcept {
    if (!may_contain(feature)) return nullptr;
    const auto* r = index_.find(feature);
    return r == nullptr ? nullptr : row_at(*r);
  }
  // The index and the rows are far larger than the CPU's caches and read at random, so the
  // lookups are done in three passes (filter and index prefetch, row prefetch, sums) whose memory
  // reads overlap, instead of one dependent miss after another.
  void add_scores(const std::uint64_t* features, std::size_t n, Score* scores) const noexcept {
    constexpr std::size_t kBatch = 64;
    std::uint64_t present[kBatch];
    const std::int16_t* rows[kBatch];
    for (std::size_t start = 0; start < n; start += kBatch) {
      const std::size_t end = start + kBatch < n ? start + kBatch : n;
      std::size_t m = 0;
      for (std::size_t i = start; i < end; ++i) {
        if (!may_contain(features[i])) continue;
        index_.prefetch(features[i]);
        present[m++] = features[i];
      }
      std::size_t k = 0;
      for (std::size_t i = 0; i < m; ++i) {
        if (const auto* r = index_.find(present[i])) {
          rows[k] = row_at(*r);
          __builtin_prefetch(rows[k]);
          __builtin_prefetch(rows[k] + kTagCount - 1);  // a row may straddle two cache lines
          ++k;
        }
      }
      for (std::size_t i = 0; i < k; ++i) {
        for (int t = 0; t < kTagCount; ++t) scores[t] += rows[i][t];
      }
    }
  }
  // A score difference in the units of the trained (floating-point) weights.
  [[nodiscard]] float to_float(Score score) const noexcept {
    return static_cast<float>(score) * scale_;
  }

  [[nodiscard]] std::size_t rows() const noexcept { return index_.size(); }

 private:
  // Most features a text produces (word pairs, rare words) are not in the model.  The index is
  // larger than the CPU's second-level cache, so each such miss would cost a slow memory access;
  // a filter with one bit per key hash stays cached and answers most of them first.  A clear bit
  // means "certainly absent"; a set bit may be a collision, and the index decides.
  static constexpr unsigned kFilterBits = 21;  // 2^21 bits = 256 KiB
  static std::size_t filter_bit(std::uint64_t feature) noexcept {
    // The index places keys by their low bits; the filter uses the high ones.  The index stores
    // feature 0 as 1, so it is filtered as 1 too.
    return static_cast<std::size_t>((feature == 0 ? 1 : feature) >> (64 - kFilterBits));
  }
  [[nodiscard]] const std::int16_t* row_at(std::uint32_t index) const noexcept {
    return &weights_[static_cast<std::size_t>(index) * kTagCount];
  }
  [[nodiscard]] bool may_contain(std::uint64_t feature) const noexcept {
    const std::size_t bit = filter_bit(feature);
    return ((filter_[bit / 64] >> (bit % 64)) & 1) != 0;
  }

  FlatHashMap<std::uint32_t> index_{1024};
  std::vector<std::int16_t, HugePageAllocator<std::int16_t>> weights_;
  float scale_ = 1.0f;
  std::vector<std::uint64_t> filter_ =
      std::vector<std::uint64_t>((std::size_t{1} << kFilterBits) / 64, 0);
};

// Weights as training produces them, written to the model file in WeightTable's format.
class TrainedWeights {
 public:
  void add_row(std::uint64_t feature, const float* weights);
  // 16-bit integers with one scale per table: half the size of floats, and the rounding error
  // (below 1e-4 of the largest weight) does not change decisions measurably.
  void write(std::ostream& out) const;
  [[nodiscard]] std::size_t rows() const noexcept { return index_.size(); }

 private:
  FlatHashMap<std::uint32_t> index_{1024};
  std::vector<float> weights_;
};

}  // namespace newsindex::ner
