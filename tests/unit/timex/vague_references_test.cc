// PRESENT_REF, PAST_REF, FUTURE_REF and unknown amounts (vague_references.h).
#include "vague_references.h"

#include <gtest/gtest.h>

#include "the_phrases.h"
#include "timex_test_support.h"

namespace newsindex {
namespace {

using timex_test::find_with;

std::string vague(std::string_view text) {
  return find_with({recognise_vague_word, recognise_unknown_amount, recognise_these_days}, text);
}

TEST(VagueReferences, SingleWords) {
  EXPECT_EQ(vague("He recently resigned."), "recently=PAST_REF");
  EXPECT_EQ(vague("He is now chairman."), "now=PRESENT_REF");
  EXPECT_EQ(vague("He wants it right now."), "right now=PRESENT_REF");
  EXPECT_EQ(vague("He currently leads the group."), "currently=PRESENT_REF");
  EXPECT_EQ(vague("The now-defunct firm paid."), "");
  EXPECT_EQ(vague("It is cheap these days."), "these days=PRESENT_REF");
  EXPECT_EQ(vague("It will be decided at a later date."), "a later date=FUTURE_REF");
  EXPECT_EQ(vague("No comment at present."), "at present=PRESENT_REF");
}

TEST(VagueReferences, NowOpeningASentenceWithACommaIsAConnective) {
  EXPECT_EQ(vague("The mill closed. Now, after the merger, it hires again."), "");
  EXPECT_EQ(vague("\"Now, we can rebuild,\" she said."), "");
  EXPECT_EQ(vague("Now, the mayor argues, the bridge is safe."), "");
  // Inside the sentence, or without the comma, it is the present.
  EXPECT_EQ(vague("The mill now hires again."), "now=PRESENT_REF");
  EXPECT_EQ(vague("Now the mill hires again."), "Now=PRESENT_REF");
}

TEST(VagueReferences, CurrentIsThePresentExceptInTermsAndNames) {
  EXPECT_EQ(vague("Prices reflect current market conditions."), "current=PRESENT_REF");
  EXPECT_EQ(vague("The then current chairman left."), "then current=PAST_REF");
  EXPECT_EQ(vague("The current account deficit widened."), "");
  EXPECT_EQ(vague("He swam against the current."), "");
}

TEST(VagueReferences, PluralUnitsWithoutACount) {
  EXPECT_EQ(vague("The plant has been idle for years."), "years=PXY");
  EXPECT_EQ(vague("A deal is expected within weeks."), "weeks=PXW");
  EXPECT_EQ(vague("It grew over the years."), "the years=PXY");
  EXPECT_EQ(vague("The town shrank over the decades."), "the decades=PXY");
  EXPECT_EQ(vague("Trust eroded over the months."), "the months=PXM");
  EXPECT_EQ(vague("It was done in past years."), "past years=PAST_REF");
  EXPECT_EQ(vague("Prices rose in recent years."), "recent years=PAST_REF");
  EXPECT_EQ(vague("Prices rose in recent weeks."), "recent weeks=PXW");
  EXPECT_EQ(vague("It lasted for years of war."), "");
}

TEST(VagueReferences, PluralUnitsAfterInAndCenturies) {
  EXPECT_EQ(vague("The bridge has stood for centuries."), "centuries=PXC");
  EXPECT_EQ(vague("The tickets sold out in minutes."), "minutes=PTXM");
  EXPECT_EQ(vague("Exports grew for the first time in decades."), "decades=PXY");
  EXPECT_EQ(vague("The town was rebuilt in years of hard work."), "");
}

TEST(VagueReferences, AfterThe) {
  EXPECT_EQ(find_with({recognise_the_phrase}, "Prices may rise in the future."),
            "the future=FUTURE_REF");
  EXPECT_EQ(find_with({recognise_the_phrase}, "Prices may rise in the near future."),
            "the near future=FUTURE_REF");
  EXPECT_EQ(find_with({recognise_the_phrase}, "Prices may rise in the near term."),
            "the near term=FUTURE_REF");
  EXPECT_EQ(find_with({recognise_the_phrase}, "It was different in the past."),
            "the past=PAST_REF");
  EXPECT_EQ(find_with({recognise_the_phrase}, "It is cheap at the present."),
            "the present=PRESENT_REF");
}

TEST(VagueReferences, TheFutureOfSomethingIsItsFateNotATime) {
  EXPECT_EQ(find_with({recognise_the_phrase}, "Nobody knows the future of the mine."), "");
  EXPECT_EQ(find_with({recognise_the_phrase}, "The mine may close in the future."),
            "the future=FUTURE_REF");
}

TEST(VagueReferences, PluralUnitsAheadAreAStretchFromNow) {
  EXPECT_EQ(find_with({recognise_the_phrase}, "Lenders may pull out in the weeks ahead."),
            "the weeks ahead=PXW");
  EXPECT_EQ(find_with({recognise_the_phrase}, "The club faces lean years in the years ahead."),
            "the years ahead=PXY");
  // "ahead of" is "before": no stretch from now.
  EXPECT_EQ(find_with({recognise_the_phrase}, "Tempers rose in the days ahead of the vote."), "");
}

}  // namespace
}  // namespace newsindex
