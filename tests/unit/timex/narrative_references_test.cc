// Times relative to the last time point the text named (narrative_references.h).
#include "narrative_references.h"

#include <gtest/gtest.h>

#include "deictic_expressions.h"
#include "month_day_dates.h"
#include "the_phrases.h"
#include "timex_test_support.h"
#include "weekdays.h"
#include "years.h"

namespace newsindex {
namespace {

using timex_test::find_with;

// The narrative phrases with the rules that name the time points they move from.
std::string story(std::string_view text) {
  return find_with({recognise_month_first, recognise_year, recognise_the_phrase, recognise_deictic,
                    recognise_that_unit},
                   text);
}

TEST(NarrativeReferences, MoveFromTheLastTimePointNamed) {
  EXPECT_EQ(story("He was promoted on May 22, 1995, and the following year he left."),
            "May 22, 1995=1995-05-22; the following year=1996");
  EXPECT_EQ(story("It fled in June 1998 and returned that year."),
            "June 1998=1998-06; that year=1998");
  EXPECT_EQ(story("It began on May 22, 1995; the previous day was calm."),
            "May 22, 1995=1995-05-22; the previous day=1995-05-21");
  EXPECT_EQ(story("It began on May 22, 1995, and the next morning it rained."),
            "May 22, 1995=1995-05-22; the next morning=1995-05-23");
  EXPECT_EQ(story("It began on May 22, 1995, a Monday; the previous Friday was calm."),
            "May 22, 1995=1995-05-22; the previous Friday=1995-05-19");
}

// A season after "following" or "previous" is the nearest one after or before the time point
// named, not the publication date's.
TEST(NarrativeReferences, TheFollowingOrPreviousSeason) {
  EXPECT_EQ(story("The mine shut in 2016 and reopened the following spring."),
            "2016=2016; the following spring=2017-SP");
  EXPECT_EQ(story("The mine shut in June 2016 and reopened the following winter."),
            "June 2016=2016-06; the following winter=2016-WI");
  EXPECT_EQ(story("The mine shut in June 2016 after floods the previous winter."),
            "June 2016=2016-06; the previous winter=2015-WI");
}

TEST(NarrativeReferences, TheTradingDayOfAMarketReport) {
  EXPECT_EQ(story("The stock gained 4 percent on the day."), "the day=2025-04-11");
  EXPECT_EQ(story("Bank shares closed 12 cents higher for the day, their best gain."),
            "the day=2025-04-11");
  EXPECT_EQ(story("Trading began on May 22, 1995, and the stock fell 3% on the day."),
            "May 22, 1995=1995-05-22; the day=1995-05-22");
  EXPECT_EQ(story("The stock fell 4 percent on the day of the vote."), "");
  EXPECT_EQ(story("Everyone remembers where they were on the day."), "");
}

TEST(NarrativeReferences, TheNthDayOfAnEvent) {
  const auto with_weekdays = [](std::string_view text) {
    return find_with({recognise_weekday, recognise_the_phrase}, text);
  };
  EXPECT_EQ(with_weekdays("Monday was the third day of the strike."),
            "Monday=2025-04-07; the third day=2025-04-07");
  EXPECT_EQ(with_weekdays("Talks went into the fourth day of haggling."),
            "the fourth day=2025-04-11");
  // "second" is also the unit of time; here it is the ordinal.
  EXPECT_EQ(with_weekdays("Crowds returned for the second day of the sit-in."),
            "the second day=2025-04-11");
  EXPECT_EQ(with_weekdays("Rent is due on the second day of the month."), "");
  EXPECT_EQ(with_weekdays("Rent is due on the first day of the month."), "");
  EXPECT_EQ(with_weekdays("It ends on the last day of March."), "");
}

TEST(NarrativeReferences, WithoutAnEarlierTimePoint) {
  // Moved from the publication date.
  EXPECT_EQ(story("The following week, talks resumed."), "The following week=2025-W16");
  // "that day" with nothing named before it is generic.
  EXPECT_EQ(story("Redemptions that day were heavy."), "");
  // After a month only, "that day" is a day of that month.
  EXPECT_EQ(story("In June 1998 it fled; that day was cold."),
            "June 1998=1998-06; that day=1998-06-XX");
}

}  // namespace
}  // namespace newsindex
