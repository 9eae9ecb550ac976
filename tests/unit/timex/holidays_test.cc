// English holidays (holidays.h) and the days of movable feasts (holiday_dates.h).
#include "holidays.h"

#include <gtest/gtest.h>

#include "holiday_dates.h"
#include "timex_test_support.h"

namespace newsindex {
namespace {

using timex_test::find_with;

std::string holiday(std::string_view text) {
  return find_with({recognise_holiday}, text);
}

TEST(Holidays, NamesWithDayOrEve) {
  EXPECT_EQ(holiday("The boy was found on Thanksgiving Day."), "Thanksgiving Day=2024-11-28");
  EXPECT_EQ(holiday("They met on Christmas Eve."), "Christmas Eve=2024-12-24");
  EXPECT_EQ(holiday("They met on New Year's Day."), "New Year's Day=2025-01-01");
  EXPECT_EQ(holiday("They met on the Fourth of July."), "Fourth of July=2025-07-04");
  EXPECT_EQ(holiday("They met on Christmas 2020."), "Christmas 2020=2020-12-25");
  EXPECT_EQ(holiday("They met on Easter Monday 2024."), "Easter Monday 2024=2024-04-01");
}

TEST(Holidays, ALoneNameNeedsATemporalContext) {
  EXPECT_EQ(holiday("The Fed may ease by Easter."), "Easter=2025-04-20");
  EXPECT_EQ(holiday("They bought a Christmas tree."), "");
  EXPECT_EQ(holiday("They flew to Easter Island."), "");
  EXPECT_EQ(holiday("Sales fell last Christmas."), "last Christmas=2024-12-25");
}

TEST(HolidayDates, MovableFeastsFollowTheYear) {
  using Day = std::pair<unsigned, unsigned>;
  EXPECT_EQ(holiday_date(2024, kThanksgiving, 11, 25), (Day{11, 28}));
  EXPECT_EQ(holiday_date(2025, kThanksgiving, 11, 25), (Day{11, 27}));
  EXPECT_EQ(holiday_date(2024, kElectionDay, 11, 5), (Day{11, 5}));
  EXPECT_EQ(holiday_date(2026, kElectionDay, 11, 5), (Day{11, 3}));
  EXPECT_EQ(holiday_date(2025, kMemorialDay, 5, 28), (Day{5, 26}));
  EXPECT_EQ(holiday_date(2025, kLaborDay, 9, 4), (Day{9, 1}));
  EXPECT_EQ(holiday_date(2024, kEasterSunday, 4, 3), (Day{3, 31}));
  EXPECT_EQ(holiday_date(2025, kGoodFriday, 4, 1), (Day{4, 18}));
  EXPECT_EQ(holiday_date(2025, kEasterMonday, 4, 3), (Day{4, 21}));
  EXPECT_EQ(holiday_date(2025, kNoHoliday, 12, 25), (Day{12, 25}));
}

}  // namespace
}  // namespace newsindex
