// What the feature extractor marks on lines before any feature is hashed (table rows), and the
// features of a word with its neighbours.
#include "feature_extractor.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

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

}  // namespace
}  // namespace newsindex::ner
