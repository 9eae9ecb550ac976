// The place rules alone, on hand-made decoder output.
#include "place_rules.h"

#include <gtest/gtest.h>

#include "mention_rule_fixture.h"

namespace newsindex::ner {
namespace {

using PlaceRules = MentionRuleTest;
constexpr auto kOrg = NameType::Organisation, kLoc = NameType::Place, kMisc = NameType::Misc,
               kPer = NameType::Person;

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

TEST_F(PlaceRules, TheNameADatelineOpensWithIsAPlace) {
  prepare(
      "ODESSA , March 5 . Troops moved north .\n"
      "Hartwell , Ga. , Feb. 2 . The bridge reopened .\n"
      "Lake Vista , via Denver , Sept. 9 . Snow fell .\n"
      "Port Carrow , Monday . The ferry sailed .");
  EXPECT_EQ(run(rules::dateline_places, {one("ODESSA", kPer),
                                         one("Hartwell", kOrg),
                                         one("Ga", kLoc),
                                         {at("Lake"), at("Vista"), kMisc},
                                         one("Denver", kLoc),
                                         {at("Port"), at("Carrow"), kPer}}),
            (Result{{"ODESSA", kLoc},
                    {"Hartwell", kLoc},
                    {"Ga", kLoc},
                    {"Lake Vista", kLoc},
                    {"Denver", kLoc},
                    {"Port Carrow", kLoc}}));
}

TEST_F(PlaceRules, AWireDatelineWithTheAgencyInBracketsIsAPlace) {
  prepare(
      "KELSO ( Wirepress ) - The mill closed .\n"
      "Brant Inc ( BRT ) - Offering of two mln shares .");
  EXPECT_EQ(run(rules::dateline_places,
                {one("KELSO", kOrg), {at("Brant"), at("Inc"), kOrg}, one("Wirepress", kOrg)}),
            (Result{{"KELSO", kLoc}, {"Brant Inc", kOrg}, {"Wirepress", kOrg}}));
}

TEST_F(PlaceRules, TheDatelinesPlaceIsThatPlaceElsewhereUnlessATitleMakesItAPerson) {
  prepare(
      "Odessa , April 1 . Odessa reports that the port is open . Mrs. Odessa spoke , Odessa Grant "
      "wrote , and Odessa Athletic won .");
  EXPECT_EQ(run(rules::dateline_places, {one("Odessa", kPer),
                                         one("Odessa", kPer, 1),
                                         one("Odessa", kPer, 2),
                                         {at("Odessa", 3), at("Grant"), kPer},
                                         {at("Odessa", 4), at("Athletic"), kOrg}}),
            (Result{{"Odessa", kLoc},
                    {"Odessa", kLoc},
                    {"Odessa", kPer},
                    {"Odessa Grant", kPer},
                    {"Odessa Athletic", kOrg}}));
}

TEST_F(PlaceRules, ANameThatIsNoDatelineKeepsItsType) {
  prepare(
      "Reports from Odessa , March 5 , said little .\n"
      "Hartwell , who arrived on Friday , spoke .\n"
      "Ukrainian , May 86.00N\n"
      "Hartwell , Ga. , said the mayor on March 5 .");
  EXPECT_EQ(
      run(rules::dateline_places, {one("Odessa", kPer), one("Hartwell", kPer),
                                   one("Ukrainian", kMisc), one("Hartwell", kOrg, 1)}),
      (Result{{"Odessa", kPer}, {"Hartwell", kPer}, {"Ukrainian", kMisc}, {"Hartwell", kOrg}}));
}

TEST_F(PlaceRules, AHeadlineJoinedToTheDatelineWhenThePageWasUnwrappedIsCutThere) {
  prepare("Reservoir Plans Washburn , Oct. 25 . The council met .");
  written_as("Reservoir Plans\nWashburn , Oct. 25 . The council met .");
  EXPECT_EQ(run(rules::dateline_places, {{at("Reservoir"), at("Washburn"), kOrg}}),
            (Result{{"Reservoir Plans", kOrg}, {"Washburn", kLoc}}));
}

}  // namespace
}  // namespace newsindex::ner
