// StaticScorer's cached sums must equal the feature-by-feature sums of the weights, whatever the
// cache held before: the tagger's output may not depend on cache state.
#include "static_scorer.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "tagger_model.h"

namespace newsindex::ner {
namespace {

const TaggerModel& model() {
  static const TaggerModel m = TaggerModel::load(NER_MODEL_PATH);
  return m;
}

// Static scores of every token, summed from PreparedDocument::features one by one.
std::vector<Score> reference_scores(const PreparedDocument& doc) {
  std::vector<Score> scores(doc.tokens.size() * kTagCount, 0);
  for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
    const auto features = doc.static_features(i);
    for (const std::uint64_t f : features) {
      if (f != 0) model().weights().add_scores(&f, 1, &scores[i * kTagCount]);
    }
  }
  return scores;
}

std::vector<Score> cached_scores(StaticScorer& scorer, const PreparedDocument& doc) {
  std::vector<Score> scores(doc.tokens.size() * kTagCount, 0);
  for (const Sentence& s : doc.sentences) {
    for (std::size_t i = s.begin; i < s.end; ++i) scorer.add(doc, s, i, &scores[i * kTagCount]);
  }
  return scores;
}

TEST(StaticScorer, EqualsTheSumOfEveryFeatureWeightWithColdAndWarmCaches) {
  const std::vector<std::string> texts = {
      "U.S. envoy Steve Witkoff met Russian President Vladimir Putin in St. Petersburg on Friday.",
      "PUTIN MEETS WITKOFF\nThe Kremlin said on Saturday that talks with Witkoff were useful. "
      "Bank of America and Deutsche Bank AG rose 2.5%.",
      "Charles de Gaulle airport, Kyiv and Zürich: the envoy's trip ended.",
      // The same words in an article with table rows, and names that come back (features from
      // the article as a whole, which the form cache must keep apart).
      "STANDINGS\nWitkoff 3 1 2 0 5\nKremlin 3 0 1 2 2\nWitkoff beat the Kremlin on Saturday. "
      "Kremlin said Witkoff was lucky.",
  };
  StaticScorer scorer(model());
  for (int pass = 0; pass < 2; ++pass) {  // the second pass reads the cache the first one filled
    for (const std::string& text : texts) {
      PreparedDocument doc;
      model().extractor().prepare(text, doc);
      ASSERT_GT(doc.tokens.size(), 10u);
      EXPECT_EQ(cached_scores(scorer, doc), reference_scores(doc)) << text;
    }
  }
}

TEST(StaticScorer, LowerCaseWordsAndPunctuationNeverBeginNamesButParticlesAndCapitalsMay) {
  PreparedDocument doc;
  model().extractor().prepare_without_features("the envoy said , de Gaulle iPhone al-Assad G7 van",
                                               doc);
  std::vector<bool> never;
  for (std::size_t i = 0; i < doc.tokens.size(); ++i)
    never.push_back(StaticScorer::never_begins_name(doc, i));
  EXPECT_EQ(never,
            (std::vector<bool>{true, true, true, true, false, false, false, false, false, false}));
}

TEST(StaticScorer, SentenceOpeningFunctionWordsBeforeOrdinaryWordsNeverBeginNames) {
  PreparedDocument doc;
  // "The" opening a sentence before "company" or ",": never a name. Before a capitalised word
  // ("The Hague"), in the middle of a sentence, or in capitals it may still begin one, and so may
  // an opening word that is not a function word ("Apple").
  model().extractor().prepare_without_features(
      "The company rose. Moreover , it fell. The Hague said so. Apple said THE END.", doc);
  std::vector<std::pair<std::string, bool>> never;
  for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
    if (!(doc.words[i].flags & kWordHasUpper)) continue;
    never.emplace_back(std::string(doc.lower(i)), StaticScorer::never_begins_name(doc, i));
  }
  EXPECT_EQ(never, (std::vector<std::pair<std::string, bool>>{{"the", true},
                                                              {"moreover", true},
                                                              {"the", false},
                                                              {"hague", false},
                                                              {"apple", false},
                                                              {"the", false},
                                                              {"end", false}}));
}

TEST(StaticScorer, PlainNumbersNeverBeginNamesButNumbersWithLettersMay) {
  PreparedDocument doc;
  model().extractor().prepare_without_features("1987 20,000 1.5 3/4 1990s 4th 3M", doc);
  std::vector<bool> never;
  for (std::size_t i = 0; i < doc.tokens.size(); ++i)
    never.push_back(StaticScorer::never_begins_name(doc, i));
  EXPECT_EQ(never, (std::vector<bool>{true, true, true, true, false, false, false}));
}

TEST(StaticScorer, AfterANameOnlyConnectorsAreStillScored) {
  PreparedDocument doc;
  // Right after a name, "said" and "," are outside, but "and", "&", "of" and "'s" may join the
  // name before them ("Merrill Lynch and Co"), and a capitalised word may begin the next one.
  model().extractor().prepare_without_features("Lynch said , and & of 's Co the Bank de", doc);
  std::vector<std::pair<std::string, bool>> outside;
  for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
    outside.emplace_back(std::string(doc.lower(i)),
                         StaticScorer::never_begins_name_after_name(doc, i));
  }
  EXPECT_EQ(outside, (std::vector<std::pair<std::string, bool>>{{"lynch", false},
                                                                {"said", true},
                                                                {",", true},
                                                                {"and", false},
                                                                {"&", false},
                                                                {"of", false},
                                                                {"'s", false},
                                                                {"co", false},
                                                                {"the", false},
                                                                {"bank", false},
                                                                {"de", false}}));
}

}  // namespace
}  // namespace newsindex::ner
