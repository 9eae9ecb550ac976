// The JSON writer on views built from a small archive and on views written by hand: the
// documented keys, in order, and the values programs rely on.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "command_runner.h"
#include "entity_profile.h"
#include "report_writer.h"
#include "searcher.h"
#include "small_archive.h"

namespace newsindex {
namespace {

using namespace std::chrono;
using Json = nlohmann::ordered_json;

std::vector<std::string> keys_of(const Json& object) {
  std::vector<std::string> keys;
  for (const auto& [key, value] : object.items()) keys.push_back(key);
  return keys;
}

template <typename View>
Json written(const View& view) {
  std::ostringstream out;
  make_json_writer(out)->write(view);
  EXPECT_TRUE(out.str().ends_with("}\n"));
  return Json::parse(out.str());
}

class JsonWriterTest : public ::testing::Test {
 protected:
  void SetUp() override { testing::write_archive(index_, testing::harbour_articles()); }

  SearchView search(const std::string& query) { return testing::search_newest(index_, query); }

  testing::TempFolder folder_;
  std::filesystem::path index_ = folder_ / "index";
};

TEST_F(JsonWriterTest, SearchDocumentHasTheDocumentedKeysInOrder) {
  Json document = written(search("harbour"));
  EXPECT_EQ(keys_of(document),
            (std::vector<std::string>{"version", "query", "total", "exact", "archive_size",
                                      "offset", "limit", "sort", "hits", "facets",
                                      "ambiguous_filters"}));
  EXPECT_EQ(document["ambiguous_filters"], Json::array());
  EXPECT_EQ(document["version"], kJsonFormatVersion);
  EXPECT_EQ(document["sort"], "newest");
  EXPECT_EQ(document["total"], 2);
  ASSERT_EQ(document["hits"].size(), 2u);
  const Json& hit = document["hits"][1];
  EXPECT_EQ(keys_of(hit), (std::vector<std::string>{"rank", "id", "title", "date", "source", "url",
                                                    "language", "percent", "weight", "snippet",
                                                    "entities", "mentioned_dates"}));
  EXPECT_EQ(hit["id"], "h1");
  EXPECT_TRUE(hit["url"].is_null());  // absent, not ""
  std::vector<std::string> entity_keys;
  for (schema::EntityKind kind : schema::kFacetedEntityKinds)
    entity_keys.emplace_back(schema::entity_kind_info(kind).json_key);
  EXPECT_EQ(keys_of(hit["entities"]), entity_keys);
  EXPECT_EQ(hit["entities"][entity_keys[0]][0], (Json{{"name", "Anna Nowak"}, {"mentions", 2}}));
}

TEST_F(JsonWriterTest, HighlightsAreCodePointOffsets) {
  Json document = written(search("friday"));
  ASSERT_EQ(document["hits"].size(), 1u);
  const Json& snippet = document["hits"][0]["snippet"];
  const std::string text = snippet["text"];
  std::size_t byte = text.find("Friday");
  ASSERT_NE(byte, std::string::npos);
  ASSERT_NE(text.substr(0, byte).find("ń"), std::string::npos);  // two bytes, one code point
  std::size_t code_points = 0;
  for (std::size_t i = 0; i < byte; ++i) code_points += (text[i] & 0xC0) != 0x80;
  EXPECT_EQ(snippet["highlights"], (Json{{code_points, code_points + 6}}));
}

TEST_F(JsonWriterTest, FacetsHaveOneMemberPerFacetWithTheirFilters) {
  Json facets = written(search("harbour"))["facets"];
  std::vector<std::string> keys{"exact", "documents_counted", "counted_from", "order"};
  for (schema::EntityKind kind : schema::kFacetedEntityKinds)
    keys.emplace_back(schema::entity_kind_info(kind).facet);
  for (std::string_view name : {schema::kSourceField, schema::kLanguageField,
                                schema::kPublishedFacet, schema::kMentionedFacet})
    keys.emplace_back(name);
  EXPECT_EQ(keys_of(facets), keys);
  EXPECT_EQ(facets["order"], "count");
  EXPECT_EQ(facets["counted_from"], "matches");
  EXPECT_EQ(written(search(""))["facets"]["counted_from"], "index totals");
  EXPECT_EQ(facets["source"]["values"][0],
            (Json{{"value", "Baltic Wire"}, {"count", 1}, {"filter", "source:\"Baltic Wire\""}}));
  EXPECT_EQ(facets["published"]["by"], "day");
  EXPECT_EQ(facets["published"]["buckets"][0]["filter"], "date:2025-04-11");
}

TEST(JsonWriter, EntityProfileDocument) {
  EntityProfile profile;
  profile.kind = schema::EntityKind::kPlace;
  profile.name = "Gdańsk";
  profile.filter = "place:\"=Gdańsk\"";
  profile.aliases = {{"Danzig", 1}};
  profile.articles = 2;
  profile.timeline = {"", Granularity::kYear, {{"2025", 2, "date:2025"}}};
  profile.recent = {{"h3", "", "Baltic Wire", "Hafen von Danzig"}};
  profile.resolved_from = {{"Danzig", 1, "curation team.curation:2 (merge)"}};
  profile.also = {
      {"Gdansk Shipyard", "org:\"=Gdansk Shipyard\"", 4, schema::EntityKind::kOrganisation}};
  Json document = written(profile);
  EXPECT_EQ(keys_of(document),
            (std::vector<std::string>{"version", "entity", "aliases", "resolved_from", "also",
                                      "articles", "first_mention", "last_mention", "timeline",
                                      "cooccurring", "recent"}));
  EXPECT_EQ(
      document["resolved_from"][0],
      (Json{{"name", "Danzig"}, {"articles", 1}, {"reason", "curation team.curation:2 (merge)"}}));
  EXPECT_EQ(document["also"][0], (Json{{"name", "Gdansk Shipyard"},
                                       {"type", "org"},
                                       {"filter", "org:\"=Gdansk Shipyard\""},
                                       {"articles", 4}}));
  EXPECT_EQ(document["entity"],
            (Json{{"name", "Gdańsk"}, {"type", "place"}, {"filter", "place:\"=Gdańsk\""}}));
  EXPECT_EQ(document["aliases"][0], (Json{{"alias", "Danzig"}, {"articles", 1}}));
  EXPECT_TRUE(document["first_mention"].is_null());
  EXPECT_EQ(document["timeline"]["by"], "year");
  EXPECT_TRUE(document["recent"][0]["date"].is_null());
}

}  // namespace
}  // namespace newsindex
