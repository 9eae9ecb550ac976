// Read-only feature weights used by the running tagger: one row of kTagCount weights per feature
// hash.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <vector>

#include "flat_hash_map.h"
#include "tag_scheme.h"

namespace newsindex::ner {

class WeightTable {
 public:
  void add_row(std::uint64_t feature, const float* weights);

  void add_scores(const std::uint64_t* features, std::size_t n, float* scores) const noexcept {
    for (std::size_t i = 0; i < n; ++i) {
      if (!may_contain(features[i])) continue;
      const auto* row = index_.find(features[i]);
      if (row == nullptr) continue;
      const float* w = &weights_[static_cast<std::size_t>(*row) * kTagCount];
      for (int t = 0; t < kTagCount; ++t) scores[t] += w[t];
    }
  }

  // Weights are stored as 16-bit integers with one scale per table: half the size of floats, and
  // the rounding error (below 1e-4 of the largest weight) does not change decisions measurably.
  void write(std::ostream& out) const;
  static WeightTable read(std::istream& in);

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
  [[nodiscard]] bool may_contain(std::uint64_t feature) const noexcept {
    const std::size_t bit = filter_bit(feature);
    return ((filter_[bit / 64] >> (bit % 64)) & 1) != 0;
  }
  void add_to_filter(std::uint64_t feature) noexcept {
    const std::size_t bit = filter_bit(feature);
    filter_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }

  FlatHashMap<std::uint32_t> index_{1024};
  std::vector<float> weights_;
  std::vector<std::uint64_t> filter_ =
      std::vector<std::uint64_t>((std::size_t{1} << kFilterBits) / 64, 0);
};

}  // namespace newsindex::ner
