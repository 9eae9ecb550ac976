// What the user typed is what the tools do: queries and options that must not silently mean
// something else (issue "Do exactly what the user typed").
#include "e2e_support.h"

namespace newsindex::testing {
namespace {

namespace fs = std::filesystem;

// The project's sample corpus, indexed once for every test here.
class SampleIndex : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = new TempFolder();
    index_ = *folder_ / "index";
    CommandResult result = newsindex_add(index_, {kCorpus.string()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
  }
  static void TearDownTestSuite() { delete folder_; }

  static std::size_t total(std::vector<std::string> words) {
    words.insert(words.begin(), "--");
    words.insert(words.begin(), "--no-facets");
    return total_of(index_, std::move(words));
  }

  static TempFolder* folder_;
  static fs::path index_;
};

TempFolder* SampleIndex::folder_ = nullptr;
fs::path SampleIndex::index_;

TEST_F(SampleIndex, AQueryOfExclusionsOnlyMeansEverythingExceptThem) {
  const std::size_t all = total({});
  ASSERT_GT(total({"putin"}), 0u);
  EXPECT_EQ(total({"-putin"}), all - total({"putin"}));
  EXPECT_EQ(total({"-putin"}), total({"NOT putin"}));
  EXPECT_EQ(total({"-person:putin"}), all - total({"person:putin"}));
  EXPECT_EQ(total({"-lang:en"}), all - total({"lang:en"}));
  EXPECT_EQ(total({"-\"vladimir putin\""}), all - total({"\"vladimir putin\""}));
  // Several exclusions take away their union.
  EXPECT_EQ(total({"-putin", "-ukraine"}), all - total({"putin OR ukraine"}));
  // With a filter or a word beside them, exclusions take away from that.
  EXPECT_EQ(total({"-person:putin", "date:2025-04"}),
            total({"date:2025-04"}) - total({"person:putin", "date:2025-04"}));
  EXPECT_EQ(total({"ukraine", "-putin"}), total({"ukraine"}) - total({"ukraine", "putin"}));
}

}  // namespace
}  // namespace newsindex::testing
