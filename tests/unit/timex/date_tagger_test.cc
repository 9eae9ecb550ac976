#include "date_tagger.h"

#include <gtest/gtest.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsindex {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;
using std::chrono::year_month_day;

constexpr year_month_day kFriday{year{2025}, month{4}, day{11}};    // 2025-04-11 is a Friday
constexpr year_month_day kSaturday{year{2025}, month{4}, day{12}};  // published the day after

struct Found {
  std::string text, value;
  TimexType type;
};

std::vector<Found> tag(std::string_view language, std::string_view text,
                       std::optional<year_month_day> ref) {
  const DateTagger tagger(language);
  std::vector<Found> out;
  for (const TimexMention& m : tagger.tag(text, ref)) {
    EXPECT_LE(m.begin, m.end);
    EXPECT_LE(m.end, text.size());
    out.push_back({std::string(text.substr(m.begin, m.end - m.begin)), m.value, m.type});
  }
  return out;
}

// Value of the mention whose surface text is exactly `surface`, or "<none>".
std::string value_of(const std::vector<Found>& found, std::string_view surface) {
  for (const Found& f : found)
    if (f.text == surface) return f.value;
  return "<none>";
}

std::string en(std::string_view text, std::string_view surface,
               std::optional<year_month_day> ref = kFriday) {
  return value_of(tag("en", text, ref), surface);
}

TEST(AbsoluteDates, FullDatesInEnglish) {
  EXPECT_EQ(en("The contract was signed on March 01, 2008 in Paris.", "March 01, 2008"),
            "2008-03-01");
  EXPECT_EQ(en("He was born on 4 July 1990.", "4 July 1990"), "1990-07-04");
  EXPECT_EQ(en("Shares rose on Sept. 27, 1989, analysts said.", "Sept. 27, 1989"), "1989-09-27");
  EXPECT_EQ(en("The filing is dated 2025-04-09.", "2025-04-09"), "2025-04-09");
}

TEST(AbsoluteDates, NumericOrderFollowsArticleLanguage) {
  // en uses M/d/y; de uses d.M.y / d/M/y; a first field above 12 forces day-first.
  EXPECT_EQ(en("The vote is on 04/05/2025.", "04/05/2025"), "2025-04-05");
  EXPECT_EQ(value_of(tag("de", "Die Wahl ist am 04/05/2025.", kFriday), "04/05/2025"),
            "2025-05-04");
  EXPECT_EQ(en("The vote was on 25/04/2025.", "25/04/2025"), "2025-04-25");
}

TEST(PartialDates, YearMonthDecadeAndCentury) {
  EXPECT_EQ(en("Sales slumped in July 1997.", "July 1997"), "1997-07");
  EXPECT_EQ(en("Prices rose in 2023 and fell later.", "2023"), "2023");
  EXPECT_EQ(en("Since the 2022 invasion, exports fell.", "2022"), "2022");
  EXPECT_EQ(en("Growth was strong in the 1990s.", "the 1990s"), "199");
  EXPECT_EQ(en("It was built in the 20th century.", "the 20th century"), "19");
  EXPECT_EQ(en("Harvest starts in the summer of 2024.", "the summer of 2024"), "2024-SU");
}

TEST(RelativeToPublicationDate, MonthDayAndMonthGetTheRightYear) {
  EXPECT_EQ(en("The company said on April 4 that it would cut jobs.", "April 4"), "2025-04-04");
  EXPECT_EQ(en("Output fell in February, the ministry said.", "February"), "2025-02");
  // In January an October event is last year's.
  const year_month_day january{year{2025}, month{1}, day{15}};
  EXPECT_EQ(en("Output fell in October, the ministry said.", "October", january), "2024-10");
}

TEST(RelativeToPublicationDate, DeicticWords) {
  EXPECT_EQ(en("Shares fell yesterday.", "yesterday"), "2025-04-10");
  EXPECT_EQ(en("The board meets today.", "today"), "2025-04-11");
  EXPECT_EQ(en("Profit rose last year.", "last year"), "2024");
  EXPECT_EQ(en("Talks resume next month.", "next month"), "2025-05");
  EXPECT_EQ(en("Talks stalled last week.", "last week"), "2025-W14");
  EXPECT_EQ(en("Talks resumed this week.", "this week"), "2025-W15");
  EXPECT_EQ(en("The plant closed two years ago.", "two years ago"), "2023");
  EXPECT_EQ(en("Rates were cut earlier this month.", "earlier this month"), "2025-04");
  EXPECT_EQ(en("He recently resigned.", "recently"), "PAST_REF");
  EXPECT_EQ(en("He is now chairman.", "now"), "PRESENT_REF");
  EXPECT_EQ(en("He currently leads the group.", "currently"), "PRESENT_REF");
  EXPECT_EQ(en("Prices may rise in the future.", "the future"), "FUTURE_REF");
}

TEST(RelativeToPublicationDate, FiscalQuarters) {
  EXPECT_EQ(en("Profit rose in the first quarter.", "the first quarter"), "2025-Q1");
  EXPECT_EQ(en("Sales in the third quarter of 2024 fell.", "the third quarter of 2024"), "2024-Q3");
  // A quarter that has not begun yet, reported in the past tense, is last year's.
  EXPECT_EQ(en("Third-quarter profit rose.", "Third-quarter"), "2024-Q3");
  const year_month_day october{year{2025}, month{10}, day{20}};
  EXPECT_EQ(en("Third-quarter profit rose.", "Third-quarter", october), "2025-Q3");
  EXPECT_EQ(en("Third-quarter profit rose to $5 million from $4 million in the year-ago period.",
               "the year-ago period", october),
            "2024-Q3");
}

// "the same quarter last year", "the comparable period a year ago": the quarter in focus a year
// back, one expression; "the same quarter" never names the running one.
TEST(RelativeToPublicationDate, TheSameQuarterAYearBefore) {
  const year_month_day october{year{2025}, month{10}, day{20}};
  EXPECT_EQ(en("Orders rose in the third quarter from the same quarter last year.",
               "the same quarter last year", october),
            "2024-Q3");
  EXPECT_EQ(en("Orders rose in the third quarter from the comparable period a year ago.",
               "the comparable period a year ago", october),
            "2024-Q3");
  EXPECT_EQ(en("Orders rose in the third quarter from the same quarter a year earlier.",
               "the same quarter a year earlier", october),
            "2024-Q3");
  EXPECT_EQ(en("Orders fell in the same quarter.", "same quarter", october), "<none>");
}

// The possessive is read (the value stays the day's, the quarter's) but left out of the span, as
// TimeML does.
TEST(Spans, APossessiveEndsBeforeItsClitic) {
  EXPECT_EQ(en("Investors cheered Thursday's ruling by the court.", "Thursday", kSaturday),
            "2025-04-10");
  EXPECT_EQ(en("Sales beat last year\u2019s record.", "last year"), "2024");
  EXPECT_EQ(en("The plan drew on last month's review and next week's vote.", "next week"),
            "2025-W16");
  EXPECT_EQ(en("Investors cheered Thursday's ruling by the court.", "Thursday's", kSaturday),
            "<none>");
}

TEST(Weekdays, PastTenseReportPicksThePreviousDay) {
  EXPECT_EQ(en("The minister resigned on Friday.", "Friday", kSaturday), "2025-04-11");
  EXPECT_EQ(en("Police said on Monday that two men were arrested.", "Monday", kSaturday),
            "2025-04-07");
}

TEST(Weekdays, FutureTenseReportPicksTheNextOne) {
  EXPECT_EQ(en("The leaders will meet on Friday.", "Friday", kSaturday), "2025-04-18");
  EXPECT_EQ(en("The ministers will meet on Tuesday.", "Tuesday", kSaturday), "2025-04-15");
  EXPECT_EQ(en("She met him last Friday.", "last Friday", kSaturday), "2025-04-11");
}

TEST(Times, ClockTimesAndPartsOfDay) {
  const auto found = tag("en", "The summit opens at 2 p.m. and ends Friday morning.", kFriday);
  EXPECT_EQ(value_of(found, "2 p.m."), "2025-04-11T14:00");
  EXPECT_EQ(value_of(found, "Friday morning"), "2025-04-11TMO");
  EXPECT_EQ(en("The raid happened last night.", "last night"), "2025-04-10TNI");
}

TEST(Durations, CountsOfUnits) {
  EXPECT_EQ(en("He served for three years.", "three years"), "P3Y");
  EXPECT_EQ(en("The strike lasted 2 days.", "2 days"), "P2D");
  EXPECT_EQ(en("A two-week delay was announced.", "two-week"), "P2W");
  EXPECT_EQ(en("Sales over the past three months rose.", "the past three months"), "P3M");
  const auto found = tag("en", "The ceasefire held for 24 hours.", kFriday);
  ASSERT_EQ(found.size(), 1U);
  EXPECT_EQ(found[0].text, "24 hours");
  EXPECT_EQ(found[0].type, TimexType::Duration);
  EXPECT_EQ(found[0].value, "PT24H");
}

TEST(Sets, RecurringExpressions) {
  const auto every = tag("en", "The market is closed every Monday.", kFriday);
  ASSERT_EQ(every.size(), 1U);
  EXPECT_EQ(every[0].type, TimexType::Set);
  EXPECT_EQ(every[0].value, "XXXX-WXX-1");
  EXPECT_EQ(en("The paper is published weekly.", "weekly"), "P1W");
  EXPECT_EQ(en("Output rose to 15 a year.", "a year"), "P1Y");
}

TEST(FalsePositives, NumbersThatOnlyLookLikeDates) {
  EXPECT_TRUE(tag("en", "Case number 2882015 was closed.", kFriday).empty());
  EXPECT_TRUE(tag("en", "Arsenal won 3-1 at home.", kFriday).empty());
  EXPECT_TRUE(tag("en", "Lot 1986/17 was sold.", kFriday).empty());
  EXPECT_TRUE(tag("en", "The ticket costs $2,025 and the bag $2025.", kFriday).empty());
  EXPECT_TRUE(tag("en", "Call 555-2025 or (202) 555-1987 for details.", kFriday).empty());
  EXPECT_TRUE(tag("en", "Shares rose 2.27 points to 1,987.", kFriday).empty());
  EXPECT_TRUE(tag("en", "About 2000 people marched.", kFriday).empty());
}

TEST(FalsePositives, QuotedTitlesAreNoTimes) {
  EXPECT_TRUE(tag("en", "She told ''48 Hours'' about the case.", kFriday).empty());
  EXPECT_TRUE(tag("en", "He spoke on \"This Morning\" and left.", kFriday).empty());
  EXPECT_EQ(en("He said: \"Next week we decide.\"", "Next week"), "2025-W16");
  EXPECT_EQ(en("He said \u201CToday is the day.\u201D", "Today"), "2025-04-11");
}

TEST(FalsePositives, ImpossibleDatesAreDropped) {
  EXPECT_TRUE(tag("en", "The meeting on February 30 was cancelled.", kFriday).empty());
  EXPECT_TRUE(tag("en", "It ended on 31/02/2025.", kFriday).empty());
  // February 29 exists only in leap years.
  EXPECT_EQ(en("The deal was signed on February 29, 2024.", "February 29, 2024"), "2024-02-29");
  EXPECT_TRUE(tag("en", "The deal was signed on February 29, 2023.", kFriday).empty());
}

TEST(NoReferenceDate, AbsoluteResolvedRelativeLeftOpen) {
  const auto found =
      tag("en", "On March 1, 2008 the firm said profit fell yesterday and rose on April 4.",
          std::nullopt);
  EXPECT_EQ(value_of(found, "March 1, 2008"), "2008-03-01");
  EXPECT_EQ(value_of(found, "April 4"), "XXXX-04-04");
  const std::string yesterday = value_of(found, "yesterday");
  EXPECT_NE(yesterday, "<none>");
  EXPECT_NE(yesterday.find('X'), std::string::npos);
  EXPECT_EQ(value_of(tag("en", "He met her on Friday.", std::nullopt), "Friday"), "XXXX-WXX-5");
}

TEST(OtherLanguages, German) {
  const auto found = tag("de",
                         "Der Vertrag wurde am 4. April 2025 unterzeichnet, gestern folgte die "
                         "Antwort. Letztes Jahr stieg der Umsatz.",
                         kFriday);
  EXPECT_EQ(value_of(found, "4. April 2025"), "2025-04-04");
  EXPECT_EQ(value_of(found, "gestern"), "2025-04-10");
  EXPECT_EQ(value_of(found, "Letztes Jahr"), "2024");
  EXPECT_EQ(value_of(tag("de", "Am 11.04.2025 kam es zum Streit.", kFriday), "11.04.2025"),
            "2025-04-11");
  EXPECT_EQ(value_of(tag("de", "Die Firma meldete vor 3 Tagen Verluste.", kFriday), "vor 3 Tagen"),
            "2025-04-08");
}

TEST(OtherLanguages, French) {
  const auto found =
      tag("fr", "Le ministre a démissionné le 11 avril, et hier aujourd'hui encore.", kFriday);
  EXPECT_EQ(value_of(found, "11 avril"), "2025-04-11");
  EXPECT_EQ(value_of(found, "hier"), "2025-04-10");
  EXPECT_EQ(value_of(found, "aujourd'hui"), "2025-04-11");
  EXPECT_EQ(value_of(tag("fr", "Le 1er mars 2024, il est parti.", kFriday), "1er mars 2024"),
            "2024-03-01");
}

TEST(OtherLanguages, Spanish) {
  const auto found =
      tag("es", "El acuerdo se firmó el 4 de abril de 2025 y ayer se publicó.", kFriday);
  EXPECT_EQ(value_of(found, "4 de abril de 2025"), "2025-04-04");
  EXPECT_EQ(value_of(found, "ayer"), "2025-04-10");
}

TEST(OtherLanguages, Italian) {
  const auto found = tag("it", "Il governo ha deciso il 4 aprile, ieri la conferma.", kFriday);
  EXPECT_EQ(value_of(found, "4 aprile"), "2025-04-04");
  EXPECT_EQ(value_of(found, "ieri"), "2025-04-10");
}

TEST(OtherLanguages, RussianGenitiveMonth) {
  const std::string text = "Договор подписан 4 апреля 2025 года, а вчера его опубликовали.";
  const auto found = tag("ru", text, kFriday);
  EXPECT_EQ(value_of(found, "4 апреля 2025 года"), "2025-04-04");
  EXPECT_EQ(value_of(found, "вчера"), "2025-04-10");
}

TEST(OtherLanguages, FinnishPartitiveMonth) {
  const auto found =
      tag("fi", "Sopimus allekirjoitettiin 4. huhtikuuta 2025, ja eilen se julkaistiin.", kFriday);
  EXPECT_EQ(value_of(found, "4. huhtikuuta 2025"), "2025-04-04");
  EXPECT_EQ(value_of(found, "eilen"), "2025-04-10");
}

TEST(OtherLanguages, UnknownLanguageFallsBackToEnglish) {
  EXPECT_EQ(value_of(tag("xx", "Signed on March 1, 2008.", kFriday), "March 1, 2008"),
            "2008-03-01");
}

TEST(Offsets, AreUtf8ByteOffsetsIntoTheOriginal) {
  const std::string text = "Über Nacht, am 4. März 2025, fiel der Kurs.";
  const DateTagger tagger("de");
  const auto found = tagger.tag(text, kFriday);
  ASSERT_EQ(found.size(), 1U);
  EXPECT_EQ(text.substr(found[0].begin, found[0].end - found[0].begin), "4. März 2025");
  EXPECT_EQ(found[0].begin, text.find("4. M"));
}

TEST(Robustness, HostileInputNeverCrashes) {
  const DateTagger tagger("ru");
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk.push_back(static_cast<char>((i * 7919) % 256));
  junk += " 99/99/9999 2025-13-45 31.31. -- 12:99 p.m. 0000s ' 'ago the the last ";
  EXPECT_NO_THROW((void)tagger.tag(junk, kFriday));
  EXPECT_NO_THROW((void)tagger.tag(junk, std::nullopt));
  EXPECT_NO_THROW((void)tagger.tag(junk, year_month_day{year{-32000}, month{1}, day{1}}));
  EXPECT_TRUE(tagger.tag("", kFriday).empty());
}

TEST(EnglishPhrases, TheYear) {
  EXPECT_EQ(en("Net fell 5% for the year ended June 30.", "the year"), "P1Y");
  EXPECT_EQ(en("Sales were flat for the year, it said.", "the year"), "2025");
  EXPECT_EQ(en("It sold 5 units in the first nine months of the year.", "the year"), "2025");
  EXPECT_EQ(en("He voted for Man of the Year.", "the year"), "<none>");
}

TEST(EnglishPhrases, Holidays) {
  EXPECT_EQ(en("The boy was found on Thanksgiving Day.", "Thanksgiving Day"), "2024-11-28");
  EXPECT_EQ(en("The Fed may ease by Easter.", "Easter"), "2025-04-20");
  EXPECT_EQ(en("They bought a Christmas tree.", "Christmas"), "<none>");
}

TEST(EnglishPhrases, Narrative) {
  EXPECT_EQ(
      en("He was promoted on May 22, 1995, and the following year he left.", "the following year"),
      "1996");
  EXPECT_EQ(en("It fled in June 1998 and returned later that year.", "later that year"), "1998");
}

TEST(EnglishPhrases, NotTimexes) {
  EXPECT_EQ(en("Iraq imports about three-quarters of its food.", "about three-quarters"), "<none>");
  EXPECT_EQ(en("He spoke to LA Weekly on Monday.", "Weekly"), "<none>");
  EXPECT_EQ(en("It is a 2000 year old tradition.", "2000"), "<none>");
  EXPECT_EQ(en("The current account deficit widened.", "current"), "<none>");
  EXPECT_EQ(en("Thousands joined the March for Life.", "March"), "<none>");
}

TEST(EnglishPhrases, Vague) {
  EXPECT_EQ(en("The plant has been idle for years.", "years"), "PXY");
  EXPECT_EQ(en("Prices reflect current market conditions.", "current"), "PRESENT_REF");
}

TEST(EnglishPhrases, SpelledYearsFractionsAndPartsOfDays) {
  EXPECT_EQ(en("It was the winter of nineteen ninety-four.", "the winter of nineteen ninety-four"),
            "1994-WI");
  EXPECT_EQ(en("January nineteen ninety-seven. Atlanta again.", "January nineteen ninety-seven"),
            "1997-01");
  EXPECT_EQ(en("They lived in camps for 2 1/2 years.", "2 1/2 years"), "P2Y6M");
  EXPECT_EQ(en("It took a minute and a half.", "a minute and a half"), "PT1M30S");
  EXPECT_EQ(en("Over the next couple of years we will grow.", "the next couple of years"), "P2Y");
  EXPECT_EQ(en("The summit is on April 24 and 25.", "25"), "2025-04-25");
  EXPECT_EQ(en("By mid afternoon, sources said.", "mid afternoon"), "2025-04-11TAF");
  EXPECT_EQ(en("It happened mid-afternoon yesterday.", "mid-afternoon yesterday"), "2025-04-10TAF");
  EXPECT_EQ(en("Islam will one day be the largest religion.", "one day"), "FUTURE_REF");
  EXPECT_EQ(en("It will take one day.", "one day"), "P1D");
  EXPECT_EQ(en("The father would be traveling to the United States Thursday.", "Thursday"),
            "2025-04-17");
  EXPECT_EQ(en("In the quarter ended July 31, it lost money.", "the quarter"), "2025-Q2");
  EXPECT_EQ(en("It sold 700 seats a week on the route.", "a week"), "P1W");
}

}  // namespace
}  // namespace newsindex
