#include "publication_date.h"

#include <gtest/gtest.h>

namespace newsindex {
namespace {

using namespace std::chrono;

sys_seconds at(year_month_day day, int hour, int minute, int second = 0) {
  return sys_seconds{sys_days{day}.time_since_epoch()} + hours{hour} + minutes{minute} +
         seconds{second};
}

TEST(PublicationDate, PlainDay) {
  auto date = parse_publication_date("2025-04-11");
  ASSERT_TRUE(date);
  EXPECT_EQ(date->day, 2025y / April / 11d);
  EXPECT_EQ(date->instant, at(2025y / April / 11d, 0, 0));
  EXPECT_EQ(date->text, "2025-04-11");
}

TEST(PublicationDate, DatetimeWithoutZoneIsTakenAsUtc) {
  auto date = parse_publication_date("1987-02-26T15:02:20.000");
  ASSERT_TRUE(date);
  EXPECT_EQ(date->day, 1987y / February / 26d);
  EXPECT_EQ(date->instant, at(1987y / February / 26d, 15, 2, 20));
}

TEST(PublicationDate, ZoneMovesTheInstantButNotTheDayAsWritten) {
  auto date = parse_publication_date("2025-04-11T23:30:00-05:00");
  ASSERT_TRUE(date);
  EXPECT_EQ(date->day, 2025y / April / 11d);
  EXPECT_EQ(date->instant, at(2025y / April / 12d, 4, 30));
  auto utc = parse_publication_date("2019-03-01T08:15:00.000Z");
  ASSERT_TRUE(utc);
  EXPECT_EQ(utc->instant, at(2019y / March / 1d, 8, 15));
  auto compact = parse_publication_date("2025-04-11 10:00+0200");
  ASSERT_TRUE(compact);
  EXPECT_EQ(compact->instant, at(2025y / April / 11d, 8, 0));
}

TEST(PublicationDate, OldDatesAreFine) {
  auto date = parse_publication_date("1916-01-01");
  ASSERT_TRUE(date);
  EXPECT_EQ(date->day, 1916y / January / 1d);
}

TEST(PublicationDate, RejectsWhatIsNotAnIsoDate) {
  for (const char* bad :
       {"", "yesterday", "11/04/2025", "2025-4-11", "2025-02-30", "2025-13-01", "2025-04-11T25:00",
        "2025-04-11T10:00+99:00", "2025-04-11garbage", "2025-04"}) {
    EXPECT_FALSE(parse_publication_date(bad).has_value()) << bad;
  }
}

TEST(PublicationDate, ReasonQuotesTheDateAndShortensLongOnes) {
  EXPECT_NE(unparsable_date_reason("soon").find("\"soon\""), std::string::npos);
  EXPECT_LT(unparsable_date_reason(std::string(5000, 'x')).size(), 300u);
}

TEST(PublicationDay, IsADayAloneAsYyyyMmDd) {
  auto day = parse_publication_day("2025-04-12");
  ASSERT_TRUE(day);
  EXPECT_EQ(day->day, 2025y / April / 12d);
  EXPECT_EQ(day->text, "2025-04-12");
  for (const char* bad : {"2025-02-30", "2025-4-12", "20250412", "2025-04-12T10:00", "12.04.2025",
                          "", "0999-01-01", "2025-04-12 "}) {
    EXPECT_FALSE(parse_publication_day(bad).has_value()) << bad;
  }
}

TEST(PublicationDay, FromAFileNameThatStartsWithOne) {
  auto day = day_from_file_name("/archive/2025/2025-04-12-witkoff.txt");
  ASSERT_TRUE(day);
  EXPECT_EQ(day->day, 2025y / April / 12d);
  EXPECT_EQ(day->text, "2025-04-12");
  EXPECT_TRUE(day_from_file_name("2025-04-12.txt"));
  EXPECT_TRUE(day_from_file_name("2025-04-12_witkoff.txt"));
  EXPECT_TRUE(day_from_file_name("2025-04-12 witkoff.txt"));
  // Only the file's own name counts, and only a day it starts with.
  EXPECT_FALSE(day_from_file_name("/archive/2025-04-12/witkoff.txt"));
  EXPECT_FALSE(day_from_file_name("witkoff-2025-04-12.txt"));
  EXPECT_FALSE(day_from_file_name("20250412-witkoff.txt"));
  EXPECT_FALSE(day_from_file_name("2025-04-123.txt"));
  EXPECT_FALSE(day_from_file_name("2025-04-12T0930.txt"));
  EXPECT_FALSE(day_from_file_name("2025-02-30-witkoff.txt"));
  EXPECT_FALSE(day_from_file_name("2025-04.txt"));
}

}  // namespace
}  // namespace newsindex
