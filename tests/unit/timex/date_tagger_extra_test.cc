// Extra cases for the 2nd tuning round (belongs next to tests/date_tagger_test.cc once moved).
#include "date_tagger.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

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
  EXPECT_EQ(val("He was promoted on May 22, 1995, and the following year he left.", "the following year"), "1996");
  EXPECT_EQ(val("It fled in June 1998 and returned later that year.", "later that year"), "1998");
}
TEST(Extra, NotTimexes) {
  EXPECT_EQ(val("Iraq imports about three-quarters of its food.", "about three-quarters"), "<none>");
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
}  // namespace newsindex
