// Facets of a search of every article come from the totals each shard keeps at commit time, and
// count what reading every article would; names of values are found in whichever shard has them.
#include <gtest/gtest.h>

#include <algorithm>

#include "command_runner.h"
#include "schema.h"
#include "searcher.h"
#include "small_archive.h"

namespace newsindex {
namespace {

using namespace std::chrono;

// Every article of the harbour archive, and then some, spread over `shards` shards.
std::vector<testing::ArticleSpec> archive() {
  std::vector<testing::ArticleSpec> articles = testing::harbour_articles();
  for (int i = 0; i < 12; ++i) {
    testing::ArticleSpec spec = articles[static_cast<std::size_t>(i % 3)];
    spec.id = "extra-" + std::to_string(i);
    if (i % 4 == 0) spec.entities.push_back({schema::EntityKind::kPerson, "Only Here " + spec.id});
    articles.push_back(spec);
  }
  return articles;
}

SearchView search(const std::filesystem::path& index, const std::string& query) {
  SearchRequest request;
  request.query = query;
  request.limit = 3;
  request.today = 2025y / June / 1d;
  request.stem_language = "en";
  request.facets = FacetOptions{};
  request.facets->limit = 0;
  return Searcher(IndexLayout(index)).search(request);
}

// The facets as values and counts, for comparing two reports.
std::vector<std::string> flattened(const FacetReport& report) {
  std::vector<std::string> lines;
  for (const FacetList& list : report.lists) {
    for (const FacetValue& value : list.values) {
      lines.push_back(list.name + " " + value.label + " " + std::to_string(value.count) + " " +
                      value.filter);
    }
  }
  for (const Histogram& histogram : report.histograms) {
    for (const FacetValue& bucket : histogram.buckets) {
      lines.push_back(histogram.name + " " + bucket.label + " " + std::to_string(bucket.count));
    }
  }
  return lines;
}

class FacetTotalsTest : public ::testing::TestWithParam<int> {
 protected:
  void SetUp() override { testing::write_archive(index_, archive(), GetParam()); }

  testing::TempFolder folder_;
  std::filesystem::path index_ = folder_ / "index";
};

TEST_P(FacetTotalsTest, ASearchOfEveryArticleReadsTheTotalsAndCountsWhatTheArticlesWould) {
  SearchView everything = search(index_, "");
  // Every article too, but through the matcher: "not a word no article has".
  SearchView counted = search(index_, "-zzyzx");
  ASSERT_TRUE(everything.facets && counted.facets);
  EXPECT_TRUE(everything.facets->from_totals);
  EXPECT_FALSE(counted.facets->from_totals);
  EXPECT_EQ(everything.total, 15u);
  EXPECT_EQ(counted.total, 15u);
  EXPECT_TRUE(everything.facets->exact);
  EXPECT_EQ(everything.facets->documents_counted, 15u);
  EXPECT_EQ(flattened(*everything.facets), flattened(*counted.facets));
  // The names of values only some shards' articles have are found too.
  auto lines = flattened(*everything.facets);
  EXPECT_NE(std::find(lines.begin(), lines.end(),
                      "person Only Here extra-8 1 person:\"=Only Here extra-8\""),
            lines.end());
}

TEST_P(FacetTotalsTest, WithoutTotalsTheArticlesAreCountedInstead) {
  for (const std::filesystem::path& shard : IndexLayout(index_).shard_paths()) {
    Xapian::WritableDatabase database(shard.string());
    database.set_metadata(schema::facet_totals_key(), "damaged");
    database.commit();
  }
  SearchView everything = search(index_, "");
  ASSERT_TRUE(everything.facets);
  EXPECT_FALSE(everything.facets->from_totals);
  EXPECT_EQ(flattened(*everything.facets), flattened(*search(index_, "-zzyzx").facets));
}

// The newest and oldest pages of every article come from a window of publication times rather
// than a sort of the whole archive: they must be the pages of that sort, undated articles last.
TEST_P(FacetTotalsTest, EveryPageOfEveryArticleByDateIsThePageOfTheWholeSort) {
  auto dates = [&](const std::string& query, SortOrder sort, std::size_t offset) {
    SearchRequest request;
    request.query = query;
    request.sort = sort;
    request.offset = offset;
    request.limit = 4;
    request.today = 2025y / June / 1d;
    request.stem_language = "en";
    SearchView view = Searcher(IndexLayout(index_)).search(request);
    std::vector<std::string> found;
    for (const SearchHit& hit : view.hits) found.push_back(hit.article.date);
    EXPECT_EQ(view.total, 15u);
    return found;
  };
  for (SortOrder sort : {SortOrder::kNewest, SortOrder::kOldest}) {
    for (std::size_t offset = 0; offset <= 14; offset += 2) {
      EXPECT_EQ(dates("", sort, offset), dates("-zzyzx", sort, offset))
          << sort_order_name(sort) << " from " << offset;
    }
  }
  EXPECT_EQ(dates("", SortOrder::kNewest, 0).front(), "2025-05-02");
  EXPECT_EQ(dates("", SortOrder::kNewest, 12).back(), "");  // undated last
  EXPECT_EQ(dates("", SortOrder::kOldest, 0).front(), "2025-04-11");
}

INSTANTIATE_TEST_SUITE_P(Shards, FacetTotalsTest, ::testing::Values(1, 3));

}  // namespace
}  // namespace newsindex
