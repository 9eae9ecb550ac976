// A year as a period (year_references.h), resolved against 2025-04-11.
#include "year_references.h"

#include <gtest/gtest.h>

#include "quarters.h"
#include "the_phrases.h"
#include "timex_test_support.h"

namespace newsindex {
namespace {

using timex_test::find_with;

std::string the_year(std::string_view text) {
  return find_with({recognise_the_phrase}, text);
}

TEST(YearReferences, TheYear) {
  EXPECT_EQ(the_year("Net fell 5% for the year ended June 30."), "the year=P1Y");
  EXPECT_EQ(the_year("Sales were flat for the year, it said."), "the year=2025");
  EXPECT_EQ(the_year("It sold 5 units in the first nine months of the year."), "the year=2025");
  EXPECT_EQ(the_year("He voted for Man of the Year."), "");
  EXPECT_EQ(the_year("Born in the year 1950, he left."), "the year 1950=1950");
  EXPECT_EQ(the_year("The year before, it fell."), "");
}

TEST(YearReferences, TheRunningYear) {
  EXPECT_EQ(the_year("It expects growth in the full year."), "the full year=2025");
  EXPECT_EQ(the_year("Profit for the fiscal year ended Jan. 31 rose."), "the fiscal year=P1Y");
  EXPECT_EQ(the_year("It expects growth in the current fiscal year."),
            "the current fiscal year=2025");
}

TEST(YearReferences, YearEarlier) {
  EXPECT_EQ(find_with({recognise_year_earlier}, "It beat year-earlier profit."),
            "year-earlier=2024");
  // The quarter in focus, a year back.
  EXPECT_EQ(find_with({recognise_quarter, recognise_the_phrase},
                      "Profit in the third quarter of 2024 beat the year-ago period."),
            "the third quarter of 2024=2024-Q3; the year-ago period=2023-Q3");
  EXPECT_EQ(find_with({recognise_year_earlier}, "It beat the year-earlier first quarter."),
            "year-earlier first quarter=2024-Q1");
}

TEST(YearReferences, YearEnd) {
  EXPECT_EQ(find_with({recognise_year_end}, "Rates will fall by year-end."), "year-end=2025-12-31");
  EXPECT_EQ(find_with({recognise_year_end}, "Rates have fallen since year end."),
            "year end=2024-12-31");
}

}  // namespace
}  // namespace newsindex
