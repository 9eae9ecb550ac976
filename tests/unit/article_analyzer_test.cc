// ArticleAnalyzer with the trained tagger, on articles written for these tests. NER_MODEL_PATH
// names the shipped model.
#include "article_analyzer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "entity_aliases.h"

namespace newsindex {
namespace {

const EntityTagger& tagger() {
  static const EntityTagger t = EntityTagger::load(NER_MODEL_PATH);
  return t;
}

std::vector<std::string> title_names(const std::string& title, const std::string& text) {
  ArticleAnalyzer analyzer(&tagger(), EntityAliases::shared_builtin(), AnalysisOptions{});
  Article article;
  article.title = title;
  article.text = text;
  std::vector<std::string> names;
  for (const EntityOccurrence& e : analyzer.analyze(article).title_entities)
    names.push_back(title.substr(e.begin, e.end - e.begin));
  return names;
}

bool contains(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

std::vector<std::string> tagged_alone(const std::string& title) {
  std::vector<std::string> names;
  for (const EntityMention& m : tagger().tag(title))
    names.push_back(title.substr(m.begin, m.end - m.begin));
  return names;
}

constexpr const char* kBillHeadline = "BILL PROPOSED ON OCEAN SHIPPING FUND";

TEST(ArticleAnalyzerTitles, ACapitalsHeadlineWordTheBodyWritesInLowerCaseIsNoName) {
  // Tagged alone, the headline makes a person of "BILL".
  ASSERT_TRUE(contains(tagged_alone(kBillHeadline), "BILL"));
  EXPECT_FALSE(contains(title_names(kBillHeadline,
                                    "A bill proposed in the House on Tuesday would set up a fund "
                                    "for ocean shipping, its author said."),
                        "BILL"));
}

TEST(ArticleAnalyzerTitles, AHeadlineWordTheBodyAlsoNamesStays) {
  ASSERT_TRUE(contains(tagged_alone(kBillHeadline), "BILL"));
  EXPECT_TRUE(contains(title_names(kBillHeadline,
                                   "A bill would set up a fund for shipping, its author said. "
                                   "Bill, who has led the union since 1980, said on Tuesday "
                                   "that the bill would pass."),
                       "BILL"));
}

TEST(ArticleAnalyzerTitles, AWordNewsWritesCapitalisedStaysWhenTheBodyIsInLowerCase) {
  // Some wire copy comes in lower case throughout; "mexico" there is still the country.
  const std::string headline = "MEXICO GETS FIRST PART OF LOAN";
  ASSERT_TRUE(contains(tagged_alone(headline), "MEXICO"));
  EXPECT_TRUE(contains(title_names(headline,
                                   "mexico today received the first part of a loan "
                                   "from a group of banks, officials said."),
                       "MEXICO"));
}

TEST(ArticleAnalyzerTitles, AHeadlineWithLowerCaseLettersIsLeftToTheTagger) {
  // Only capitals hide what a word is: a mixed-case headline's names are the tagger's own.
  const std::string headline = "Delegates vote on farm Bill";
  ASSERT_TRUE(contains(tagged_alone(headline), "Bill"));
  EXPECT_TRUE(
      contains(title_names(headline, "Delegates voted on Tuesday on a farm bill, its author said."),
               "Bill"));
}

}  // namespace
}  // namespace newsindex
