// The pieces of newsindex export that decide what a bulk document holds: the days a mentioned
// date covers, the fields written and left out, and the mapping that must name every one of them.
#include "opensearch_export.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace newsindex {
namespace {

using nlohmann::json;

std::optional<MentionedSpan> span(std::string first, std::string last) {
  return MentionedSpan{std::move(first), std::move(last)};
}

TEST(MentionedSpan, IsTheFinestPeriodTheIndexKeeps) {
  EXPECT_EQ(mentioned_span("2025-04-11"), span("2025-04-11", "2025-04-11"));
  EXPECT_EQ(mentioned_span("2025-04-11T14:00"), span("2025-04-11", "2025-04-11"));
  EXPECT_EQ(mentioned_span("2025-04"), span("2025-04-01", "2025-04-30"));
  EXPECT_EQ(mentioned_span("2024-02"), span("2024-02-01", "2024-02-29"));
  EXPECT_EQ(mentioned_span("2023-02"), span("2023-02-01", "2023-02-28"));
  EXPECT_EQ(mentioned_span("1987"), span("1987-01-01", "1987-12-31"));
  // A week inside a month counts for the month, one across two for the year, as "mentions:"
  // finds them; quarters and seasons for their year.
  EXPECT_EQ(mentioned_span("2025-W16"), span("2025-04-01", "2025-04-30"));
  EXPECT_EQ(mentioned_span("2025-W14"), span("2025-01-01", "2025-12-31"));  // Mar 31 - Apr 6
  EXPECT_EQ(mentioned_span("2025-Q2"), span("2025-01-01", "2025-12-31"));
  EXPECT_EQ(mentioned_span("1986-SU"), span("1986-01-01", "1986-12-31"));
  EXPECT_EQ(mentioned_span("PRESENT_REF"), std::nullopt);
  EXPECT_EQ(mentioned_span("XXXX-04-04"), std::nullopt);
  EXPECT_EQ(mentioned_span("P3D"), std::nullopt);
  EXPECT_EQ(mentioned_span("2025-02-30"), std::nullopt);
}

BulkArticle full_article() {
  BulkArticle bulk;
  bulk.article.id = "a1";
  bulk.article.title = "Talks \"resume\"";
  bulk.article.date = "2025-04-11T09:30:00+02:00";
  bulk.article.source = "Baltic Wire";
  bulk.article.url = "https://example.org/a1";
  bulk.article.language = "en";
  bulk.article.authors = {"Anna Virtanen"};
  bulk.article.section = "World";
  bulk.article.metadata = {{"subject", "ECO"}, {"subject", "POL"}, {"desk", "north"}};
  bulk.article.origin = "news.jsonl:3";
  bulk.article.text = "Line one.\nLine two.";
  bulk.entities = {{schema::EntityKind::kPerson, "anna virtanen", "Anna Virtanen", 3, {}},
                   {schema::EntityKind::kPlace, "helsinki", "Helsinki", 2, {}},
                   {schema::EntityKind::kPerson, "erik lindqvist", "Erik Lindqvist", 1, {}},
                   {schema::EntityKind::kMisc, "finnish", "Finnish", 1, {}},
                   {schema::EntityKind::kOrganisation, "nato", "NATO", 1, {}}};
  bulk.mentioned_dates = {"2025-04-11", "2025-04-11T14:00", "2025-04", "PRESENT_REF"};
  bulk.mentioned_periods = {"2025", "2025-04", "2025-04-11"};
  bulk.published_day = "2025-04-11";
  bulk.published_at = 1744356600;
  return bulk;
}

TEST(BulkDocument, WritesEachKindOfNameInItsFieldAndEachSpanOnce) {
  json document = json::parse(bulk_document(full_article()));
  EXPECT_EQ(document["person"], json::array({"Anna Virtanen", "Erik Lindqvist"}));
  EXPECT_EQ(document["org"], json::array({"NATO"}));
  EXPECT_EQ(document["place"], json::array({"Helsinki"}));
  EXPECT_EQ(document["misc"], json::array({"Finnish"}));
  EXPECT_EQ(document["mentioned"], json::parse(R"([{"gte":"2025-04-11","lte":"2025-04-11"},)"
                                               R"({"gte":"2025-04-01","lte":"2025-04-30"}])"));
  EXPECT_EQ(document["mentioned_dates"],
            json::array({"2025-04-11", "2025-04-11T14:00", "2025-04", "PRESENT_REF"}));
  EXPECT_EQ(document["metadata"], json::parse(R"({"subject":["ECO","POL"],"desk":["north"]})"));
  EXPECT_EQ(document["published"], "2025-04-11");
  EXPECT_EQ(document["published_at"], 1744356600);
  EXPECT_EQ(document["date"], "2025-04-11T09:30:00+02:00");
  EXPECT_EQ(document["title"], "Talks \"resume\"");
  EXPECT_EQ(document["text"], "Line one.\nLine two.");
  EXPECT_EQ(bulk_document(full_article()).find('\n'), std::string::npos);
}

TEST(BulkDocument, LeavesAbsentFieldsOut) {
  BulkArticle bulk;
  bulk.article.id = "bare";
  bulk.article.text = "Only text.";
  bulk.mentioned_dates = {"PRESENT_REF"};
  json document = json::parse(bulk_document(bulk));
  EXPECT_EQ(document, json::parse(R"({"id":"bare","title":"","mentioned_dates":["PRESENT_REF"],)"
                                  R"("text":"Only text."})"));
}

TEST(BulkDocument, ReplacesBytesThatAreNotUtf8) {
  BulkArticle bulk;
  bulk.article.id = "latin1";
  bulk.article.text = "caf\xe9";
  json document = json::parse(bulk_document(bulk));
  EXPECT_EQ(document["text"], "caf\xef\xbf\xbd");
}

TEST(BulkAction, NamesTheIndexAndTheId) {
  EXPECT_EQ(json::parse(bulk_action("news", "a \"1\"")),
            json::parse(R"({"index":{"_index":"news","_id":"a \"1\""}})"));
}

TEST(OpenSearchMapping, IsStrictAndNamesEveryFieldADocumentCanHave) {
  json mapping = json::parse(opensearch_mapping());
  EXPECT_EQ(mapping["mappings"]["dynamic"], "strict");
  const json& properties = mapping["mappings"]["properties"];
  const json document = json::parse(bulk_document(full_article()));
  for (const auto& [key, value] : document.items()) EXPECT_TRUE(properties.contains(key)) << key;
  for (const schema::EntityKindInfo& kind : schema::kEntityKinds)
    EXPECT_EQ(properties[std::string(kind.json_key)]["type"], "keyword") << kind.json_key;
  EXPECT_EQ(properties["mentioned"]["type"], "date_range");
  EXPECT_EQ(properties["metadata"]["enabled"], false);
}

// An analyzer or normalizer the mapping names but does not define fails "PUT /INDEX".
void expect_defined(const json& field, const json& analysis, const std::string& path) {
  for (const char* kind : {"analyzer", "normalizer"}) {
    if (field.contains(kind)) {
      EXPECT_TRUE(analysis[kind].contains(field[kind])) << path << " " << kind;
    }
  }
  if (field.contains("fields")) {
    for (const auto& [name, subfield] : field["fields"].items())
      expect_defined(subfield, analysis, path + "." + name);
  }
}

TEST(OpenSearchMapping, DefinesTheAnalyzersItNames) {
  json mapping = json::parse(opensearch_mapping());
  const json& analysis = mapping["settings"]["analysis"];
  for (const auto& [name, field] : mapping["mappings"]["properties"].items())
    expect_defined(field, analysis, name);
  EXPECT_EQ(mapping["mappings"]["properties"]["person"]["fields"]["folded"]["normalizer"],
            "folded");
}

TEST(IndexNameError, AcceptsWhatOpenSearchAccepts) {
  EXPECT_EQ(index_name_error("news"), "");
  EXPECT_EQ(index_name_error("news-2025.04"), "");
  EXPECT_NE(index_name_error(""), "");
  EXPECT_NE(index_name_error("News"), "");
  EXPECT_NE(index_name_error("_news"), "");
  EXPECT_NE(index_name_error("-news"), "");
  EXPECT_NE(index_name_error(".."), "");
  EXPECT_NE(index_name_error("news archive"), "");
  EXPECT_NE(index_name_error("news,old"), "");
  EXPECT_NE(index_name_error("a/b"), "");
  EXPECT_NE(index_name_error(std::string(256, 'n')), "");
}

}  // namespace
}  // namespace newsindex
