#include "date_range.h"

#include <gtest/gtest.h>

namespace newsindex {
namespace {

using namespace std::chrono;

const year_month_day kToday = 2025y / April / 11d;

DayRange parse(std::string_view spec) {
  return DateRangeParser(kToday).parse(spec);
}

TEST(DateRangeParser, InclusiveDayRange) {
  EXPECT_EQ(parse("2025-04-01..2025-04-30"), (DayRange{2025y / April / 1d, 2025y / April / 30d}));
}

TEST(DateRangeParser, PartialDatesCoverTheirWholePeriod) {
  EXPECT_EQ(parse("2025-04"), (DayRange{2025y / April / 1d, 2025y / April / 30d}));
  EXPECT_EQ(parse("2024-02"), (DayRange{2024y / February / 1d, 2024y / February / 29d}));
  EXPECT_EQ(parse("2025"), (DayRange{2025y / January / 1d, 2025y / December / 31d}));
  EXPECT_EQ(parse("2025-04-04"), (DayRange{2025y / April / 4d, 2025y / April / 4d}));
}

TEST(DateRangeParser, IsoWeeksRunMondayToSunday) {
  EXPECT_EQ(parse("2020-W53"), (DayRange{2020y / December / 28d, 2021y / January / 3d}));
  EXPECT_EQ(parse("2025-W14..2025-W15"), (DayRange{2025y / March / 31d, 2025y / April / 13d}));
  EXPECT_THROW((void)parse("2021-W53"), DateRangeError);
}

TEST(DateRangeParser, PartialBoundsRoundOutwards) {
  EXPECT_EQ(parse("2025-02..2025-03"), (DayRange{2025y / February / 1d, 2025y / March / 31d}));
  EXPECT_EQ(parse("1916..1917"), (DayRange{1916y / January / 1d, 1917y / December / 31d}));
}

TEST(DateRangeParser, OpenEnds) {
  EXPECT_EQ(parse("2025-04.."), (DayRange{2025y / April / 1d, std::nullopt}));
  EXPECT_EQ(parse("..2024"), (DayRange{std::nullopt, 2024y / December / 31d}));
}

TEST(DateRangeParser, RelativeBoundsCountBackFromToday) {
  EXPECT_EQ(parse("7d.."), (DayRange{2025y / April / 4d, std::nullopt}));
  EXPECT_EQ(parse("yesterday"), (DayRange{2025y / April / 10d, 2025y / April / 10d}));
  EXPECT_EQ(parse("today"), (DayRange{kToday, kToday}));
  EXPECT_EQ(parse("2w..yesterday"), (DayRange{2025y / March / 28d, 2025y / April / 10d}));
  EXPECT_EQ(parse("1m.."), (DayRange{2025y / March / 11d, std::nullopt}));
  EXPECT_EQ(parse("1y.."), (DayRange{2024y / April / 11d, std::nullopt}));
  // A single relative bound means "since then".
  EXPECT_EQ(parse("7d"), (DayRange{2025y / April / 4d, kToday}));
}

TEST(DateRangeParser, MonthsBackClampToShorterMonths) {
  DateRangeParser parser(2025y / March / 31d);
  EXPECT_EQ(parser.parse("1m..").first, 2025y / February / 28d);
}

TEST(DateRangeParser, RejectsNonsense) {
  for (const char* bad : {"", "..", "2025-13", "2025-13-45..", "2025-02-30", "soon", "7x..",
                          "2025-4", "99999999d.."}) {
    EXPECT_THROW((void)parse(bad), DateRangeError) << bad;
  }
}

TEST(DateRangeParser, RejectsReversedRanges) {
  EXPECT_THROW((void)parse("2025-05..2025-04"), DateRangeError);
}

}  // namespace
}  // namespace newsindex
