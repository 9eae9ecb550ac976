// What the feature extractor marks on lines before any feature is hashed: table rows.
#include "feature_extractor.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace newsindex::ner
