// Word clusters: the text format, lookup by the form written and by its usual form, and the copy
// kept in the model file.
#include "word_clusters.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "command_runner.h"
#include "feature_extractor.h"
#include "word_forms.h"

namespace newsindex::ner {
namespace {

WordClusters clusters_from(const testing::TempFolder& folder, const std::string& text) {
  const auto path = folder / "clusters.tsv";
  std::ofstream(path) << text;
  return WordClusters::from_text(path);
}

ClusterIds lookup(const WordClusters& clusters, const std::string& word) {
  std::string lower;
  append_normalised_lower(lower, word);
  return clusters.lookup(hash_bytes(word), hash_bytes(lower));
}

TEST(WordClusters, FindsAWordAsWrittenOrByItsMostFrequentForm) {
  testing::TempFolder folder;
  // Most frequent first: "Clinton" is the usual form of "clinton".
  WordClusters clusters = clusters_from(folder,
                                        "Clinton\t3\t17\t201\n"
                                        "clinton\t4\t18\t202\n"
                                        "shares\t5\t40\t400\n");
  EXPECT_EQ(clusters.size(), 3u);
  EXPECT_EQ(lookup(clusters, "Clinton"), (ClusterIds{3, 17, 201}));
  EXPECT_EQ(lookup(clusters, "clinton"), (ClusterIds{4, 18, 202}));
  EXPECT_EQ(lookup(clusters, "CLINTON"), (ClusterIds{3, 17, 201}));
  EXPECT_EQ(lookup(clusters, "Shares"), (ClusterIds{5, 40, 400}));
  EXPECT_EQ(lookup(clusters, "Dole"),
            (ClusterIds{kUnknownCluster, kUnknownCluster, kUnknownCluster}));
}

TEST(WordClusters, ABadLineIsAnErrorNamingTheFileAndLine) {
  testing::TempFolder folder;
  for (const char* bad :
       {"word\t1\t2\n", "word\t1\tx\t3\n", "\t1\t2\t3\n", "word 1 2 3\n", "word\t1\t2\t65535\n"}) {
    try {
      (void)clusters_from(folder, std::string("fine\t1\t2\t3\n") + bad);
      FAIL() << "expected an error for " << bad;
    } catch (const std::runtime_error& error) {
      EXPECT_NE(std::string(error.what()).find("clusters.tsv:2:"), std::string::npos)
          << error.what();
    }
  }
}

TEST(WordClusters, SurviveTheModelFile) {
  testing::TempFolder folder;
  WordClusters clusters = clusters_from(folder, "Clinton\t3\t17\t201\nshares\t5\t40\t400\n");
  std::stringstream buffer;
  clusters.write(buffer);
  WordClusters read = WordClusters::read(buffer);
  EXPECT_EQ(read.size(), 2u);
  EXPECT_EQ(lookup(read, "CLINTON"), (ClusterIds{3, 17, 201}));
  EXPECT_EQ(lookup(read, "shares"), (ClusterIds{5, 40, 400}));
}

TEST(WordClusters, TokensGetTheirClustersAndClusterFeatures) {
  testing::TempFolder folder;
  WordClusters clusters = clusters_from(folder, "Clinton\t3\t17\t201\nsaid\t1\t2\t3\n");
  Gazetteer gazetteer;
  CasePriorLexicon lexicon;
  FeatureExtractor extractor(gazetteer, lexicon, clusters);
  PreparedDocument doc;
  extractor.prepare("Clinton said nothing.", doc);
  ASSERT_GE(doc.words.size(), 3u);
  EXPECT_EQ(doc.words[0].clusters, (ClusterIds{3, 17, 201}));
  EXPECT_EQ(doc.words[2].clusters[0], kUnknownCluster);
  std::uint64_t features[FeatureExtractor::kMaxClusterFeatures];
  // "said": its own three, and "Clinton" before it; nothing after.
  EXPECT_EQ(FeatureExtractor::cluster_features(doc, doc.sentences.front(), 1, features), 4u);
  // Without a table, no cluster features at all.
  WordClusters none;
  FeatureExtractor plain(gazetteer, lexicon, none);
  plain.prepare("Clinton said nothing.", doc);
  EXPECT_EQ(FeatureExtractor::cluster_features(doc, doc.sentences.front(), 1, features), 0u);
}

}  // namespace
}  // namespace newsindex::ner
