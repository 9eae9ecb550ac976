// WeightTable::add_scores reads rows in batches with prefetching; the sums must be exactly the
// row-by-row sums, for any number of features and any mix of known and unknown ones.
#include "weight_table.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "huge_page_allocator.h"
#include "tagger_model.h"

namespace newsindex::ner {
namespace {

const TaggerModel& model() {
  static const TaggerModel m = TaggerModel::load(NER_MODEL_PATH);
  return m;
}

std::vector<Score> one_by_one(const std::vector<std::uint64_t>& features) {
  std::vector<Score> scores(kTagCount, 0);
  for (const std::uint64_t f : features) {
    if (const std::int16_t* row = model().weights().row(f)) {
      for (int t = 0; t < kTagCount; ++t) scores[static_cast<std::size_t>(t)] += row[t];
    }
  }
  return scores;
}

TEST(WeightTable, BatchedSumsEqualRowByRowSumsForAnyFeatureCount) {
  // Real features (most known to the model) interleaved with made-up ones (unknown), more of them
  // than one batch holds.
  PreparedDocument doc;
  model().extractor().prepare(
      "U.S. envoy Steve Witkoff met Russian President Vladimir Putin in St. Petersburg on Friday, "
      "the Kremlin said. Deutsche Bank AG and Bank of America rose 2.5% in New York.",
      doc);
  std::vector<std::uint64_t> all;
  for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
    for (const std::uint64_t f : doc.static_features(i)) {
      if (f == 0) continue;
      all.push_back(f);
      all.push_back(f * 0x9E3779B97F4A7C15ULL + 12345);
    }
  }
  ASSERT_GT(all.size(), 300u);
  std::size_t known = 0;
  for (const std::uint64_t f : all) known += model().weights().row(f) != nullptr;
  ASSERT_GT(known, 100u);
  for (const std::size_t n : {std::size_t{0}, std::size_t{1}, std::size_t{63}, std::size_t{64},
                              std::size_t{65}, std::size_t{200}, all.size()}) {
    const std::vector<std::uint64_t> features(all.begin(), all.begin() + static_cast<long>(n));
    std::vector<Score> batched(kTagCount, 0);
    model().weights().add_scores(features.data(), features.size(), batched.data());
    EXPECT_EQ(batched, one_by_one(features)) << n << " features";
  }
}

TEST(HugePageAllocator, LargeAndSmallTablesHoldWhatIsWritten) {
  // Large tables are aligned to a huge page (so that the kernel can back them with one); small
  // ones come from the ordinary heap.
  std::vector<std::uint64_t, HugePageAllocator<std::uint64_t>> large(3'000'000);
  EXPECT_EQ(reinterpret_cast<std::uintptr_t>(large.data()) % (std::uintptr_t{2} << 20), 0u);
  for (std::size_t i = 0; i < large.size(); ++i) large[i] = i * 7;
  std::vector<std::uint16_t, HugePageAllocator<std::uint16_t>> small(100, 9);
  small.push_back(10);
  std::uint64_t sum = 0;
  for (const auto v : large) sum += v;
  EXPECT_EQ(sum, 7ull * (3'000'000ull * 2'999'999ull / 2));
  EXPECT_EQ(small.size(), 101u);
  EXPECT_EQ(small.front(), 9u);
  EXPECT_EQ(small.back(), 10u);
  large.resize(10);
  large.shrink_to_fit();
  EXPECT_EQ(large[9], 63u);
}

}  // namespace
}  // namespace newsindex::ner
