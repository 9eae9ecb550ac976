// Multi-class averaged perceptron over hashed features, used only while training.  Averaging is
// lazy (each weight remembers when it last changed) so an update costs O(features) instead of O(all
// weights).
#pragma once

#include <cstdint>
#include <vector>

#include "flat_hash_map.h"
#include "tag_scheme.h"

namespace newsindex::ner {

class AveragedPerceptron {
 public:
  void add_scores(const std::uint64_t* features, std::size_t n, float* scores) const noexcept;
  // Moves weight from `guess` to `truth` on every feature; call once per training token, even when
  // correct.
  void update(const std::uint64_t* features, std::size_t n, int truth, int guess);
  void next_instance() noexcept { ++instances_; }

  // Calls f(feature, averaged weights[kTagCount]) for every feature seen, in a fixed order.
  template <class F>
  void for_each_averaged(F&& f) const {
    float row[kTagCount];
    index_.for_each([&](std::uint64_t feature, std::uint32_t r) {
      for (int t = 0; t < kTagCount; ++t)
        row[t] =
            averaged_weight(static_cast<std::size_t>(r) * kTagCount + static_cast<std::size_t>(t));
      f(feature, static_cast<const float*>(row));
    });
  }
  [[nodiscard]] std::size_t feature_count() const noexcept { return index_.size(); }

 private:
  std::uint32_t row_for(std::uint64_t feature);
  void touch(std::size_t slot, float delta);
  [[nodiscard]] float averaged_weight(std::size_t slot) const noexcept {
    const double total =
        totals_[slot] + static_cast<double>(instances_ - stamps_[slot]) * weights_[slot];
    return static_cast<float>(total / instances_);
  }

  FlatHashMap<std::uint32_t> index_{1 << 16};
  std::vector<float> weights_;
  std::vector<double> totals_;
  std::vector<std::uint32_t> stamps_;
  std::uint32_t instances_ = 1;
};

}  // namespace newsindex::ner
