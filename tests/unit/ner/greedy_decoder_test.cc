// The decoder's skipping of tokens, with a scripted scorer instead of a trained model.
#include "greedy_decoder.h"

#include <gtest/gtest.h>

#include <set>
#include <vector>

namespace newsindex::ner {
namespace {

constexpr std::uint8_t kUnitPerson = make_tag(TagPart::Unit, NameType::Person);

// Five tokens in one sentence, none of them seen before (no history features).
PreparedDocument five_tokens() {
  PreparedDocument doc;
  for (std::uint32_t i = 0; i < 5; ++i) {
    doc.tokens.push_back({i * 2, i * 2 + 1, 0, 0});
    doc.words.push_back({100 + i,
                         7,
                         0,
                         0,
                         0,
                         {},
                         CasePrior::Unknown,
                         {kUnknownCluster, kUnknownCluster, kUnknownCluster}});
  }
  doc.sentences.push_back({0, 5});
  return doc;
}

// Token 0 is a one-word person; every other scored token is outside. `skippable` are the tokens
// the scorer says cannot begin a name.
struct ScriptedScorer {
  using Score = int;
  std::set<std::size_t> skippable;
  std::vector<std::size_t>* scored;

  void score(const Sentence&, std::size_t i, const std::uint64_t*, std::size_t, int* scores) const {
    scored->push_back(i);
    scores[i == 0 ? kUnitPerson : kOutside] = 10;
  }
  [[nodiscard]] float to_float(int score) const noexcept { return static_cast<float>(score); }
  [[nodiscard]] bool outside_unless_in_name(std::size_t i) const { return skippable.contains(i); }
};

struct ScriptedScorerSkippingAfterNames : ScriptedScorer {
  [[nodiscard]] bool outside_after_name(std::size_t i) const { return skippable.contains(i); }
};

TEST(GreedyDecoder, TokensThatCannotBeginANameAreSkippedOnlyOutsideNames) {
  const PreparedDocument doc = five_tokens();
  std::vector<std::size_t> scored;
  std::vector<std::uint8_t> tags;
  decode_document(doc, ScriptedScorer{{1, 3}, &scored}, tags, [](std::size_t, std::uint8_t) {});
  // Token 1 follows the name that token 0 is, so it is scored; token 3 follows an outside token.
  EXPECT_EQ(scored, (std::vector<std::size_t>{0, 1, 2, 4}));
  EXPECT_EQ(tags, (std::vector<std::uint8_t>{kUnitPerson, kOutside, kOutside, kOutside, kOutside}));
}

TEST(GreedyDecoder, AScorerMaySkipTokensRightAfterAName) {
  const PreparedDocument doc = five_tokens();
  std::vector<std::size_t> scored;
  std::vector<std::uint8_t> tags;
  decode_document(doc, ScriptedScorerSkippingAfterNames{{{1, 3}, &scored}}, tags,
                  [](std::size_t, std::uint8_t) {});
  EXPECT_EQ(scored, (std::vector<std::size_t>{0, 2, 4}));
  EXPECT_EQ(tags, (std::vector<std::uint8_t>{kUnitPerson, kOutside, kOutside, kOutside, kOutside}));
}

}  // namespace
}  // namespace newsindex::ner
