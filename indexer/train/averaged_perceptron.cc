#include "averaged_perceptron.h"

#include <algorithm>
#include <cmath>

namespace newsindex::ner {

void AveragedPerceptron::add_scores(const std::uint64_t* features, std::size_t n,
                                    float* scores) const noexcept {
  for (std::size_t i = 0; i < n; ++i) {
    const auto* row = index_.find(features[i]);
    if (row == nullptr) continue;
    const float* w = &weights_[static_cast<std::size_t>(*row) * kTagCount];
    for (int t = 0; t < kTagCount; ++t) scores[t] += w[t];
  }
}

std::uint32_t AveragedPerceptron::row_for(std::uint64_t feature) {
  const auto next = static_cast<std::uint32_t>(index_.size());
  const std::uint32_t row = index_.get_or_insert(feature, next);
  if (row == next) {
    weights_.resize(weights_.size() + kTagCount, 0.0f);
    totals_.resize(totals_.size() + kTagCount, 0.0);
    stamps_.resize(stamps_.size() + kTagCount, instances_);
  }
  return row;
}

void AveragedPerceptron::touch(std::size_t slot, float delta) {
  totals_[slot] += static_cast<double>(instances_ - stamps_[slot]) * weights_[slot];
  stamps_[slot] = instances_;
  weights_[slot] += delta;
}

void AveragedPerceptron::update(const std::uint64_t* features, std::size_t n, int truth,
                                int guess) {
  if (truth == guess) return;
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t base = static_cast<std::size_t>(row_for(features[i])) * kTagCount;
    touch(base + static_cast<std::size_t>(truth), 1.0f);
    touch(base + static_cast<std::size_t>(guess), -1.0f);
  }
}

}  // namespace newsindex::ner
