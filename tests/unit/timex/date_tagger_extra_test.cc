// Extra cases for the 2nd tuning round (belongs next to tests/date_tagger_test.cc once moved).
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "date_tagger.h"

namespace newsindex {
namespace {
using namespace std::chrono;
constexpr year_month_day kRef{year{2025}, month{4}, day{11}};  // Friday

std::string val(std::string_view text, std::string_view surface) {
  const DateTagger tagger("en");
  for (const TimexMention& m : tagger.tag(text, kRef))
    if (text.substr(m.begin, m.end - m.begin) == surface) return m.value;
  return "<none>";
}

TEST(Extra, TheYear) {
  EXPECT_EQ(val("Net fell 5% for the year ended June 30.", "the year"), "P1Y");
  EXPECT_EQ(val("Sales were flat for the year, it said.", "the year"), "2025");
  EXPECT_EQ(val("It sold 5 units in the first nine months of the year.", "the year"), "2025");
  EXPECT_EQ(val("He voted for Man of the Year.", "the year"), "<none>");
}
TEST(Extra, Holidays) {
  EXPECT_EQ(val("The boy was found on Thanksgiving Day.", "Thanksgiving Day"), "2024-11-28");
  EXPECT_EQ(val("The Fed may ease by Easter.", "Easter"), "2025-04-20");
  EXPECT_EQ(val("They bought a Christmas tree.", "Christmas"), "<none>");
}
TEST(Extra, Narrative) {
  EXPECT_EQ(
      val("He was promoted on May 22, 1995, and the following year he left.", "the following year"),
      "1996");
  EXPECT_EQ(val("It fled in June 1998 and returned later that year.", "later that year"), "1998");
}
TEST(Extra, NotTimexes) {
  EXPECT_EQ(val("Iraq imports about three-quarters of its food.", "about three-quarters"),
            "<none>");
  EXPECT_EQ(val("He spoke to LA Weekly on Monday.", "Weekly"), "<none>");
  EXPECT_EQ(val("It is a 2000 year old tradition.", "2000"), "<none>");
  EXPECT_EQ(val("The current account deficit widened.", "current"), "<none>");
  EXPECT_EQ(val("Thousands joined the March for Life.", "March"), "<none>");
}
TEST(Extra, Vague) {
  EXPECT_EQ(val("The plant has been idle for years.", "years"), "PXY");
  EXPECT_EQ(val("Prices reflect current market conditions.", "current"), "PRESENT_REF");
}
}  // namespace
TEST(Extra, Round4) {
  EXPECT_EQ(val("It was the winter of nineteen ninety-four.", "the winter of nineteen ninety-four"),
            "1994-WI");
  EXPECT_EQ(val("January nineteen ninety-seven. Atlanta again.", "January nineteen ninety-seven"),
            "1997-01");
  EXPECT_EQ(val("They lived in camps for 2 1/2 years.", "2 1/2 years"), "P2Y6M");
  EXPECT_EQ(val("It took a minute and a half.", "a minute and a half"), "PT1M30S");
  EXPECT_EQ(val("Over the next couple of years we will grow.", "the next couple of years"), "P2Y");
  EXPECT_EQ(val("The summit is on April 24 and 25.", "25"), "2025-04-25");
  EXPECT_EQ(val("By mid afternoon, sources said.", "mid afternoon"), "2025-04-11TAF");
  EXPECT_EQ(val("It happened mid-afternoon yesterday.", "mid-afternoon yesterday"),
            "2025-04-10TAF");
  EXPECT_EQ(val("Islam will one day be the largest religion.", "one day"), "FUTURE_REF");
  EXPECT_EQ(val("It will take one day.", "one day"), "P1D");
  EXPECT_EQ(val("The father would be traveling to the United States Thursday.", "Thursday"),
            "2025-04-17");
  EXPECT_EQ(val("In the quarter ended July 31, it lost money.", "the quarter"), "2025-Q2");
  EXPECT_EQ(val("It sold 700 seats a week on the route.", "a week"), "P1W");
}

}  // namespace newsindex
