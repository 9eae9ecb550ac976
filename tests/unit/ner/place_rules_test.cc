// The place rules alone, on hand-made decoder output.
#include "place_rules.h"

#include <gtest/gtest.h>

#include "mention_rule_fixture.h"

namespace newsindex::ner {
namespace {

using PlaceRules = MentionRuleTest;
constexpr auto kOrg = NameType::Organisation, kLoc = NameType::Place, kMisc = NameType::Misc;

TEST_F(PlaceRules, AGeographicFeatureOfANameIsAPlace) {
  prepare("Tankers crossed the Strait of Hormuz and the Gulf of Mexico , said the Bank of Japan .");
  EXPECT_EQ(
      run(rules::features_of_places, {{at("Strait"), at("Hormuz"), kOrg},
                                      {at("Gulf"), at("Mexico"), kMisc},
                                      {at("Bank"), at("Japan"), kOrg}}),
      (Result{{"Strait of Hormuz", kLoc}, {"Gulf of Mexico", kLoc}, {"Bank of Japan", kOrg}}));
}

TEST_F(PlaceRules, AFeaturesHeadWithoutOfIsLeftAlone) {
  prepare("The Gulf Oil board and Cape Canaveral Bank met .");
  EXPECT_EQ(run(rules::features_of_places,
                {{at("Gulf"), at("Oil"), kOrg}, {at("Cape"), at("Bank"), kOrg}}),
            (Result{{"Gulf Oil", kOrg}, {"Cape Canaveral Bank", kOrg}}));
}

}  // namespace
}  // namespace newsindex::ner
