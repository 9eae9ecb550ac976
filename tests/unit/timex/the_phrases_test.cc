// Which family reads a phrase that starts with "the" (the_phrases.h).
#include "the_phrases.h"

#include <gtest/gtest.h>

#include "timex_test_support.h"

namespace newsindex {
namespace {

using timex_test::find_with;

std::string the(std::string_view text) {
  return find_with({recognise_the_phrase}, text);
}

TEST(ThePhrases, TheWordAfterTheChoosesTheFamily) {
  EXPECT_EQ(the("It may change in the future."), "the future=FUTURE_REF");
  EXPECT_EQ(the("Talks went on over the weekend."), "the weekend=2025-W14-WE");
  EXPECT_EQ(the("Profit fell in the quarter."), "the quarter=2025-Q1");
  EXPECT_EQ(the("Talks resumed during the week."), "the week=2025-W15");
  EXPECT_EQ(the("Harvest starts in the summer of 2024."), "the summer of 2024=2024-SU");
  EXPECT_EQ(the("Rock was loud in the nineties."), "the nineties=199");
  EXPECT_EQ(the("Sales were flat for the year, it said."), "the year=2025");
  EXPECT_EQ(the("Talks stalled in the last week."), "the last week=2025-W14");
}

TEST(ThePhrases, TheFirstFamilyToClaimAPhraseSettlesIt) {
  // "the past" belongs to the vague references, which offer nothing before a count: no deictic
  // "the past two years" here (the durations take it from "two").
  EXPECT_EQ(the("Sales rose over the past two years."), "");
  // Before a unit in the singular they leave it to the deictic rules, "the" included.
  EXPECT_EQ(the("Rents rose sharply in the past year."), "the past year=2024");
  EXPECT_EQ(the("It was the wettest spring in the past decade."), "the past decade=201");
  // "the current year" is the running year, read before the deictic rules could see "current".
  EXPECT_EQ(the("Profit will rise in the current year."), "the current year=2025");
  // "the latest": a quarter before a period, else nothing.
  EXPECT_EQ(the("It beat the latest period."), "the latest period=2025-Q1");
  EXPECT_EQ(the("It beat the latest week."), "");
}

}  // namespace
}  // namespace newsindex
