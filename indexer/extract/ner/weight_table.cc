#include "weight_table.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "binary_io.h"

namespace newsindex::ner {

void TrainedWeights::add_row(std::uint64_t feature, const float* weights) {
  const auto next = static_cast<std::uint32_t>(index_.size());
  const std::uint32_t row = index_.get_or_insert(feature, next);
  if (row == next) weights_.resize(weights_.size() + kTagCount);
  std::copy(weights, weights + kTagCount,
            weights_.begin() + static_cast<std::ptrdiff_t>(row) * kTagCount);
}

void TrainedWeights::write(std::ostream& out) const {
  float largest = 0.0f;
  for (const float w : weights_) largest = std::max(largest, std::fabs(w));
  const float scale = largest > 0.0f ? largest / 32767.0f : 1.0f;
  write_pod<std::uint64_t>(out, index_.size());
  write_pod<std::uint32_t>(out, kTagCount);
  write_pod(out, scale);
  // Keys and weights are written in separate blocks: similar bytes next to each other compress
  // better.
  std::vector<std::uint32_t> rows;
  rows.reserve(index_.size());
  index_.for_each([&](std::uint64_t key, std::uint32_t row) {
    write_pod(out, key);
    rows.push_back(row);
  });
  for (const auto row : rows) {
    for (int t = 0; t < kTagCount; ++t) {
      const float w =
          weights_[static_cast<std::size_t>(row) * kTagCount + static_cast<std::size_t>(t)];
      write_pod(out, static_cast<std::int16_t>(std::lround(w / scale)));
    }
  }
}

WeightTable WeightTable::read(std::istream& in) {
  WeightTable table;
  const auto n = read_pod<std::uint64_t>(in);
  const auto tags = read_pod<std::uint32_t>(in);
  const auto scale = read_pod<float>(in);
  if (tags != kTagCount)
    throw std::runtime_error("entity model file: tag set does not match this tagger");
  if (n > (1u << 26) || !(scale > 0.0f) || !std::isfinite(scale)) {
    throw std::runtime_error("entity model file: implausible weight table header");
  }
  table.scale_ = scale;
  std::vector<std::uint64_t> keys(n);
  read_pods(in, keys);
  table.index_ = FlatHashMap<std::uint32_t>(n);
  table.weights_.resize(n * kTagCount);
  for (std::size_t i = 0; i < n; ++i) {
    table.index_.get_or_insert(keys[i], static_cast<std::uint32_t>(i));
    const std::size_t bit = filter_bit(keys[i]);
    table.filter_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
  read_pods(in, table.weights_);
  return table;
}

}  // namespace newsindex::ner
