// Each rule that reads a name against the rest of the article alone, on hand-made decoder output.
#include "article_rules.h"

#include <gtest/gtest.h>

#include "mention_rule_fixture.h"

namespace newsindex::ner {
namespace {

using ArticleRules = MentionRuleTest;
constexpr auto kPer = NameType::Person, kOrg = NameType::Organisation;

TEST_F(ArticleRules, CapitalsHeadlineNamesAreCutAtOrdinaryWordsButNotAtOf) {
  prepare("OSTWALD REJECTS PLAN\nBANK OF FRANCE SELLS FRANCS\nBody of Kranzbach Werke .",
          {"rejects", "sells", "body"});
  EXPECT_EQ(
      run(rules::split_headline_names, {{at("OSTWALD"), at("REJECTS"), kOrg},
                                        {at("BANK"), at("SELLS"), kOrg},
                                        {at("Body"), at("Werke"), kOrg}}),
      (Result{{"OSTWALD", kOrg}, {"BANK OF FRANCE", kOrg}, {"Body of Kranzbach Werke", kOrg}}));
}

TEST_F(ArticleRules, CapitalsHeadlineNamesTakeTheTypeTheBodyGivesMostOften) {
  prepare("OSTWALD WINS\nDagmar Ostwald spoke . Ostwald left . Ostwald won .");
  EXPECT_EQ(
      run(rules::unify_types, {one("OSTWALD", kOrg),
                               {at("Dagmar"), at("Ostwald"), kPer},
                               one("Ostwald", kPer, 1),
                               one("Ostwald", kPer, 2)}),
      (Result{{"OSTWALD", kPer}, {"Dagmar Ostwald", kPer}, {"Ostwald", kPer}, {"Ostwald", kPer}}));
  // Body mentions keep their own types.
  EXPECT_EQ(run(rules::unify_types, {one("OSTWALD", kPer), one("Ostwald", kOrg),
                                     one("Ostwald", kOrg, 1), one("Ostwald", kPer, 2)}),
            (Result{{"OSTWALD", kOrg}, {"Ostwald", kOrg}, {"Ostwald", kOrg}, {"Ostwald", kPer}}));
}

TEST_F(ArticleRules, FindsLaterMentionsOfANameAndItsSurname) {
  prepare("Dmitry Peskov spoke . Later Peskov and Dmitry Peskov left .");
  EXPECT_EQ(run(rules::propagate, {{at("Dmitry"), at("Peskov"), kPer}}),
            (Result{{"Dmitry Peskov", kPer}, {"Peskov", kPer}, {"Dmitry Peskov", kPer}}));
}

TEST_F(ArticleRules, ARecurringWordIsNotANameAtASentenceStartOrInsideALongerName) {
  prepare("The Growth party and Kranzbach met . Growth slowed . Kranzbach Werke fell .",
          {"growth"});
  EXPECT_EQ(run(rules::propagate, {one("Growth", kOrg), one("Kranzbach", kOrg)}),
            (Result{{"Growth", kOrg}, {"Kranzbach", kOrg}}));
}

TEST_F(ArticleRules, AOneWordNameThatIsUsuallyLowerCaseIsNotFoundAgainAnywhere) {
  // "Tower" tagged once (a company, or a mistake) does not make every capitalised "Tower" of the
  // article a name, in mid-sentence either; an unusual word still recurs.
  prepare("Tower rose . Kranzbach said shares of Tower and Kranzbach fell .", {"tower"});
  EXPECT_EQ(run(rules::propagate, {one("Tower", kOrg), one("Kranzbach", kOrg)}),
            (Result{{"Tower", kOrg}, {"Kranzbach", kOrg}, {"Kranzbach", kOrg}}));
}

}  // namespace
}  // namespace newsindex::ner
