#include "document_builder.h"

#include <gtest/gtest.h>

#include <set>

#include "publication_date.h"
#include "schema.h"

namespace newsindex {
namespace {

std::set<std::string> terms_of(const Xapian::Document& document) {
  return {document.termlist_begin(), document.termlist_end()};
}

Article sample() {
  Article article;
  article.id = "a1";
  article.title = "Zélensky visits Kyiv";
  article.text = "President Zélensky met Müller on Friday.";
  article.date = parse_publication_date("2025-04-11T09:30:00+02:00");
  article.source = "Baltic Wire";
  article.language = "en";
  return article;
}

TEST(DocumentBuilder, IndexesFoldedTitleAndBodyWithStemsAndTitlePrefix) {
  DocumentBuilder builder;
  std::set<std::string> terms = terms_of(builder.build(sample(), {}).document);
  EXPECT_TRUE(terms.count("zelensky"));
  EXPECT_TRUE(terms.count("muller"));
  EXPECT_TRUE(terms.count("Zvisit"));  // English stem of "visits"
  EXPECT_TRUE(terms.count(std::string(schema::kTitlePrefix) + "kyiv"));
  EXPECT_FALSE(terms.count(std::string(schema::kTitlePrefix) + "muller"));
}

TEST(DocumentBuilder, AddsFilterTermsValuesAndData) {
  DocumentBuilder builder;
  Xapian::Document document = builder.build(sample(), {}).document;
  std::set<std::string> terms = terms_of(document);
  EXPECT_TRUE(terms.count(schema::id_term("a1")));
  EXPECT_TRUE(terms.count(schema::source_term("baltic wire")));
  EXPECT_TRUE(terms.count(schema::language_term("en")));
  EXPECT_EQ(document.get_value(schema::kPublishedDaySlot), "20250411");
  EXPECT_FALSE(document.get_value(schema::kPublishedTimeSlot).empty());
  schema::StoredArticle stored = schema::decode_document_data(document.get_data());
  EXPECT_EQ(stored.title, "Zélensky visits Kyiv");
  EXPECT_EQ(stored.date, "2025-04-11T09:30:00+02:00");
}

TEST(DocumentBuilder, TitleWordsWeighMoreThanBodyWords) {
  DocumentBuilder builder;
  Xapian::Document document = builder.build(sample(), {}).document;
  auto wdf = [&](const std::string& term) {
    auto it = document.termlist_begin();
    it.skip_to(term);
    return (it != document.termlist_end() && *it == term) ? it.get_wdf() : 0u;
  };
  EXPECT_GT(wdf("kyiv"), wdf("muller"));
}

TEST(DocumentBuilder, NoStemsForUnknownLanguages) {
  DocumentBuilder builder;
  Article article = sample();
  article.language = "";
  std::set<std::string> terms = terms_of(builder.build(article, {}).document);
  EXPECT_TRUE(terms.count("visits"));
  for (const std::string& term : terms) EXPECT_FALSE(term.starts_with("Z")) << term;
}

TEST(DocumentBuilder, NoDateValuesWithoutADate) {
  DocumentBuilder builder;
  Article article = sample();
  article.date.reset();
  Xapian::Document document = builder.build(article, {}).document;
  EXPECT_TRUE(document.get_value(schema::kPublishedDaySlot).empty());
}

TEST(DocumentBuilder, EntityTermsAndWordTermsForMultiWordNamesOnly) {
  DocumentBuilder builder;
  ArticleAnalysis analysis;
  auto mention = [&](schema::EntityKind kind, const std::string& display, const std::string& key) {
    analysis.text_entities.push_back({0, 0, CanonicalName{kind, display, key}});
  };
  mention(schema::EntityKind::kPerson, "Vladimir Putin", "vladimir putin");
  mention(schema::EntityKind::kPlace, "Kyiv", "kyiv");
  mention(schema::EntityKind::kOrganisation, "Al-Qaeda", "al-qaeda");
  std::set<std::string> terms = terms_of(builder.build(sample(), analysis).document);
  EXPECT_TRUE(terms.count(schema::entity_term(schema::EntityKind::kPerson, "vladimir putin")));
  EXPECT_TRUE(terms.count(schema::entity_word_term(schema::EntityKind::kPerson, "vladimir")));
  EXPECT_TRUE(terms.count(schema::entity_word_term(schema::EntityKind::kPerson, "putin")));
  EXPECT_TRUE(terms.count(schema::entity_word_term(schema::EntityKind::kOrganisation, "qaeda")));
  // "place:kyiv" finds the entity term itself: a word term would only repeat it.
  EXPECT_TRUE(terms.count(schema::entity_term(schema::EntityKind::kPlace, "kyiv")));
  EXPECT_FALSE(terms.count(schema::entity_word_term(schema::EntityKind::kPlace, "kyiv")));
}

TEST(DocumentBuilder, NamesEachFacetValueOnceAndStoresTheMentionedPeriods) {
  DocumentBuilder builder;
  ArticleAnalysis analysis;
  auto mention = [&](schema::EntityKind kind, const std::string& display, const std::string& key) {
    analysis.text_entities.push_back({0, 0, CanonicalName{kind, display, key}});
  };
  mention(schema::EntityKind::kPerson, "Vladimir Putin", "vladimir putin");
  mention(schema::EntityKind::kPerson, "Vladimir Putin", "vladimir putin");
  mention(schema::EntityKind::kPlace, "Kyiv", "kyiv");
  mention(schema::EntityKind::kMisc, "Ukrainian", "ukrainian");
  analysis.timexes.push_back({0, 0, TimexType::Date, "2025-04-11"});
  analysis.timexes.push_back({0, 0, TimexType::Date, "2025-04"});
  ArticleDocument built = builder.build(sample(), analysis);
  auto names = [&](schema::NamedFacet facet) {
    return built.facet_names[schema::named_facet_index(facet)];
  };
  using Names = std::vector<schema::FacetName>;
  EXPECT_EQ(names(schema::NamedFacet::kPerson), (Names{{"vladimir putin", "Vladimir Putin"}}));
  EXPECT_EQ(names(schema::NamedFacet::kPlace), (Names{{"kyiv", "Kyiv"}}));
  EXPECT_TRUE(names(schema::NamedFacet::kOrganisation).empty());
  EXPECT_EQ(names(schema::NamedFacet::kSource), (Names{{"baltic wire", "Baltic Wire"}}));
  EXPECT_EQ(names(schema::NamedFacet::kLanguage), (Names{{"en", "en"}}));
  EXPECT_FALSE(built.numbered);
  // The day, its month and its year; the month mention adds no period of its own.
  EXPECT_EQ(schema::decode_number_set(built.document.get_value(schema::kMentionedPeriodsSlot)),
            (std::vector<std::uint32_t>{
                schema::period_code(schema::PeriodPrecision::kYear, 2025, 0, 0),
                schema::period_code(schema::PeriodPrecision::kMonth, 2025, 4, 0),
                schema::period_code(schema::PeriodPrecision::kDay, 2025, 4, 11)}));
  EXPECT_EQ(built.document.get_value(schema::kMentionedDatesSlot), "2025-04-11 2025-04");
}

}  // namespace
}  // namespace newsindex
