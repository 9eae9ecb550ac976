// Each rule for names around "and" alone, on hand-made decoder output.
#include "coordination_rules.h"

#include <gtest/gtest.h>

#include "mention_rule_fixture.h"

namespace newsindex::ner {
namespace {

using CoordinationRules = MentionRuleTest;
constexpr auto kPer = NameType::Person, kOrg = NameType::Organisation, kLoc = NameType::Place;

TEST_F(CoordinationRules, AFirmEndedAtAndTakesItsLegalForm) {
  prepare("Kranzbach and Co Inc advised Ostwald & Co and Paris and Co on the deal .");
  EXPECT_EQ(run(rules::join_legal_form_after_and, {one("Kranzbach", kPer),
                                                   {at("Co"), at("Inc"), kOrg},
                                                   one("Ostwald", kPer),
                                                   one("Paris", kLoc)}),
            (Result{{"Kranzbach and Co Inc", kOrg}, {"Ostwald & Co", kOrg}, {"Paris", kLoc}}));
}

TEST_F(CoordinationRules, TwoNamesRunTogetherAtAndAreCut) {
  prepare("Dagmar Ostwald and Kurt Kranzbach met Kranzbach Werke and Ostwald Bau .");
  EXPECT_EQ(run(rules::split_coordinated_names,
                {{at("Dagmar"), at("Kranzbach"), kPer}, {at("Kranzbach", 1), at("Bau"), kOrg}}),
            (Result{{"Dagmar Ostwald", kPer},
                    {"Kurt Kranzbach", kPer},
                    {"Kranzbach Werke", kOrg},
                    {"Ostwald Bau", kOrg}}));
}

TEST_F(CoordinationRules, AnOrganisationWithASideThatIsNoNameAloneIsNotCut) {
  // "food" is often lower case, and "Co Inc" is company forms only.
  prepare("The Food and Drug Administration and Merck and Co Inc met .", {"food"});
  EXPECT_EQ(run(rules::split_coordinated_names,
                {{at("Food"), at("Administration"), kOrg}, {at("Merck"), at("Inc"), kOrg}}),
            (Result{{"Food and Drug Administration", kOrg}, {"Merck and Co Inc", kOrg}}));
}

TEST_F(CoordinationRules, AnOrdinaryWordThatTheArticleNamesAloneIsCutOff) {
  prepare("Black and Ostwald Bau met . Black said so .", {"black"});
  EXPECT_EQ(
      run(rules::split_coordinated_names, {{at("Black"), at("Bau"), kOrg}, one("Black", kOrg, 1)}),
      (Result{{"Black", kOrg}, {"Ostwald Bau", kOrg}, {"Black", kOrg}}));
}

TEST_F(CoordinationRules, ACompanyNameEndedAtAndIsJoinedWhenItsFirstPartIsAnOrdinaryWord) {
  // "black" is often lower case; "Ostwald" could be a name on its own.
  prepare("Black and Decker Corp and Ostwald and Kranzbach Inc bid .", {"black"});
  EXPECT_EQ(run(rules::split_coordinated_names, {one("Black", kOrg),
                                                 {at("Decker"), at("Corp"), kOrg},
                                                 one("Ostwald", kOrg),
                                                 {at("Kranzbach"), at("Inc"), kOrg}}),
            (Result{{"Black and Decker Corp", kOrg}, {"Ostwald", kOrg}, {"Kranzbach Inc", kOrg}}));
}

TEST_F(CoordinationRules, CapitalisedWordsEndingInAnOrdinaryNounBeforeAndJoinTheOrganisation) {
  prepare(
      "Great Western Savings and Loan Association said . Exports and Loan Association rose . "
      "The IBM and Apple Computer Inc deal .",
      {"savings", "exports"});
  const std::vector<NameSpan> spans = {{at("Loan"), at("Association"), kOrg},
                                       {at("Loan", 1), at("Association", 1), kOrg},
                                       one("IBM", kOrg),
                                       {at("Apple"), at("Inc"), kOrg}};
  EXPECT_EQ(run(rules::extend_organisation_left_over_and, spans),
            (Result{{"Great Western Savings and Loan Association", kOrg},
                    {"Loan Association", kOrg},
                    {"IBM", kOrg},
                    {"Apple Computer Inc", kOrg}}));
  doc_.noisy = true;  // OCR'd title-case headlines would only grow their junk
  EXPECT_EQ(run(rules::extend_organisation_left_over_and, spans),
            (Result{{"Loan Association", kOrg},
                    {"Loan Association", kOrg},
                    {"IBM", kOrg},
                    {"Apple Computer Inc", kOrg}}));
}

TEST_F(CoordinationRules, AWordOpeningTheSentenceJoinsAFirmWithALegalFormAfterAnd) {
  // "Stop" opens the sentence and is usually lower case, but a legal form ends the firm; without
  // one ("Shares and Treasury Board") a sentence's first word stays out.
  // "Procter", never written in lower case, joins too: the legal form makes it a firm's name.
  prepare(
      "Stop and Shop Cos Inc rose .\nShares and Treasury Board fell .\nProcter and Gamble Co "
      "gained .",
      {"stop", "shares"});
  EXPECT_EQ(run(rules::extend_organisation_left_over_and, {{at("Shop"), at("Inc"), kOrg},
                                                           {at("Treasury"), at("Board"), kOrg},
                                                           {at("Gamble"), at("Co"), kOrg}}),
            (Result{{"Stop and Shop Cos Inc", kOrg},
                    {"Treasury Board", kOrg},
                    {"Procter and Gamble Co", kOrg}}));
}

TEST_F(CoordinationRules, AnOpeningWordJoinsAFirmWhoseLegalFormTheDecoderLeftOut) {
  // The decoder's name is "Kranz" alone; "'s Corp" after it is joined by a later rule, and is
  // evidence enough that "Stop" opening the sentence begins the firm. Without a form after the
  // name ("Stop and Kranz said") the sentence's first word stays out.
  prepare("Stop and Kranz 's Corp said it rose .\nStop and Kranz said it fell .", {"stop"});
  EXPECT_EQ(
      run(rules::extend_organisation_left_over_and, {one("Kranz", kOrg), one("Kranz", kOrg, 1)}),
      (Result{{"Stop and Kranz", kOrg}, {"Kranz", kOrg}}));
}

}  // namespace
}  // namespace newsindex::ner
