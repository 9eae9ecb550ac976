// Clock times (clock_times.h), on the publication date 2025-04-11.
#include "clock_times.h"

#include <gtest/gtest.h>

#include "timex_test_support.h"

namespace newsindex {
namespace {

using timex_test::find_with;

std::string clock(std::string_view text, std::string_view language = "en") {
  return find_with({recognise_clock_time}, text, timex_test::kFriday, language);
}

TEST(ClockTimes, HoursMinutesAndMeridiem) {
  EXPECT_EQ(clock("The summit opens at 2 p.m. and ends later."), "2 p.m.=2025-04-11T14:00");
  EXPECT_EQ(clock("It starts at 10:30 today."), "10:30=2025-04-11T10:30");
  EXPECT_EQ(clock("It starts at 5pm EST today."), "5pm EST=2025-04-11T17:00");
  EXPECT_EQ(clock("It starts at 12 am sharp."), "12 am=2025-04-11T00:00");
  EXPECT_EQ(clock("It starts at 9 o'clock."), "9 o'clock=2025-04-11T09:00");
  EXPECT_EQ(clock("It ended at 16:05 GMT."), "16:05 GMT=2025-04-11T16:05Z");
  EXPECT_EQ(clock("Es beginnt um 14.30 Uhr.", "de"), "14.30 Uhr=2025-04-11T14:30");
}

TEST(ClockTimes, FourDigitsWithAZoneOrHrs) {
  EXPECT_EQ(clock("Reagan speaks at 2100 EST tonight."), "2100 EST=2025-04-11T21:00");
  EXPECT_EQ(clock("Bids close at 1400 GMT."), "1400 GMT=2025-04-11T14:00Z");
  EXPECT_EQ(clock("Offers are due at 1530 hrs EDT."), "1530 hrs EDT=2025-04-11T15:30");
  EXPECT_EQ(clock("Trades entered by 1000 London time count."),
            "1000 London time=2025-04-11T10:00");
  EXPECT_EQ(clock("The session runs from 1800 to 2100 local time."),
            "1800=2025-04-11T18:00; 2100 local time=2025-04-11T21:00");
  // The same time restated in another zone is not a second time.
  EXPECT_EQ(clock("It occurred at 10:35 a.m. (0735 GMT) Friday."), "10:35 a.m.=2025-04-11T10:35");
  // Without a clock word four digits are no time: "1530 units", "in 2100".
  EXPECT_EQ(clock("It sold 1530 units in 2100."), "");
}

TEST(ClockTimes, TheFinalStopOfPmEndsTheSentence) {
  EXPECT_EQ(clock("They met at 5 p.m. The talks failed."), "5 p.m=2025-04-11T17:00");
}

TEST(ClockTimes, NoonAndMidnight) {
  EXPECT_EQ(clock("They met at noon."), "noon=2025-04-11T12:00");
  EXPECT_EQ(clock("They met at midnight."), "midnight=2025-04-11T24:00");
  EXPECT_EQ(clock("It was High Noon for the bank."), "");
}

TEST(ClockTimes, NumbersThatAreNoTimes) {
  EXPECT_EQ(clock("Shares rose 2.27 points."), "");
  EXPECT_EQ(clock("Arsenal won 3-1 at home."), "");
  EXPECT_EQ(clock("It cost $5 pm."), "");
  EXPECT_EQ(clock("He met 13 pm visitors."), "");
  // Pence in a British results table; "at" or a zone still makes "3p" a clock time.
  EXPECT_EQ(clock("Final dividend 4p, making 7p for the year."), "");
  EXPECT_EQ(clock("Doors open at 7p sharp."), "7p=2025-04-11T19:00");
  EXPECT_EQ(clock("Doors open 7p EST."), "7p EST=2025-04-11T19:00");
}

}  // namespace
}  // namespace newsindex
