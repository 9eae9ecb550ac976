#include "schema.h"

#include <gtest/gtest.h>

namespace newsindex::schema {
namespace {

using namespace std::chrono;

TEST(Schema, TermsCarryTheirPrefixes) {
  EXPECT_EQ(id_term("reuters-1"), "Qreuters-1");
  EXPECT_EQ(language_term("en"), "Len");
  EXPECT_EQ(source_term("bbc"), source_term("bbc"));
  EXPECT_NE(source_term("bbc"), language_term("bbc"));
  EXPECT_TRUE(language_term("fi").starts_with(language_term_prefix()));
}

TEST(Schema, LongIdsAreHashedBelowXapiansTermLimitAndStayDistinct) {
  std::string a(400, 'a');
  std::string b = a;
  b.back() = 'b';
  EXPECT_LE(id_term(a).size(), 245u);
  EXPECT_NE(id_term(a), id_term(b));
  EXPECT_EQ(id_term(a), id_term(a));
}

TEST(Schema, LongMultibyteIdsAreCutOnCharacterBoundaries) {
  std::string id;
  for (int i = 0; i < 200; ++i) id += "ä";
  std::string term = id_term(id);
  ASSERT_LE(term.size(), 245u);
  // The head is whole two-byte characters followed by 16 hex digits.
  std::string head = term.substr(1, term.size() - 17);
  EXPECT_EQ(head.size() % 2, 0u);
}

TEST(Schema, DayValuesAreEightBytesAndRoundTrip) {
  year_month_day day = 2025y / April / 4d;
  EXPECT_EQ(day_value(day), "20250404");
  EXPECT_EQ(parse_day_value("20250404"), day);
  EXPECT_EQ(day_value(1916y / January / 1d), "19160101");
  EXPECT_FALSE(parse_day_value("20250230").has_value());
  EXPECT_FALSE(parse_day_value("2025-04").has_value());
}

TEST(Schema, TimeValuesSortChronologically) {
  sys_seconds early{sys_days{1987y / February / 26d}.time_since_epoch()};
  sys_seconds late{sys_days{2025y / April / 4d}.time_since_epoch()};
  EXPECT_LT(time_value(early), time_value(late));
}

TEST(Schema, LanguageCodeIsTheLowercasePrimarySubtag) {
  EXPECT_EQ(language_code("en-US"), "en");
  EXPECT_EQ(language_code("DE"), "de");
  EXPECT_EQ(language_code("pt_BR"), "pt");
  EXPECT_EQ(language_code(""), "");
}

TEST(Schema, StemmerFollowsTheLanguageAndIsNoneWhenUnknown) {
  EXPECT_EQ(stemmer_for("en")("running"), "run");
  EXPECT_EQ(stemmer_for("de")("häuser"), "haus");
  EXPECT_EQ(stemmer_for("xx")("running"), "running");
  EXPECT_EQ(stemmer_for("")("running"), "running");
}

TEST(Schema, ShardPlacementDependsOnlyOnTheId) {
  EXPECT_EQ(shard_for("any", 1), 0u);
  EXPECT_EQ(shard_for("reuters-17", 4), shard_for("reuters-17", 4));
  EXPECT_LT(shard_for("reuters-17", 4), 4u);
}

TEST(Schema, DerivedIdsDependOnContent) {
  EXPECT_EQ(derived_article_id("a text"), derived_article_id("a text"));
  EXPECT_NE(derived_article_id("a text"), derived_article_id("another text"));
  EXPECT_TRUE(derived_article_id("x").starts_with("content-"));
}

TEST(Schema, DocumentDataRoundTrips) {
  StoredArticle article;
  article.id = "sample-1";
  article.title = "Zélensky à Kyiv";
  article.date = "2025-04-11T09:30:00+02:00";
  article.source = "Baltic Wire";
  article.url = "https://example.org/1";
  article.language = "fr";
  article.authors = {"A. Writer", "B. Writer"};
  article.section = "World";
  article.origin = "corpus/a.jsonl:3";
  article.text = "Body\nwith lines";
  EXPECT_EQ(decode_document_data(encode_document_data(article)), article);
}

TEST(Schema, DocumentDataKeepsTheArchivesMetadataAsArraysByKey) {
  StoredArticle article;
  article.id = "nitf-1";
  article.metadata = {{"person", "Barack Obama"}, {"person", "Angela Merkel"},
                      {"subject", "medtop:11000000"}};
  std::string data = encode_document_data(article);
  EXPECT_EQ(data,
            R"({"id":"nitf-1","metadata":{"person":["Barack Obama","Angela Merkel"],)"
            R"("subject":["medtop:11000000"]}})");
  EXPECT_EQ(decode_document_data(data), article);
}

TEST(Schema, DocumentDataIsAJsonObjectWithDocumentedKeys) {
  StoredArticle article;
  article.id = "x";
  article.title = "T";
  std::string data = encode_document_data(article);
  EXPECT_EQ(data, R"({"id":"x","title":"T"})");
  EXPECT_THROW((void)decode_document_data("not json"), std::runtime_error);
}

}  // namespace
}  // namespace newsindex::schema

namespace newsindex::schema {
namespace {

using namespace std::chrono;

TEST(MentionedDates, EachPrecisionGetsItsOwnAndCoarserTerms) {
  EXPECT_EQ(
      mentioned_date_terms("2025-04-11"),
      (std::vector<std::string>{mentioned_day_term(2025y / April / 11d),
                                mentioned_month_term(2025y / April), mentioned_year_term(2025y)}));
  EXPECT_EQ(mentioned_date_terms("2025-04-11T14:00").size(), 3u);
  EXPECT_EQ(
      mentioned_date_terms("2025-04"),
      (std::vector<std::string>{mentioned_month_term(2025y / April), mentioned_year_term(2025y)}));
  EXPECT_EQ(mentioned_date_terms("2022"), std::vector<std::string>{mentioned_year_term(2022y)});
  EXPECT_EQ(mentioned_date_terms("2025-Q2"), std::vector<std::string>{mentioned_year_term(2025y)});
}

TEST(MentionedDates, WeeksCountForTheirMonthOnlyWhenInsideIt) {
  // 2025-W15 is April 7-13; 2025-W14 is March 31 - April 6.
  EXPECT_EQ(
      mentioned_date_terms("2025-W15"),
      (std::vector<std::string>{mentioned_month_term(2025y / April), mentioned_year_term(2025y)}));
  EXPECT_EQ(mentioned_date_terms("2025-W14"), std::vector<std::string>{mentioned_year_term(2025y)});
}

TEST(MentionedDates, ValuesWithoutACalendarPeriodGetNoTerms) {
  for (const char* value :
       {"XXXX-04-04", "PRESENT_REF", "P3Y", "XXXX-WXX-5", "2025-02-30", "199"}) {
    EXPECT_TRUE(mentioned_date_terms(value).empty()) << value;
  }
}

TEST(MentionedDates, RangesAreCoveredByTheFewestTerms) {
  EXPECT_EQ(mentioned_range_terms(2025y / April / 1d, 2025y / April / 30d),
            std::vector<std::string>{mentioned_month_term(2025y / April)});
  EXPECT_EQ(mentioned_range_terms(2022y / January / 1d, 2022y / December / 31d),
            std::vector<std::string>{mentioned_year_term(2022y)});
  std::vector<std::string> mixed =
      mentioned_range_terms(2024y / December / 30d, 2026y / February / 2d);
  EXPECT_EQ(
      mixed,
      (std::vector<std::string>{
          mentioned_day_term(2024y / December / 30d), mentioned_day_term(2024y / December / 31d),
          mentioned_year_term(2025y), mentioned_month_term(2026y / January),
          mentioned_day_term(2026y / February / 1d), mentioned_day_term(2026y / February / 2d)}));
}

TEST(Entities, EncodeAndDecodeRoundTrip) {
  std::vector<DocumentEntity> entities = {
      {EntityKind::kPerson, "vladimir putin", "Vladimir Putin", 3, {"Putin", "PUTIN"}},
      {EntityKind::kPlace, "kyiv", "Kyiv", 1, {}}};
  EXPECT_EQ(decode_entities(encode_entities(entities, true)), entities);
  std::vector<DocumentEntity> without = decode_entities(encode_entities(entities, false));
  ASSERT_EQ(without.size(), 2u);
  EXPECT_TRUE(without[0].aliases.empty());
}

TEST(NumberSets, RoundTripSortedWithoutRepeatsAndStopAtADamagedTail) {
  std::string value = encode_number_set({300, 5, 70000, 5, 0});
  EXPECT_EQ(decode_number_set(value), (std::vector<std::uint32_t>{0, 5, 300, 70000}));
  // Small gaps take one byte each: a page's ordinals stay small.
  EXPECT_EQ(encode_number_set({1, 2, 3}).size(), 3u);
  // A set cut inside its last number keeps the numbers before it.
  EXPECT_EQ(decode_number_set(std::string_view(value).substr(0, value.size() - 1)),
            (std::vector<std::uint32_t>{0, 5, 300}));
  EXPECT_TRUE(decode_number_set("").empty());
}

TEST(NamedFacets, NameKeysRoundTripAndSortByOrdinal) {
  std::string key = facet_name_key(NamedFacet::kPlace, 0x1234);
  auto parsed = parse_facet_name_key(key);
  ASSERT_TRUE(parsed);
  EXPECT_EQ(parsed->first, NamedFacet::kPlace);
  EXPECT_EQ(parsed->second, 0x1234u);
  EXPECT_LT(facet_name_key(NamedFacet::kPerson, 255), facet_name_key(NamedFacet::kPerson, 256));
  EXPECT_EQ(parse_facet_name_key(facet_name_key(NamedFacet::kSource, 0xFFFFFFFF))->second,
            0xFFFFFFFFu);
  EXPECT_TRUE(key.starts_with(facet_name_key_prefix()));
  EXPECT_FALSE(parse_facet_name_key(std::string(facet_name_key_prefix()) + "Z1234"));
  EXPECT_FALSE(parse_facet_name_key(std::string(facet_name_key_prefix()) + "P12"));
  EXPECT_FALSE(parse_facet_name_key("newsindex.schema_version"));
  FacetName name{"vladimir putin", "Vladimir Putin"};
  EXPECT_EQ(decode_facet_name(encode_facet_name(name)), name);
  EXPECT_FALSE(decode_facet_name("no separator"));
  // Every faceted entity kind has a named facet of the same name, and only those.
  for (EntityKind kind : kFacetedEntityKinds) {
    ASSERT_TRUE(named_facet_of(kind));
    EXPECT_EQ(named_facet_info(*named_facet_of(kind)).name, entity_kind_info(kind).facet);
    EXPECT_EQ(entity_kind_of(*named_facet_of(kind)), kind);
  }
  EXPECT_FALSE(named_facet_of(EntityKind::kMisc));
}

TEST(FacetTotals, CountArticlesInAndOutAndRoundTrip) {
  DocumentFacets first;
  first.published_day = 20250411;
  first.mentioned_periods = {period_code(PeriodPrecision::kYear, 2025, 0, 0)};
  first.ordinals[named_facet_index(NamedFacet::kPerson)] = {0, 7};
  first.ordinals[named_facet_index(NamedFacet::kSource)] = {2};
  DocumentFacets second = first;
  second.ordinals[named_facet_index(NamedFacet::kPerson)] = {7};
  FacetTotals totals;
  totals.count(first, +1);
  totals.count(second, +1);
  EXPECT_EQ(totals.articles, 2u);
  EXPECT_EQ(totals.named[named_facet_index(NamedFacet::kPerson)][7], 2u);
  EXPECT_EQ(totals.named[named_facet_index(NamedFacet::kPerson)][0], 1u);
  EXPECT_EQ(totals.published_days.at(20250411), 2u);
  auto decoded = decode_facet_totals(encode_facet_totals(totals));
  ASSERT_TRUE(decoded);
  EXPECT_EQ(decoded->articles, 2u);
  EXPECT_EQ(decoded->named[named_facet_index(NamedFacet::kPerson)][7], 2u);
  EXPECT_EQ(decoded->named[named_facet_index(NamedFacet::kSource)][2], 2u);
  EXPECT_EQ(decoded->published_days, totals.published_days);
  EXPECT_EQ(decoded->mentioned_periods, totals.mentioned_periods);
  // Counting an article out undoes counting it in; days nobody published on are not kept.
  totals.count(first, -1);
  totals.count(second, -1);
  EXPECT_EQ(totals.articles, 0u);
  EXPECT_EQ(totals.named[named_facet_index(NamedFacet::kPerson)][7], 0u);
  EXPECT_TRUE(totals.published_days.empty());
  EXPECT_TRUE(totals.mentioned_periods.empty());
  // Another shard's totals add up.
  FacetTotals shard;
  shard.count(first, +1);
  totals.add(shard);
  totals.add(shard);
  EXPECT_EQ(totals.articles, 2u);
  EXPECT_EQ(totals.named[named_facet_index(NamedFacet::kPerson)][0], 2u);
  // Damage is nullopt, not a wrong count.
  std::string value = encode_facet_totals(totals);
  EXPECT_FALSE(decode_facet_totals(std::string_view(value).substr(0, value.size() - 1)));
  EXPECT_FALSE(decode_facet_totals(value + "x"));
}
TEST(Entities, TermsSeparateKinds) {
  EXPECT_NE(entity_term(EntityKind::kPerson, "jordan"), entity_term(EntityKind::kPlace, "jordan"));
  EXPECT_NE(entity_term(EntityKind::kPerson, "putin"),
            entity_word_term(EntityKind::kPerson, "putin"));
  EXPECT_TRUE(entity_term(EntityKind::kOrganisation, "nato")
                  .starts_with(entity_term_prefix(EntityKind::kOrganisation)));
}

}  // namespace
}  // namespace newsindex::schema
