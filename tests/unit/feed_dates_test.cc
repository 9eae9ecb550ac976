#include "feed_dates.h"

#include <gtest/gtest.h>

namespace newsindex {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::sys_days;
using std::chrono::sys_seconds;
using std::chrono::year;
using std::chrono::year_month_day;
using namespace std::chrono_literals;

sys_seconds utc(int y, unsigned m, unsigned d, int hh, int mm, int ss) {
  return sys_seconds{sys_days{year{y} / month{m} / day{d}}} + std::chrono::hours{hh} +
         std::chrono::minutes{mm} + std::chrono::seconds{ss};
}

TEST(Rfc822Date, ReadsTheRssSpecificationsExample) {
  auto date = parse_rfc822_date("Tue, 10 Jun 2003 04:00:00 GMT");
  ASSERT_TRUE(date);
  EXPECT_EQ(date->day, year_month_day(year{2003}, month{6}, day{10}));
  EXPECT_EQ(date->instant, utc(2003, 6, 10, 4, 0, 0));
  // The ISO form, so that what is stored and shown reads like every other format's date.
  EXPECT_EQ(date->text, "2003-06-10T04:00:00Z");
}

TEST(Rfc822Date, NumericZonesKeepTheWritersDayAndMoveTheInstant) {
  // 23:30 in Berlin on June 10 is 21:30 UTC; the article is of June 10 either way.
  auto east = parse_rfc822_date("Tue, 10 Jun 2003 23:30:00 +0200");
  ASSERT_TRUE(east);
  EXPECT_EQ(east->day, year_month_day(year{2003}, month{6}, day{10}));
  EXPECT_EQ(east->instant, utc(2003, 6, 10, 21, 30, 0));
  EXPECT_EQ(east->text, "2003-06-10T23:30:00+02:00");
  // 22:15 in New York on June 10 is already June 11 in UTC; still an article of June 10.
  auto west = parse_rfc822_date("Tue, 10 Jun 2003 22:15:00 -0400");
  ASSERT_TRUE(west);
  EXPECT_EQ(west->day, year_month_day(year{2003}, month{6}, day{10}));
  EXPECT_EQ(west->instant, utc(2003, 6, 11, 2, 15, 0));
}

TEST(Rfc822Date, NamedZones) {
  struct Case {
    const char* text;
    sys_seconds instant;
  };
  const Case cases[] = {
      {"10 Jun 2003 04:00:00 UT", utc(2003, 6, 10, 4, 0, 0)},
      {"10 Jun 2003 04:00:00 UTC", utc(2003, 6, 10, 4, 0, 0)},
      {"10 Jun 2003 04:00:00 Z", utc(2003, 6, 10, 4, 0, 0)},
      {"10 Jun 2003 04:00:00 EST", utc(2003, 6, 10, 9, 0, 0)},
      {"10 Jun 2003 04:00:00 EDT", utc(2003, 6, 10, 8, 0, 0)},
      {"10 Jun 2003 04:00:00 CST", utc(2003, 6, 10, 10, 0, 0)},
      {"10 Jun 2003 04:00:00 CDT", utc(2003, 6, 10, 9, 0, 0)},
      {"10 Jun 2003 04:00:00 MST", utc(2003, 6, 10, 11, 0, 0)},
      {"10 Jun 2003 04:00:00 MDT", utc(2003, 6, 10, 10, 0, 0)},
      {"10 Jun 2003 04:00:00 PST", utc(2003, 6, 10, 12, 0, 0)},
      {"10 Jun 2003 04:00:00 pdt", utc(2003, 6, 10, 11, 0, 0)},
      {"10 Jun 2003 04:00:00 CEST", utc(2003, 6, 10, 2, 0, 0)},
  };
  for (const Case& c : cases) {
    auto date = parse_rfc822_date(c.text);
    ASSERT_TRUE(date) << c.text;
    EXPECT_EQ(date->instant, c.instant) << c.text;
    EXPECT_EQ(date->day, year_month_day(year{2003}, month{6}, day{10})) << c.text;
  }
}

TEST(Rfc822Date, AcceptsTheVariantsFeedsWrite) {
  // No day name, one-digit day, no seconds, two-digit year, full month name, a comment after
  // the zone, a colon in the offset, no zone (UTC), no time (the day alone).
  auto no_day_name = parse_rfc822_date("5 Jun 2003 04:00:00 GMT");
  ASSERT_TRUE(no_day_name);
  EXPECT_EQ(no_day_name->day, year_month_day(year{2003}, month{6}, day{5}));
  auto no_seconds = parse_rfc822_date("Thu, 05 Jun 2003 04:07 GMT");
  ASSERT_TRUE(no_seconds);
  EXPECT_EQ(no_seconds->instant, utc(2003, 6, 5, 4, 7, 0));
  auto short_year = parse_rfc822_date("Thu, 05 Jun 03 04:00:00 GMT");
  ASSERT_TRUE(short_year);
  EXPECT_EQ(short_year->day.year(), year{2003});
  auto last_century = parse_rfc822_date("Fri, 05 Jun 98 04:00:00 GMT");
  ASSERT_TRUE(last_century);
  EXPECT_EQ(last_century->day.year(), year{1998});
  auto full_names = parse_rfc822_date("Thursday, 05 June 2003 04:00:00 GMT");
  ASSERT_TRUE(full_names);
  EXPECT_EQ(full_names->day, year_month_day(year{2003}, month{6}, day{5}));
  auto comment = parse_rfc822_date("Thu, 05 Jun 2003 04:00:00 +0200 (CEST)");
  ASSERT_TRUE(comment);
  EXPECT_EQ(comment->instant, utc(2003, 6, 5, 2, 0, 0));
  auto colon = parse_rfc822_date("Thu, 05 Jun 2003 04:00:00 +02:00");
  ASSERT_TRUE(colon);
  EXPECT_EQ(colon->instant, utc(2003, 6, 5, 2, 0, 0));
  auto no_zone = parse_rfc822_date("Thu, 05 Jun 2003 04:00:00");
  ASSERT_TRUE(no_zone);
  EXPECT_EQ(no_zone->instant, utc(2003, 6, 5, 4, 0, 0));
  auto day_only = parse_rfc822_date("Thu, 05 Jun 2003");
  ASSERT_TRUE(day_only);
  EXPECT_EQ(day_only->text, "2003-06-05");
  auto lower = parse_rfc822_date("thu, 05 jun 2003 04:00:00 gmt");
  ASSERT_TRUE(lower);
  EXPECT_EQ(lower->instant, utc(2003, 6, 5, 4, 0, 0));
}

TEST(Rfc822Date, RejectsWhatIsNotADate) {
  for (const char* text :
       {"", "yesterday", "Tue, 10 Foo 2003 04:00:00 GMT", "Tue, 31 Jun 2003 04:00:00 GMT",
        "Tue, 10 Jun 2003 25:00:00 GMT", "Tue, 10 Jun 2003 04:00:00 XYZ",
        "Tue, 10 Jun 2003 04:00:00 IST", "Tue, 10 Jun 203 04:00:00 GMT",
        "Tue, 10 Jun 2003 04:00:00 GMT trailing", "Tue, 10 Jun 2003 04:00:00 +2",
        "Tue, 10 Jun 2003 04:00:00 +0200 (unclosed", "Blursday, 10 Jun 2003"}) {
    EXPECT_FALSE(parse_rfc822_date(text)) << text;
  }
}

TEST(IsoBasicDate, ReadsTheFormsOfNitfAndNewsMl) {
  auto utc_time = parse_iso_basic_date("20030612T120000Z");
  ASSERT_TRUE(utc_time);
  EXPECT_EQ(utc_time->instant, utc(2003, 6, 12, 12, 0, 0));
  EXPECT_EQ(utc_time->text, "2003-06-12T12:00:00Z");
  auto offset = parse_iso_basic_date("20030612T120000+0100");
  ASSERT_TRUE(offset);
  EXPECT_EQ(offset->instant, utc(2003, 6, 12, 11, 0, 0));
  EXPECT_EQ(offset->day, year_month_day(year{2003}, month{6}, day{12}));
  auto day_only = parse_iso_basic_date("20030612");
  ASSERT_TRUE(day_only);
  EXPECT_EQ(day_only->day, year_month_day(year{2003}, month{6}, day{12}));
  EXPECT_EQ(day_only->instant, utc(2003, 6, 12, 0, 0, 0));
  auto minutes = parse_iso_basic_date("20030612T1230-05");
  ASSERT_TRUE(minutes);
  EXPECT_EQ(minutes->instant, utc(2003, 6, 12, 17, 30, 0));
  auto fraction = parse_iso_basic_date("20030612T123000.250Z");
  ASSERT_TRUE(fraction);
  EXPECT_EQ(fraction->instant, utc(2003, 6, 12, 12, 30, 0));
}

TEST(IsoBasicDate, RejectsWhatIsNotOne) {
  for (const char* text : {"2003061", "20030612T12", "20030612T120000X", "20031312",
                           "20030612T120000+01000", "20030612 120000", "2003-06-12"}) {
    EXPECT_FALSE(parse_iso_basic_date(text)) << text;
  }
}

TEST(FeedDate, TakesWhicheverFormTheFeedWrites) {
  auto extended = parse_feed_date("2003-06-12T12:00:00+02:00");
  ASSERT_TRUE(extended);
  EXPECT_EQ(extended->instant, utc(2003, 6, 12, 10, 0, 0));
  auto basic = parse_feed_date("20030612T120000Z");
  ASSERT_TRUE(basic);
  EXPECT_EQ(basic->instant, utc(2003, 6, 12, 12, 0, 0));
  auto rfc = parse_feed_date(" Thu, 12 Jun 2003 12:00:00 GMT\n");
  ASSERT_TRUE(rfc);
  EXPECT_EQ(rfc->instant, utc(2003, 6, 12, 12, 0, 0));
  EXPECT_FALSE(parse_feed_date("soon"));
}

TEST(FeedDate, UnparsableReasonQuotesTheDateAndShowsTheExpectedForms) {
  std::string reason = unparsable_feed_date_reason("next Tuesday");
  EXPECT_NE(reason.find("\"next Tuesday\""), std::string::npos) << reason;
  EXPECT_NE(reason.find("RFC 822"), std::string::npos) << reason;
  EXPECT_NE(reason.find("indexed without a date"), std::string::npos) << reason;
}

}  // namespace
}  // namespace newsindex
