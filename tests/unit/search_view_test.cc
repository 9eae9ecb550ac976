// The search view built from a small archive: what each hit carries for the writers.
#include "search_view.h"

#include <gtest/gtest.h>

#include "command_runner.h"
#include "searcher.h"
#include "small_archive.h"

namespace newsindex {
namespace {

using namespace std::chrono;

class SearchViewTest : public ::testing::Test {
 protected:
  void SetUp() override { testing::write_archive(index_, testing::harbour_articles()); }

  SearchView search(const std::string& query, SortOrder sort = SortOrder::kNewest) {
    SearchRequest request;
    request.query = query;
    request.sort = sort;
    request.today = 2025y / June / 1d;
    request.stem_language = "en";
    request.facets = FacetOptions{};
    return Searcher(IndexLayout(index_)).search(request);
  }

  testing::TempFolder folder_;
  std::filesystem::path index_ = folder_ / "index";
};

TEST_F(SearchViewTest, EchoesTheRequestAndCountsTheArchive) {
  SearchView view = search("harbour");
  EXPECT_EQ(view.query_text, "harbour");
  EXPECT_EQ(view.stem_language, "en");
  EXPECT_EQ(view.total, 2u);
  EXPECT_TRUE(view.exact);
  EXPECT_EQ(view.archive_size, 3u);
  EXPECT_EQ(view.sort, SortOrder::kNewest);
  EXPECT_NE(view.parsed_query.find("harbour"), std::string::npos) << view.parsed_query;
  ASSERT_TRUE(view.facets);
  EXPECT_EQ(view.facets->documents_counted, 2u);
}

TEST_F(SearchViewTest, HitsCarryTheStoredArticleEntitiesDatesAndASnippet) {
  SearchView view = search("harbour");
  ASSERT_EQ(view.hits.size(), 2u);
  const SearchHit& newest = view.hits[0];
  EXPECT_EQ(newest.rank, 1u);
  EXPECT_EQ(newest.article.id, "h2");
  EXPECT_EQ(newest.article.source, "Harbour Times");
  EXPECT_EQ(newest.mentioned_dates, std::vector<std::string>{"2025-05"});
  const SearchHit& older = view.hits[1];
  EXPECT_EQ(older.rank, 2u);
  EXPECT_EQ(older.article.title, "Harbour bridge opens in Gdańsk");
  ASSERT_FALSE(older.entities.empty());
  EXPECT_EQ(older.entities[0].display, "Anna Nowak");  // mentioned twice: first
  EXPECT_EQ(older.entities[0].mentions, 2u);
  EXPECT_EQ(older.mentioned_dates.size(), 2u);
  ASSERT_FALSE(older.snippet.highlights.empty());
  for (const auto& [from, to] : older.snippet.highlights) {
    EXPECT_EQ(older.snippet.text.substr(from, to - from), "harbour");
  }
}

TEST_F(SearchViewTest, RanksCountFromTheFirstMatchNotFromTheOffset) {
  SearchRequest request;
  request.query = "harbour";
  request.offset = 1;
  request.today = 2025y / June / 1d;
  SearchView view = Searcher(IndexLayout(index_)).search(request);
  ASSERT_EQ(view.hits.size(), 1u);
  EXPECT_EQ(view.hits[0].rank, 2u);
  EXPECT_EQ(view.offset, 1u);
  EXPECT_FALSE(view.facets);
}

}  // namespace
}  // namespace newsindex
