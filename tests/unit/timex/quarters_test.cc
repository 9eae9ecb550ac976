// Quarters and half-years (quarters.h), resolved against 2025-04-11 (in the second quarter).
#include "quarters.h"

#include <gtest/gtest.h>

#include "the_phrases.h"
#include "timex_test_support.h"

namespace newsindex {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;
using std::chrono::year_month_day;
using timex_test::find_with;

std::string quarter(std::string_view text,
                    std::optional<year_month_day> reference = timex_test::kFriday) {
  return find_with({recognise_quarter}, text, reference);
}

TEST(Quarters, OrdinalQuartersAndHalves) {
  EXPECT_EQ(quarter("Profit rose in the first quarter."), "the first quarter=2025-Q1");
  EXPECT_EQ(quarter("Sales in the third quarter of 2024 fell."),
            "the third quarter of 2024=2024-Q3");
  EXPECT_EQ(quarter("Sales in the second half of this year will rise."),
            "the second half of this year=2025-H2");
  EXPECT_EQ(quarter("The 1988 fourth quarter was weak."), "The 1988 fourth quarter=1988-Q4");
  EXPECT_EQ(quarter("Last year's second half was weak."), "Last year's second half=2024-H2");
}

// Without a year a quarter or half is a part of the year only in a report about money or a
// company; a match, a mile or a month has halves and quarters too.
TEST(Quarters, WithoutAYearOnlyInAFinancialContext) {
  EXPECT_EQ(quarter("Neither side scored in the first half. In the second half, Kane scored."), "");
  EXPECT_EQ(quarter("The second half ended with the Belgians winning three points."), "");
  EXPECT_EQ(find_with({recognise_the_phrase}, "He may double in the quarter mile event."), "");
  // A year in the sentence, a word of money nearby, a company's quarter, a reporting period.
  EXPECT_EQ(quarter("In 2024 the team struggled in the first half."), "the first half=2025-H1");
  EXPECT_EQ(quarter("Net income was flat. It expects a rise in the second half."),
            "the second half=2025-H2");
  EXPECT_EQ(quarter("The plant says its third quarter is usually weak."), "third quarter=2025-Q3");
  EXPECT_EQ(quarter("First half ended December 31."), "First half=2025-H1");
}

TEST(Quarters, HalvesOfOtherThings) {
  const std::string money = " Sales rose 5 pct.";
  EXPECT_EQ(quarter("The week was the second half of the two-week statement period." + money), "");
  EXPECT_EQ(quarter("Palm oil for second half March shipment." + money), "");
  EXPECT_EQ(quarter("Shares fell in the first half hour of trading." + money), "");
  EXPECT_EQ(quarter("It rallied in the second half of March." + money), "");
  EXPECT_EQ(quarter("It has not been seen for the last half century." + money), "");
  // Of a year, or the quarter's figure.
  EXPECT_EQ(quarter("It will grow in the first half of the current fiscal year." + money),
            "the first half=2025-H1");
  EXPECT_EQ(quarter("It posts a loss for the third quarter of $226 million." + money),
            "the third quarter=2025-Q3");
  // A half of a decade is the decade.
  EXPECT_EQ(quarter("Sales grew through the last half of the '80s." + money),
            "the last half of the '80s=198");
}

TEST(Quarters, AQuarterNotBegunInAPastTenseClauseIsLastYears) {
  EXPECT_EQ(quarter("Third-quarter profit rose."), "Third-quarter=2024-Q3");
  const year_month_day october{year{2025}, month{10}, day{20}};
  EXPECT_EQ(quarter("Third-quarter profit rose.", october), "Third-quarter=2025-Q3");
}

TEST(Quarters, TheQuarterReportedOn) {
  EXPECT_EQ(find_with({recognise_the_phrase}, "Profit fell in the quarter."),
            "the quarter=2025-Q1");
  EXPECT_EQ(find_with({recognise_the_phrase}, "In the quarter ended July 31, it lost money."),
            "the quarter=2025-Q2");
  EXPECT_EQ(find_with({recognise_the_phrase}, "Profit fell in the latest quarter."),
            "the latest quarter=2025-Q1");
  // With a year given, the quarter in focus (else the last completed one) in that year.
  EXPECT_EQ(quarter("Profit fell from the 1988 quarter."), "the 1988 quarter=1988-Q1");
}

}  // namespace
}  // namespace newsindex
