// Each person rule alone, on hand-made decoder output.
#include "person_rules.h"

#include <gtest/gtest.h>

#include "mention_rule_fixture.h"

namespace newsindex::ner {
namespace {

using PersonRules = MentionRuleTest;
constexpr auto kPer = NameType::Person, kOrg = NameType::Organisation, kLoc = NameType::Place,
               kMisc = NameType::Misc;

TEST_F(PersonRules, AMiddleInitialJoinsAPersonsName) {
  // Not after a place or before a product, nor after a name that ends with an initial itself.
  prepare("Dagmar Ostwald met Kurt W. Kranzbach and Paris E. Coli and Jan. I. K. Ostwald .");
  EXPECT_EQ(run(rules::join_middle_initials, {{at("Dagmar"), at("Ostwald"), kPer},
                                              one("Kurt", kPer),
                                              {at("W."), at("Kranzbach"), kLoc},
                                              one("Paris", kLoc),
                                              {at("E."), at("Coli"), kMisc},
                                              {at("Jan."), at("I."), kPer},
                                              {at("K."), at("Ostwald", 1), kPer}}),
            (Result{{"Dagmar Ostwald", kPer},
                    {"Kurt W. Kranzbach", kPer},
                    {"Paris", kLoc},
                    {"E. Coli", kMisc},
                    {"Jan. I.", kPer},
                    {"K. Ostwald", kPer}}));
}

TEST_F(PersonRules, NamesAfterPersonTitlesArePeople) {
  prepare("Trump's envoy Keith Kellogg and Kremlin spokesperson Dmitry Peskov met .");
  EXPECT_EQ(run(rules::names_after_titles, {{at("Dmitry"), at("Peskov"), kOrg}}),
            (Result{{"Keith Kellogg", kPer}, {"Dmitry Peskov", kPer}}));
}

TEST_F(PersonRules, AnOfficeInsideANameSplitsTheInstitutionFromTheHolder) {
  prepare(
      "Norvik Port Authority Vice Chairman Edda Lunde met Lisbon Mayor Tomas Varga and "
      "Martin Luther King Jr and Norvik Housing Minister Sea View .",
      {"sea", "view"});
  EXPECT_EQ(run(rules::split_at_inner_offices, {{at("Norvik"), at("Lunde"), kOrg},
                                                {at("Lisbon"), at("Varga"), kPer},
                                                {at("Martin"), at("Jr"), kPer},
                                                {at("Norvik", 1), at("View"), kOrg}}),
            (Result{{"Norvik Port Authority", kOrg},
                    {"Edda Lunde", kPer},
                    {"Lisbon", kLoc},
                    {"Tomas Varga", kPer},
                    // An honorific is no office; "Sea" and "View" are ordinary words.
                    {"Martin Luther King Jr", kPer},
                    {"Norvik Housing Minister Sea View", kOrg}}));
}

TEST_F(PersonRules, NamesAfterNounsForPeopleArePeople) {
  // Not person titles of the gazetteer (a feature of the model), but a rule of their own.
  prepare("The talks were attended by presidential aide Yuri Ushakov and analyst Jane Doe .",
          {"aide", "analyst"});
  EXPECT_EQ(run(rules::names_after_titles, {{at("Yuri"), at("Ushakov"), kOrg}}),
            (Result{{"Yuri Ushakov", kPer}, {"Jane Doe", kPer}}));
}

TEST_F(PersonRules, ATitleDoesNotRetypeListedNamesNorStartARunIntoATaggedName) {
  prepare("The envoy Paris Kranzbach and the envoy Kurt Ostwald Werke came .");
  EXPECT_EQ(run(rules::names_after_titles,
                {{at("Paris"), at("Kranzbach"), kLoc}, {at("Ostwald"), at("Werke"), kOrg}}),
            (Result{{"Paris Kranzbach", kLoc}, {"Ostwald Werke", kOrg}}));
}

TEST_F(PersonRules, AfterOfTheTheFirstWordOfAPersonsNameEndsTheTitle) {
  // Persons take no "the": "of the Admiralty Dagmar Ostwald" is a title and a name. A given name
  // before an initial is a name used as an attribute ("of the Kurt W. Kranzbach era"), and two
  // words are left alone.
  prepare(
      "the Lord of the Admiralty Dagmar Ostwald met the heirs of the Kurt W. Kranzbach era "
      "and friends of the Hella Brandt .");
  EXPECT_EQ(
      run(rules::person_after_the, {{at("Admiralty"), at("Ostwald"), kPer},
                                    {at("Kurt"), at("Kranzbach"), kPer},
                                    {at("Hella"), at("Brandt"), kPer}}),
      (Result{{"Dagmar Ostwald", kPer}, {"Kurt W. Kranzbach", kPer}, {"Hella Brandt", kPer}}));
}

TEST_F(PersonRules, ParticlesJoinTheNamesAroundThem) {
  // A person, lower-case particles and a name are one person, also when the decoder tagged the
  // particles apart; capitalised particles opening a sentence take the untagged name after them;
  // a place after the particles stays apart.
  prepare(
      "Hella von der Brandt spoke . Von der Brandt left . Kurt Perez de Ostwald came . Banco "
      "do Kranzbach paid .");
  EXPECT_EQ(run(rules::join_name_particles, {one("Hella", kPer),
                                             one("Brandt", kOrg),
                                             {at("Von"), at("der", 1), kOrg},
                                             {at("Kurt"), at("Perez"), kPer},
                                             one("de", kPer),
                                             one("Ostwald", kPer),
                                             one("Banco", kPer),
                                             one("Kranzbach", kLoc)}),
            (Result{{"Hella von der Brandt", kPer},
                    {"Von der Brandt", kPer},
                    {"Kurt Perez de Ostwald", kPer},
                    {"Banco", kPer},
                    {"Kranzbach", kLoc}}));
  doc_.noisy = true;  // OCR'd pages: stray particles join junk
  EXPECT_EQ(run(rules::join_name_particles, {one("Hella", kPer), one("Brandt", kOrg)}),
            (Result{{"Hella", kPer}, {"Brandt", kOrg}}));
}

TEST_F(PersonRules, ANicknameBetweenGivenNamesAndSurnameIsPartOfThePerson) {
  // In brackets or quotation marks, tagged a person or untagged, with the surname tagged or not.
  prepare("Jan Erik ( Janne ) Kranzbach met Hella \" Red \" Ostwald .");
  EXPECT_EQ(run(rules::join_nicknames, {{at("Jan"), at("Erik"), kPer},
                                        one("Janne", kPer),
                                        one("Kranzbach", kPer),
                                        one("Hella", kPer)}),
            (Result{{"Jan Erik ( Janne ) Kranzbach", kPer}, {"Hella \" Red \" Ostwald", kPer}}));
}

TEST_F(PersonRules, APlaceOrClubInBracketsOrACompanyFormAfterThemIsNoNickname) {
  // A player, his club and another player; a person and his country; a firm's "(Overseas) Ltd".
  prepare(
      "Jan Oster ( Kranzbach ) Hella Brandt scored . Jan Oster ( Paris ) Ostwald won . Jan Oster "
      "( Overseas ) Ltd sold .");
  const std::vector<NameSpan> spans = {{at("Jan"), at("Oster"), kPer},
                                       one("Kranzbach", kOrg),
                                       {at("Hella"), at("Brandt"), kPer},
                                       {at("Jan", 1), at("Oster", 1), kPer},
                                       one("Ostwald", kPer),
                                       {at("Jan", 2), at("Oster", 2), kPer}};
  EXPECT_EQ(run(rules::join_nicknames, spans), (Result{{"Jan Oster", kPer},
                                                       {"Kranzbach", kOrg},
                                                       {"Hella Brandt", kPer},
                                                       {"Jan Oster", kPer},
                                                       {"Ostwald", kPer},
                                                       {"Jan Oster", kPer}}));
  prepare("Jan Erik ( Janne ) Kranzbach met him .");
  doc_.noisy = true;  // brackets on an OCR'd page are often debris
  EXPECT_EQ(run(rules::join_nicknames, {{at("Jan"), at("Erik"), kPer}, one("Kranzbach", kPer)}),
            (Result{{"Jan Erik", kPer}, {"Kranzbach", kPer}}));
}

}  // namespace
}  // namespace newsindex::ner
