// Dates around a month name (month_day_dates.h), alone and resolved against 2025-04-11.
#include "month_day_dates.h"

#include <gtest/gtest.h>

#include "timex_test_support.h"

namespace newsindex {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;
using std::chrono::year_month_day;
using timex_test::find_with;

std::string month_day(std::string_view text, std::string_view language = "en") {
  return find_with({recognise_month_first, recognise_day_first}, text, timex_test::kFriday,
                   language);
}

// "is to be held": an arrangement ahead, though "held" alone would read as past; far ahead
// of the publication date, a day with no future cue is read as last year's.
TEST(MonthDayDates, IsToBeDoneLooksAhead) {
  EXPECT_EQ(month_day("The vote is to be held on November 20."), "November 20=2025-11-20");
  EXPECT_EQ(month_day("The vote was held on November 20."), "November 20=2024-11-20");
}

// "by February", "until March": a deadline, the next such month once this year's is well past,
// unless the clause is in the past.
TEST(MonthDayDates, ADeadlineLiesAhead) {
  EXPECT_EQ(month_day("The firm must repay the loan by February."), "February=2026-02");
  EXPECT_EQ(month_day("Sales had doubled by February."), "February=2025-02");
}

// "takes effect", "expires": a date set ahead, the next such day once this year's is past.
TEST(MonthDayDates, TakingEffectLiesAhead) {
  EXPECT_EQ(month_day("The smoking ban takes effect Jan. 1."), "Jan. 1=2026-01-01");
  EXPECT_EQ(month_day("The lease expires on February 28."), "February 28=2026-02-28");
  EXPECT_EQ(month_day("The smoking ban took effect Jan. 1."), "Jan. 1=2025-01-01");
}

// After an abbreviated month, in a table row or on a line of its own, and without a comma, a
// number far from the publication date is a figure, not a year.
TEST(MonthDayDates, TableFiguresAfterMonthsAreNoYears) {
  EXPECT_EQ(month_day("Dec 1403\nMar 2901\nMay 482"), "");
  EXPECT_EQ(month_day("PARIS COCOA - APR 7\nJul 1365 bid\nSep 1290 bid"), "APR 7=2025-04-07");
  EXPECT_EQ(month_day("MTH BYR SLR HIGH LOW\nMay 1410 1411 1410 1409 33"), "");
  EXPECT_EQ(month_day("SEP 592 4815 up 52\nOCT 3 1244 up 2"), "");
  // A clock time after a date is no year of it.
  EXPECT_EQ(month_day("U.S. SPOT PRODUCTS--APRIL 7 1600 EST"), "APRIL 7=2025-04-07");
  // Named as years: a comma, a full month name in a sentence, a full date.
  EXPECT_EQ(month_day("The bill is dated January, 1795, and signed."), "January, 1795=1795-01");
  EXPECT_EQ(month_day("Lincoln was born February 12, 1809."), "February 12, 1809=1809-02-12");
  EXPECT_EQ(month_day("It sold 8.50 pct December 2042 stock."), "December 2042=2042-12");
  EXPECT_EQ(month_day("Notes mature Nov 15, 2040, it said."), "Nov 15, 2040=2040-11-15");
  // Near the publication date a table still names its months.
  EXPECT_EQ(month_day("Jan 2024 100\nFeb 2024 120"), "Jan 2024=2024-01; Feb 2024=2024-02");
}

// The full stop of an abbreviation belongs to the month; after a full name it ends the sentence.
TEST(MonthDayDates, AFullStopAfterAFullMonthNameEndsTheSentence) {
  EXPECT_EQ(month_day("Talks broke down in October. They said so."), "October=2024-10");
  EXPECT_EQ(month_day("Talks broke down Oct. 5 in Geneva."), "Oct. 5=2024-10-05");
  EXPECT_EQ(month_day("Talks broke down on Sept. 12."), "Sept. 12=2024-09-12");
}

TEST(MonthDayDates, FullDates) {
  EXPECT_EQ(month_day("Signed on March 01, 2008 in Paris."), "March 01, 2008=2008-03-01");
  EXPECT_EQ(month_day("Shares rose on Sept. 27, 1989, analysts said."),
            "Sept. 27, 1989=1989-09-27");
  EXPECT_EQ(month_day("He was born on 4 July 1990."), "4 July 1990=1990-07-04");
  EXPECT_EQ(month_day("Se firmó el 4 de abril de 2025.", "es"), "4 de abril de 2025=2025-04-04");
  EXPECT_EQ(month_day("Договор подписан 4 апреля 2025 года.", "ru"),
            "4 апреля 2025 года=2025-04-04");
}

// Broadcast transcripts spell the day out; the spelled day closes its phrase.
TEST(MonthDayDates, ASpelledOrdinalDay) {
  EXPECT_EQ(month_day("The festival opens on June ninth."), "June ninth=2025-06-09");
  EXPECT_EQ(month_day("Polls close on November twenty-second, 2024, at noon."),
            "November twenty-second, 2024=2024-11-22");
  EXPECT_EQ(month_day("Rates were cut on March second."), "March second=2025-03-02");
  EXPECT_EQ(month_day("Sales in October third-quarter trading fell."), "October=2024-10");
  EXPECT_EQ(month_day("The team finished in March second only to the champions."), "March=2025-03");
  EXPECT_EQ(month_day("The veterans march second in the parade."), "");
}

TEST(MonthDayDates, MonthWithYearOrAlone) {
  EXPECT_EQ(month_day("Sales slumped in July 1997."), "July 1997=1997-07");
  EXPECT_EQ(month_day("It was January nineteen ninety-seven."),
            "January nineteen ninety-seven=1997-01");
  EXPECT_EQ(month_day("Output fell in February, the ministry said."), "February=2025-02");
  EXPECT_EQ(month_day("Exports rose in April last year."), "April last year=2024-04");
}

TEST(MonthDayDates, YearlessDatesTakeTheNearestYear) {
  EXPECT_EQ(month_day("The company said on April 4 that it would cut jobs."), "April 4=2025-04-04");
  const year_month_day january{year{2025}, month{1}, day{15}};
  EXPECT_EQ(find_with({recognise_month_first}, "Output fell in October, it said.", january),
            "October=2024-10");
}

TEST(MonthDayDates, WordsThatOnlyLookLikeMonths) {
  EXPECT_EQ(month_day("Prices may rise."), "");
  EXPECT_EQ(month_day("Prices fell in May, it said."), "May=2025-05");
  EXPECT_EQ(month_day("Thousands joined the March for Life."), "");
  // A day the month does not have is dropped, not repaired.
  EXPECT_EQ(month_day("The meeting on February 30 was cancelled."), "");
  EXPECT_EQ(month_day("Signed on February 29, 2024."), "February 29, 2024=2024-02-29");
  EXPECT_EQ(month_day("Signed on February 29, 2023."), "");
}

}  // namespace
}  // namespace newsindex
