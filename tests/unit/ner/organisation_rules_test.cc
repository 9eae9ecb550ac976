// Each organisation rule alone, on hand-made decoder output.
#include "organisation_rules.h"

#include <gtest/gtest.h>

#include "mention_rule_fixture.h"

namespace newsindex::ner {
namespace {

using OrganisationRules = MentionRuleTest;
constexpr auto kPer = NameType::Person, kOrg = NameType::Organisation, kLoc = NameType::Place,
               kMisc = NameType::Misc;

TEST_F(OrganisationRules, CompanyFormsExtendAndTypeTheName) {
  prepare("Shares of Kranzbach Feinmechanik GmbH rose . Ostwald AG fell .");
  EXPECT_EQ(run(rules::extend_over_company_forms,
                {{at("Kranzbach"), at("Feinmechanik"), kPer}, {at("Ostwald"), at("AG"), kLoc}}),
            (Result{{"Kranzbach Feinmechanik GmbH", kOrg}, {"Ostwald AG", kOrg}}));
}

TEST_F(OrganisationRules, ACompanyFormThatBeginsAnotherNameOrIsLowerCaseStaysOut) {
  prepare("Kranzbach Group Holdings bought Ostwald co shares .");
  EXPECT_EQ(
      run(rules::extend_over_company_forms,
          {one("Kranzbach", kPer), {at("Group"), at("Holdings"), kOrg}, one("Ostwald", kPer)}),
      (Result{{"Kranzbach", kPer}, {"Group Holdings", kOrg}, {"Ostwald", kPer}}));
}

TEST_F(OrganisationRules, APlaceFollowedByAServicesNameIsThatOrganisation) {
  prepare("The Canada Air Force flew . The Canada Army marched .");
  EXPECT_EQ(run(rules::organisation_heads_after_places,
                {one("Canada", kLoc), {at("Canada", 1), at("Army"), kMisc}}),
            (Result{{"Canada Air Force", kOrg}, {"Canada Army", kOrg}}));
}

TEST_F(OrganisationRules, APlaceFollowedByOtherCapitalisedWordsStaysAPlace) {
  prepare("The Canada Air Show opened .");
  EXPECT_EQ(run(rules::organisation_heads_after_places, {one("Canada", kLoc)}),
            (Result{{"Canada", kLoc}}));
}

TEST_F(OrganisationRules, ACountrysLongFormIsOnePlace) {
  prepare("He left the United States of America .");
  EXPECT_EQ(run(rules::merge_adjacent_organisations,
                {{at("United"), at("States"), kLoc}, one("America", kLoc)}),
            (Result{{"United States of America", kLoc}}));
}

TEST_F(OrganisationRules, AnInstitutionOfAPlaceIsOneOrganisation) {
  prepare("The Bank of France sold francs , the Bank of Kranzbach none .");
  EXPECT_EQ(
      run(rules::merge_adjacent_organisations,
          {one("Bank", kOrg), one("France", kLoc), one("Bank", kOrg, 1), one("Kranzbach", kPer)}),
      (Result{{"Bank of France", kOrg}, {"Bank", kOrg}, {"Kranzbach", kPer}}));
}

TEST_F(OrganisationRules, ADepartmentOfWhatItDealsWithIsOneOrganisation) {
  prepare("The Department of Energy and the Ministry of Kranzbach agreed .");
  EXPECT_EQ(
      run(rules::merge_adjacent_organisations, {one("Department", kOrg), one("Energy", kOrg),
                                                one("Ministry", kOrg), one("Kranzbach", kLoc)}),
      (Result{{"Department of Energy", kOrg}, {"Ministry of Kranzbach", kOrg}}));
}

TEST_F(OrganisationRules, AnOrdinaryNounAfterAndEndsANameWithOfInside) {
  prepare("The Ministry of Trade and Industry acted . Kranzbach and Industry met .", {"industry"});
  EXPECT_EQ(
      run(rules::merge_adjacent_organisations, {{at("Ministry"), at("Trade"), kOrg},
                                                one("Industry", kPer),
                                                one("Kranzbach", kOrg),
                                                one("Industry", kPer, 1)}),
      (Result{{"Ministry of Trade and Industry", kOrg}, {"Kranzbach", kOrg}, {"Industry", kPer}}));
}

TEST_F(OrganisationRules, NamesBackToBackWithAnOrganisationAreOneOrganisation) {
  prepare("The UK RAF ordered Kranzbach Ostwald tankers and Boeing 747 jets .");
  EXPECT_EQ(run(rules::merge_adjacent_organisations,
                {one("UK", kLoc), one("RAF", kOrg), one("Kranzbach", kPer), one("Ostwald", kPer),
                 one("Boeing", kOrg), one("747", kMisc)}),
            (Result{{"UK RAF", kOrg},
                    {"Kranzbach", kPer},
                    {"Ostwald", kPer},
                    {"Boeing", kOrg},
                    {"747", kMisc}}));
}

TEST_F(OrganisationRules, AListedCompanyTaggedOtherIsTheCompany) {
  prepare("Airbus and Kranzbach delivered .");
  EXPECT_EQ(run(rules::known_organisations, {one("Airbus", kMisc), one("Kranzbach", kMisc)}),
            (Result{{"Airbus", kOrg}, {"Kranzbach", kMisc}}));
}

TEST_F(OrganisationRules, AFirmNamedAfterPeopleTakesTheirNames) {
  // A person's name right before a firm with a legal form is part of it, and so is a short one
  // before a comma and a firm "... and Co". A person before a comma and a plain company stays.
  prepare(
      "Hella Brandt Ostwald Inc and Kranzbach , Dagmar and Co Inc hired Jan Oster , Acme Corp "
      "analyst .");
  EXPECT_EQ(run(rules::firms_named_after_people, {{at("Hella"), at("Brandt"), kPer},
                                                  {at("Ostwald"), at("Inc"), kOrg},
                                                  one("Kranzbach", kPer),
                                                  {at("Dagmar"), at("Inc", 1), kOrg},
                                                  {at("Jan"), at("Oster"), kPer},
                                                  {at("Acme"), at("Corp"), kOrg}}),
            (Result{{"Hella Brandt Ostwald Inc", kOrg},
                    {"Kranzbach , Dagmar and Co Inc", kOrg},
                    {"Jan Oster", kPer},
                    {"Acme Corp", kOrg}}));
}

TEST_F(OrganisationRules, ANameSpelledOutBeforeItsAcronymIsOneName) {
  // The decoder cut the name at "and" and typed the second piece a person; the acronym's letters
  // reach back to "Kranzbach", so everything from there to the bracket is the acronym's name.
  prepare("Delegates of the Kranzbach Council for Trade and Ostwald Affairs ( KCTOA ) met .");
  EXPECT_EQ(run(rules::names_spelled_out_before_acronyms, {{at("Kranzbach"), at("Trade"), kOrg},
                                                           {at("Ostwald"), at("Affairs"), kPer},
                                                           one("KCTOA", kOrg)}),
            (Result{{"Kranzbach Council for Trade and Ostwald Affairs", kOrg}, {"KCTOA", kOrg}}));
}

TEST_F(OrganisationRules, AnUntaggedAcronymTakesTheOrganisationItSpellsOut) {
  // "the" before "Brandt" is not one of the letters, so the name begins at "Brandt".
  prepare("Members of the Brandt Union of Dockers ( B.U.D. ) struck .");
  EXPECT_EQ(run(rules::names_spelled_out_before_acronyms,
                {{at("Brandt"), at("Union"), kOrg}, one("Dockers", kPer)}),
            (Result{{"Brandt Union of Dockers", kOrg}, {"B.U.D.", kOrg}}));
}

TEST_F(OrganisationRules, AnAcronymOfSomethingElseJoinsTheNameButStaysUntagged) {
  // No piece is an organisation and the acronym is untagged: the name takes the piece's type and
  // the acronym is left as the decoder left it.
  prepare("Prices in Special Kranzbach Rights ( SKR ) rose .");
  EXPECT_EQ(run(rules::names_spelled_out_before_acronyms, {{at("Kranzbach"), at("Rights"), kPer}}),
            (Result{{"Special Kranzbach Rights", kPer}}));
}

TEST_F(OrganisationRules, NamesStayWhenTheLettersDoNotMatchOrANameCrossesTheStart) {
  // "KTO" does not spell "Kranzbach Council for Trade and Ostwald Affairs"; "KDU" spells
  // "Kranzbach Dock Union", but the decoder's name runs on from "Jan Oster of the" into it.
  prepare(
      "The Kranzbach Council for Trade and Ostwald Affairs ( KTO ) and Jan Oster of the Kranzbach "
      "Dock Union ( KDU ) met .");
  const std::vector<NameSpan> decoded{{at("Kranzbach"), at("Trade"), kOrg},
                                      {at("Ostwald"), at("Affairs"), kPer},
                                      {at("Jan"), at("Dock"), kPer},
                                      one("Union", kOrg)};
  EXPECT_EQ(run(rules::names_spelled_out_before_acronyms, decoded),
            (Result{{"Kranzbach Council for Trade", kOrg},
                    {"Ostwald Affairs", kPer},
                    {"Jan Oster of the Kranzbach Dock", kPer},
                    {"Union", kOrg}}));
}

}  // namespace
}  // namespace newsindex::ner
