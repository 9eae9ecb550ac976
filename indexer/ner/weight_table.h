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
  FlatHashMap<std::uint32_t> index_{1024};
  std::vector<float> weights_;
};

}  // namespace newsindex::ner
