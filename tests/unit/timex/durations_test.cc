// Amounts of time and the dates they anchor (durations.h), resolved against 2025-04-11.
#include "durations.h"

#include <gtest/gtest.h>

#include "timex_test_support.h"

namespace newsindex {
namespace {

using timex_test::find_with;

std::string duration(std::string_view text) {
  return find_with({recognise_duration}, text);
}

TEST(Durations, CountsOfUnits) {
  EXPECT_EQ(duration("He served for three years."), "three years=P3Y");
  EXPECT_EQ(duration("The strike lasted 2 days."), "2 days=P2D");
  EXPECT_EQ(duration("The ceasefire held for 24 hours."), "24 hours=PT24H");
  EXPECT_EQ(duration("A two-week delay was announced."), "two-week=P2W");
  EXPECT_EQ(duration("It took twenty-five years."), "twenty-five years=P25Y");
  EXPECT_EQ(duration("It took a fortnight."), "a fortnight=P2W");
  EXPECT_EQ(duration("It took several months."), "several months=PXM");
  EXPECT_EQ(duration("It took two to three weeks."), "two to three weeks=P2W");
}

TEST(Durations, Halves) {
  EXPECT_EQ(duration("They lived in camps for 2 1/2 years."), "2 1/2 years=P2Y6M");
  EXPECT_EQ(duration("It took a minute and a half."), "a minute and a half=PT1M30S");
  EXPECT_EQ(duration("It took two and a half days."), "two and a half days=P2DT12H");
  // The wire's "3-1/2": a hyphen before the half.
  EXPECT_EQ(duration("The loan runs 3-1/2 years."), "3-1/2 years=P3Y6M");
  EXPECT_EQ(duration("It agreed a 12-1/2 year accord."), "12-1/2 year=P12Y6M");
  EXPECT_EQ(duration("Shares fell 2-1/2 to 30."), "");
}

TEST(Durations, AgoAnchorsToThePublicationDate) {
  EXPECT_EQ(duration("The plant closed two years ago."), "two years ago=2023");
  EXPECT_EQ(duration("It opened three weeks ago."), "three weeks ago=2025-W12");
  EXPECT_EQ(duration("It peaked two decades ago."), "two decades ago=2005");
  EXPECT_EQ(duration("Profit was higher a year earlier."), "a year earlier=2024");
  EXPECT_EQ(duration("It opened several years ago."), "several years ago=PAST_REF");
  // TimeBank reads "later" and "earlier" as the amount only.
  EXPECT_EQ(duration("It closed three days later."), "three days=P3D");
  // A hedge between the amount and "ago" stays in the phrase.
  EXPECT_EQ(duration("The plant closed two years or so ago."), "two years or so ago=2023");
  EXPECT_EQ(duration("It opened a month or two ago."), "a month or two ago=2025-03");
}

TEST(Durations, RatesAndSomeFutureDay) {
  EXPECT_EQ(duration("Output rose to 15 a year."), "a year=P1Y");
  EXPECT_EQ(duration("It sold 700 seats a week on the route."), "a week=P1W");
  EXPECT_EQ(duration("Islam will one day be the largest religion."), "one day=FUTURE_REF");
  EXPECT_EQ(duration("It will take one day."), "one day=P1D");
}

TEST(Durations, ACountAndAUnitOnDifferentLinesAreNoDuration) {
  EXPECT_EQ(duration("WEEK AGO 44.31 478\nYEAR AGO 40.11 472"), "");
  EXPECT_EQ(duration("TODAY 2,000 n/a\nWEEK AGO 2,900"), "");
  // A sentence broken over two lines (scanned columns) still counts.
  EXPECT_EQ(duration("The witness spoke for 15\nminutes."), "15\nminutes=PT15M");
}

// Adjectives of length without a count (issue 18's adjectival durations).
TEST(Durations, AUnitMadeAnAdjectiveOfLength) {
  EXPECT_EQ(duration("The decades-long feud ended."), "decades-long=PXY");
  EXPECT_EQ(duration("After a day-long hearing, he left."), "a day-long=P1D");
  EXPECT_EQ(duration("A weeklong strike closed the port."), "weeklong=P1W");
  EXPECT_EQ(duration("He ended a several-year stint abroad."), "several-year=PXY");
  // "-old" as with a count ("an 8-month-old truce"); "-year-old" stays an age.
  EXPECT_EQ(duration("The decades-old feud ended."), "decades-old=PXY");
  EXPECT_EQ(duration("The years-old case closed."), "");
  EXPECT_EQ(duration("They ended the half-century-old ban."), "half-century-old=P50Y");
  EXPECT_EQ(duration("She sang all day long."), "");
  EXPECT_EQ(duration("It was a lifelong dream."), "");
}

TEST(Durations, HalfOfOneUnit) {
  EXPECT_EQ(duration("The talks took half an hour."), "half an hour=PT30M");
  EXPECT_EQ(duration("The dam held for half a century."), "half a century=P50Y");
  EXPECT_EQ(duration("He spoke for a half-hour."), "a half-hour=PT30M");
  EXPECT_EQ(duration("Half a dozen ships sailed."), "");
}

TEST(Durations, AVagueCountOfQuartersOfSomethingIsTime) {
  EXPECT_EQ(duration("It turned a profit after several quarters of losses."),
            "several quarters=PXQ");
}

TEST(Durations, NotDurations) {
  EXPECT_EQ(duration("Iraq imports about three-quarters of its food."), "");
  EXPECT_EQ(duration("The 8-year-old boy smiled."), "");
  EXPECT_EQ(duration("He is 30 years old."), "");
  EXPECT_EQ(duration("Profit beat the 1988 quarter."), "");
  EXPECT_EQ(duration("It beat a year-earlier loss."), "");
  EXPECT_EQ(duration("Nearly three quarters of the voters agreed."), "");
  EXPECT_EQ(duration("Several quarters of the old town burned."), "");
  // A unit compared with itself is an adjective of comparison or routine.
  EXPECT_EQ(duration("Exports fell 4 pct on a year-on-year basis."), "");
  EXPECT_EQ(duration("She runs a day-to-day business."), "");
  EXPECT_EQ(duration("Exports fell for a year."), "a year=P1Y");
}

}  // namespace
}  // namespace newsindex
