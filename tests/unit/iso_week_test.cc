#include "iso_week.h"

#include <gtest/gtest.h>

namespace newsindex {
namespace {

using namespace std::chrono;

TEST(IsoWeek, WeeksNearNewYearBelongToTheYearOfTheirThursday) {
  EXPECT_EQ(iso_week_of(2021y / January / 3d), (IsoWeek{2020, 53}));  // a Sunday
  EXPECT_EQ(iso_week_of(2021y / January / 4d), (IsoWeek{2021, 1}));   // a Monday
  EXPECT_EQ(iso_week_of(2018y / December / 31d), (IsoWeek{2019, 1}));
  EXPECT_EQ(iso_week_of(1987y / March / 2d), (IsoWeek{1987, 10}));
  EXPECT_EQ(iso_week_of(1916y / January / 1d), (IsoWeek{1915, 52}));  // a Saturday
}

TEST(IsoWeek, FirstDayIsTheMonday) {
  EXPECT_EQ(first_day_of({2020, 53}), 2020y / December / 28d);
  EXPECT_EQ(first_day_of({2019, 1}), 2018y / December / 31d);
  EXPECT_EQ(first_day_of({1987, 10}), 1987y / March / 2d);
  // 2021 has 52 weeks, 2020 has 53; no week 0.
  EXPECT_EQ(first_day_of({2021, 53}), std::nullopt);
  EXPECT_EQ(first_day_of({2021, 0}), std::nullopt);
}

TEST(IsoWeek, EveryDayOfTenYearsLiesInTheWeekItsMondayStarts) {
  for (sys_days day{2015y / January / 1d}; day < sys_days{2025y / January / 1d}; day += days{1}) {
    const IsoWeek week = iso_week_of(year_month_day{day});
    const std::optional<year_month_day> monday = first_day_of(week);
    ASSERT_TRUE(monday.has_value()) << week_label(week);
    EXPECT_EQ(weekday{sys_days{*monday}}, Monday);
    EXPECT_LE(sys_days{*monday}, day);
    EXPECT_LT(day - sys_days{*monday}, days{7});
  }
}

TEST(IsoWeek, LabelsReadBack) {
  EXPECT_EQ(week_label({1987, 3}), "1987-W03");
  EXPECT_EQ(parse_week_label("1987-W03"), (IsoWeek{1987, 3}));
  EXPECT_EQ(parse_week_label("1987-W3"), (IsoWeek{1987, 3}));
  for (const char* bad : {"1987-W00", "1987-W54", "2021-W53", "1987-03", "1987W03", "1987-W",
                          "1987-W3x", "-987-W03"}) {
    EXPECT_EQ(parse_week_label(bad), std::nullopt) << bad;
  }
}

}  // namespace
}  // namespace newsindex
