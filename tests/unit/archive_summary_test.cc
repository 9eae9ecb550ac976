// The archive summary both stats commands print: built from a small archive, and written by the
// human and JSON writers.
#include "archive_summary.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "archive_summarizer.h"
#include "command_runner.h"
#include "report_writer.h"
#include "small_archive.h"

namespace newsindex {
namespace {

using Json = nlohmann::ordered_json;

template <typename View>
std::string human(const View& view) {
  std::ostringstream out;
  make_human_writer(out, HumanStyle{false, 100})->write(view);
  return out.str();
}

template <typename View>
std::string json(const View& view) {
  std::ostringstream out;
  make_json_writer(out)->write(view);
  return out.str();
}

class ArchiveSummaryTest : public ::testing::Test {
 protected:
  void SetUp() override { testing::write_archive(index_, testing::harbour_articles(), 2); }

  ArchiveSummary summarize(bool facts, std::optional<OverviewRequest> overview) {
    return summarize_archive(IndexLayout(index_), SummaryRequest{facts, overview});
  }

  testing::TempFolder folder_;
  std::filesystem::path index_ = folder_ / "index";
};

TEST_F(ArchiveSummaryTest, FactsAboutTheIndex) {
  ArchiveSummary summary = summarize(true, std::nullopt);
  ASSERT_TRUE(summary.facts);
  EXPECT_FALSE(summary.overview);
  const IndexFacts& facts = *summary.facts;
  EXPECT_EQ(facts.index, index_.string());
  EXPECT_EQ(facts.articles, 3u);
  EXPECT_EQ(facts.shards, 2u);
  EXPECT_GT(facts.bytes_on_disk, 0u);
  EXPECT_EQ(facts.first_published, "2025-04-11");
  EXPECT_EQ(facts.last_published, "2025-05-02");
  EXPECT_EQ(facts.schema_version, std::to_string(schema::kSchemaVersion));
  using schema::EntityKind;
  EXPECT_EQ(facts.entities[schema::entity_kind_index(EntityKind::kPerson)], 1u);
  EXPECT_EQ(facts.entities[schema::entity_kind_index(EntityKind::kOrganisation)], 1u);
  EXPECT_EQ(facts.entities[schema::entity_kind_index(EntityKind::kPlace)], 2u);
}

TEST_F(ArchiveSummaryTest, OverviewIsASearchOfEverythingNewestFirst) {
  ArchiveSummary summary = summarize(false, OverviewRequest{2, FacetOptions{}});
  EXPECT_FALSE(summary.facts);
  ASSERT_TRUE(summary.overview);
  const SearchView& overview = *summary.overview;
  EXPECT_EQ(overview.total, 3u);
  EXPECT_EQ(overview.sort, SortOrder::kNewest);
  ASSERT_EQ(overview.hits.size(), 2u);
  EXPECT_EQ(overview.hits[0].article.id, "h2");
  EXPECT_EQ(overview.hits[1].article.id, "h1");
  ASSERT_TRUE(overview.facets);
  EXPECT_EQ(overview.facets->documents_counted, 3u);
  EXPECT_FALSE(summarize(false, OverviewRequest{2, std::nullopt}).overview->facets);
}

TEST_F(ArchiveSummaryTest, HumanWriterListsOneFactALine) {
  IndexFacts facts = *summarize(true, std::nullopt).facts;
  facts.bytes_on_disk = 3 * 1024 * 1024 + 200 * 1024;
  // Each count agrees with its noun.
  std::string entities = "entities        1 person, 1 organisation, 2 places\n";
  EXPECT_EQ(human(ArchiveSummary{facts, std::nullopt}),
            "index           " + index_.string() +
                "\n"
                "articles        3\n"
                "shards          2\n"
                "size on disk    3.2 MB\n"
                "published       2025-04-11 to 2025-05-02\n"
                "schema version  " +
                std::to_string(schema::kSchemaVersion) + "\n" + entities);
  facts.first_published.clear();
  EXPECT_NE(human(ArchiveSummary{facts, std::nullopt}).find("published       (no dates)\n"),
            std::string::npos);
}

TEST_F(ArchiveSummaryTest, JsonWriterWritesTheFactsDocument) {
  IndexFacts facts = *summarize(true, std::nullopt).facts;
  facts.last_published.clear();
  Json document = Json::parse(json(ArchiveSummary{facts, std::nullopt}));
  std::vector<std::string> keys;
  for (const auto& [key, value] : document.items()) keys.push_back(key);
  EXPECT_EQ(keys, (std::vector<std::string>{"version", "index", "articles", "shards",
                                            "bytes_on_disk", "first_published", "last_published",
                                            "schema_version", "entities"}));
  EXPECT_EQ(document["articles"], 3);
  EXPECT_EQ(document["schema_version"], std::to_string(schema::kSchemaVersion));  // as stored: text
  EXPECT_TRUE(document["last_published"].is_null());
  Json entities = Json::object();
  for (schema::EntityKind kind : schema::kFacetedEntityKinds) {
    entities[std::string(schema::entity_kind_info(kind).json_key)] =
        facts.entities[schema::entity_kind_index(kind)];
  }
  EXPECT_EQ(document["entities"], entities);
}

TEST_F(ArchiveSummaryTest, AnOverviewIsWrittenAsTheSearchItIs) {
  ArchiveSummary summary = summarize(false, OverviewRequest{2, FacetOptions{}});
  EXPECT_EQ(human(summary), human(*summary.overview));
  EXPECT_EQ(json(summary), json(*summary.overview));
  EXPECT_TRUE(
      human(summary).starts_with("Archive: 3 articles, published 2025-04-11 to 2025-05-02\n"));
}

TEST_F(ArchiveSummaryTest, BothPartsAreWrittenFactsFirst) {
  ArchiveSummary summary = summarize(true, OverviewRequest{1, std::nullopt});
  EXPECT_EQ(human(summary),
            human(ArchiveSummary{summary.facts, std::nullopt}) + "\n" + human(*summary.overview));
  Json document = Json::parse(json(summary));
  EXPECT_EQ(document["articles"], 3);
  EXPECT_EQ(document["overview"], Json::parse(json(*summary.overview)));
}

}  // namespace
}  // namespace newsindex
