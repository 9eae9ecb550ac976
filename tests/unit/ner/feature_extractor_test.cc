// What the feature extractor marks on lines before any feature is hashed (table rows), and the
// features of a word with its neighbours.
#include "feature_extractor.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "feature_templates.h"

namespace newsindex::ner {
namespace {

// Whether each token of `text` is marked as being on a table row.
std::vector<bool> table_marks(const std::string& text) {
  Gazetteer gazetteer;
  CasePriorLexicon lexicon;
  WordClusters clusters;
  PreparedDocument doc;
  FeatureExtractor(gazetteer, lexicon, clusters).prepare_words(text, doc);
  std::vector<bool> marks;
  for (const WordInfo& w : doc.words) marks.push_back((w.flags & kWordTableLine) != 0);
  return marks;
}

TEST(FeatureExtractor, MarksRowsOfResultsStandingsAndPriceTables) {
  EXPECT_EQ(table_marks("Barnsley 10 5 2 3 12 9 17"), std::vector<bool>(8, true));
  // (The tokenizer keeps "3/4" whole.)
  EXPECT_EQ(table_marks("Soybeans 712 3/4 715 1/2 up 2"), std::vector<bool>(7, true));
  // Only the row's own line.
  std::vector<bool> two_lines = table_marks("Standings:\nLeeds 8 4 2 2");
  EXPECT_EQ(two_lines, (std::vector<bool>{false, false, true, true, true, true, true}));
}

// Whether every word of `text` is marked as being in an article with table rows.
bool table_article(const std::string& text) {
  Gazetteer gazetteer;
  CasePriorLexicon lexicon;
  WordClusters clusters;
  PreparedDocument doc;
  FeatureExtractor(gazetteer, lexicon, clusters).prepare_words(text, doc);
  bool all = true, any = false;
  for (const WordInfo& w : doc.words) {
    all &= (w.flags & kWordTableArticle) != 0;
    any |= (w.flags & kWordTableArticle) != 0;
  }
  EXPECT_EQ(all, any) << "the whole article or none of it: " << text;
  return all;
}

TEST(FeatureExtractor, AnArticleWithTwoTableRowsIsATableArticleThroughout) {
  EXPECT_TRUE(table_article("Milan won at home.\nMilan 5 4 1 0 12\nTorino 5 3 1 1 9\nThe end."));
  EXPECT_FALSE(table_article("Milan won at home.\nMilan 5 4 1 0 12\nThe end."));
  EXPECT_FALSE(table_article("Milan won 2-1 on Sunday, its 12th win in 15 games."));
}

TEST(FeatureExtractor, DatelinesAndProseWithNumbersAreNoTableRows) {
  for (const char* line : {"October 3, 2008", "LONDON 1996-08-30",
                           "Sales rose 5 percent to 12 million in 1996 .", "Leeds 2 Liverpool 1"}) {
    for (bool mark : table_marks(line)) EXPECT_FALSE(mark) << line;
  }
}

// The features of a word with its neighbours, for the first token of `text` equal to `word`.
std::vector<std::uint64_t> pair_features_of(const std::string& text, const std::string& word) {
  Gazetteer gazetteer;
  CasePriorLexicon lexicon;
  WordClusters clusters;
  PreparedDocument doc;
  FeatureExtractor(gazetteer, lexicon, clusters).prepare_without_features(text, doc);
  for (const Sentence& s : doc.sentences) {
    for (std::size_t i = s.begin; i < s.end; ++i) {
      if (text.substr(doc.tokens[i].begin, doc.tokens[i].end - doc.tokens[i].begin) != word)
        continue;
      std::vector<std::uint64_t> out(FeatureExtractor::kPairFeatures);
      out.resize(FeatureExtractor::pair_features(doc, s, i, out.data()));
      return out;
    }
  }
  ADD_FAILURE() << "no " << word << " in " << text;
  return {};
}

TEST(FeatureExtractor, AWordsShapeWithTheNextWordIsItsOwnFeatureAtASentenceStart) {
  // "Kowalczyk said" opening a sentence and in mid-sentence share the shape-and-next-word
  // feature, and differ in the one that knows where the sentence starts: a surname the model
  // never saw, opening a sentence before "said", is a name.
  const auto opening = pair_features_of("Kowalczyk said so .", "Kowalczyk");
  const auto inside = pair_features_of("Then Kowalczyk said so .", "Kowalczyk");
  ASSERT_EQ(opening.size(), FeatureExtractor::kPairFeatures);
  ASSERT_EQ(inside.size(), FeatureExtractor::kPairFeatures);
  EXPECT_EQ(opening[4], inside[4]);
  EXPECT_NE(opening[5], inside[5]);
  // Another next word, another feature.
  EXPECT_NE(pair_features_of("Kowalczyk left .", "Kowalczyk")[5], opening[5]);
}

// The features a token borrows from the same word elsewhere in the article, for each token of
// `text` in order, with the prepared document to compute expectations from.
struct ElsewhereFeatures {
  PreparedDocument doc;
  std::vector<std::vector<std::uint64_t>> per_token;
};
ElsewhereFeatures elsewhere_features_of(const std::string& text) {
  Gazetteer gazetteer;
  CasePriorLexicon lexicon;
  WordClusters clusters;
  ElsewhereFeatures result;
  FeatureExtractor(gazetteer, lexicon, clusters).prepare_without_features(text, result.doc);
  for (std::size_t i = 0; i < result.doc.words.size(); ++i) {
    std::vector<std::uint64_t> out(FeatureExtractor::kElsewhereSlots);
    out.resize(FeatureExtractor::elsewhere_features(result.doc, i, out.data()));
    result.per_token.push_back(out);
  }
  return result;
}

TEST(FeatureExtractor, ANameBorrowsTheContextsOfItsOtherPlacesInTheArticle) {
  // Tokens: Fans(0) cheered(1) Nowicki(2) on(3) Saturday(4) .(5) Results(6) :(7) Nowicki(8) 2(9)
  // Dunmore(10) 1(11)
  const auto f =
      elsewhere_features_of("Fans cheered Nowicki on Saturday. Results: Nowicki 2 Dunmore 1");
  ASSERT_EQ(f.per_token.size(), 12u);
  const auto& words = f.doc.words;
  // Without a cluster table a neighbour counts by its shape; a number always does ("Nowicki 2"
  // and "Nowicki 3" say the same).
  EXPECT_EQ(f.per_token[2],
            (std::vector<std::uint64_t>{feature(kFtElsewherePrev, words[7].shape_hash),
                                        feature(kFtElsewhereNext, words[9].shape_hash)}));
  EXPECT_EQ(f.per_token[8],
            (std::vector<std::uint64_t>{feature(kFtElsewherePrev, words[1].shape_hash),
                                        feature(kFtElsewhereNext, words[3].shape_hash)}));
  // A word found once, and words without capitals, borrow nothing.
  for (std::size_t i : {0u, 1u, 3u, 4u, 9u, 10u}) EXPECT_TRUE(f.per_token[i].empty()) << i;
}

TEST(FeatureExtractor, OtherPlacesAtASentenceEdgeLendTheBoundaryAndAtMostThreeAreRead) {
  // "Kerrigan" opens the second sentence and ends the third.
  const auto f = elsewhere_features_of("Ask Kerrigan now. Kerrigan left. They saw Kerrigan.");
  // Tokens: Ask(0) Kerrigan(1) now(2) .(3) Kerrigan(4) left(5) .(6) They(7) saw(8) Kerrigan(9)
  // .(10)
  ASSERT_EQ(f.per_token.size(), 11u);
  const auto& words = f.doc.words;
  const std::uint64_t boundary = FeatureExtractor::kBoundaryWord;
  EXPECT_EQ(f.per_token[1],
            (std::vector<std::uint64_t>{feature(kFtElsewherePrev, boundary),
                                        feature(kFtElsewhereNext, words[5].shape_hash),
                                        feature(kFtElsewherePrev, words[8].shape_hash),
                                        feature(kFtElsewhereNext, words[10].shape_hash)}));
  // Repeated contexts count once.
  const auto same = elsewhere_features_of("Ask Kerrigan now. Ask Kerrigan now. Ask Kerrigan now.");
  EXPECT_EQ(same.per_token[1].size(), 2u);
  // No more than kElsewhereSlots features, however often the word comes back.
  std::string many;
  for (int k = 0; k < 10; ++k)
    many += "Word" + std::to_string(k) + " Kerrigan w" + std::to_string(k) + "x . ";
  for (const auto& features : elsewhere_features_of(many).per_token)
    EXPECT_LE(features.size(), FeatureExtractor::kElsewhereSlots);
}

TEST(FeatureExtractor, OpeningASentenceAWordBorrowsHowTheArticleWritesItElsewhere) {
  // Tokens: Dravek(0) said(1) so(2) .(3) Then(4) Dravek(5) left(6) .(7)
  const auto name = elsewhere_features_of("Dravek said so. Then Dravek left.");
  ASSERT_EQ(name.per_token.size(), 8u);
  const std::uint64_t capitalised_inside = feature(kFtElsewhereCase, 2, 0);
  EXPECT_NE(std::find(name.per_token[0].begin(), name.per_token[0].end(), capitalised_inside),
            name.per_token[0].end());
  // In mid-sentence the capital already says it.
  for (const std::uint64_t f : name.per_token[5]) EXPECT_NE(f, capitalised_inside);
  // Tokens: Sales(0) rose(1) .(2) The(3) sales(4) team(5) grew(6) .(7)
  const auto word = elsewhere_features_of("Sales rose. The sales team grew.");
  EXPECT_EQ(word.per_token[0], (std::vector<std::uint64_t>{feature(kFtElsewhereCase, 1, 0)}));
  // A word the article writes once says nothing.
  EXPECT_TRUE(elsewhere_features_of("Dravek said so.").per_token[0].empty());
}

TEST(FeatureExtractor, TheWordIdentityFeaturesAreAmongTheTokensStaticFeatures) {
  // Word dropout hides exactly these; a change to how the word's features are made must keep them.
  Gazetteer gazetteer;
  CasePriorLexicon lexicon;
  WordClusters clusters;
  PreparedDocument doc;
  FeatureExtractor(gazetteer, lexicon, clusters)
      .prepare("NOWICKI WINS\nNowicki 5 4 1 0 12\nTorino 5 3 1 1 9\nNowicki won again .", doc);
  std::size_t checked = 0;
  for (const Sentence& s : doc.sentences) {
    for (std::size_t i = s.begin; i < s.end; ++i) {
      std::uint64_t out[FeatureExtractor::kWordIdentityFeatures];
      const std::size_t n = FeatureExtractor::word_identity_features(doc, s, i, out);
      const auto statics = doc.static_features(i);
      for (std::size_t k = 0; k < n; ++k) {
        EXPECT_NE(std::find(statics.begin(), statics.end(), out[k]), statics.end())
            << "token " << i << " feature " << k;
        ++checked;
      }
    }
  }
  // Four per token, one more on the capitals line and the table rows.
  EXPECT_EQ(checked, 4 * doc.words.size() + 2 + 12);
}

}  // namespace
}  // namespace newsindex::ner
