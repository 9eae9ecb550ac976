// Times placed by "last", "next", "this", ... relative to 2025-04-11 (deictic_expressions.h).
#include "deictic_expressions.h"

#include <gtest/gtest.h>

#include "the_phrases.h"
#include "timex_test_support.h"

namespace newsindex {
namespace {

using timex_test::find_with;

std::string deictic(std::string_view text) {
  return find_with({recognise_deictic}, text);
}

TEST(DeicticExpressions, UnitsMoveFromThePublicationDate) {
  EXPECT_EQ(deictic("Profit rose last year."), "last year=2024");
  EXPECT_EQ(deictic("Talks resume next month."), "next month=2025-05");
  EXPECT_EQ(deictic("Talks stalled last week."), "last week=2025-W14");
  EXPECT_EQ(deictic("Talks resumed this week."), "this week=2025-W15");
  EXPECT_EQ(deictic("It peaked last decade."), "last decade=201");
  EXPECT_EQ(deictic("It ends this quarter."), "this quarter=2025-Q2");
  EXPECT_EQ(deictic("It ends this day."), "this day=2025-04-11");
  EXPECT_EQ(deictic("It ends next hour."), "");
}

TEST(DeicticExpressions, NightsAndPartsOfTheDay) {
  EXPECT_EQ(deictic("The raid happened last night."), "last night=2025-04-10TNI");
  EXPECT_EQ(deictic("He spoke this morning."), "this morning=2025-04-11TMO");
}

TEST(DeicticExpressions, NamedTimes) {
  EXPECT_EQ(deictic("She met him last Friday."), "last Friday=2025-04-04");
  EXPECT_EQ(deictic("She meets him next Tuesday."), "next Tuesday=2025-04-15");
  EXPECT_EQ(deictic("Sales rose last March."), "last March=2025-03");
  EXPECT_EQ(deictic("It opened last fall."), "last fall=2024-FA");
  // From a Friday, the weekend about to begin.
  EXPECT_EQ(deictic("It opens next weekend."), "next weekend=2025-W15-WE");
  EXPECT_EQ(deictic("Prices will rise in coming months."), "coming months=FUTURE_REF");
}

TEST(DeicticExpressions, OverThePastDecadeIsTheSpanUpToNow) {
  EXPECT_EQ(deictic("Exports have grown over the past decade."), "the past decade=P10Y");
  EXPECT_EQ(deictic("Sea levels rose throughout the past century."), "the past century=P100Y");
  // Without a preposition of extent it is the calendar decade before this one.
  EXPECT_EQ(deictic("It was the wettest spring in the past decade."), "past decade=201");
}

TEST(DeicticExpressions, LastYearInAResultsReportIsTheSamePeriodAYearBefore) {
  EXPECT_EQ(deictic("Profit was $5 million, against $4 million last year."), "last year=2024");
  EXPECT_EQ(deictic("It beat the corresponding period last year."),
            "the corresponding period last year=2024");
}

TEST(DeicticExpressions, AfterThe) {
  EXPECT_EQ(find_with({recognise_the_phrase}, "Talks resumed during the week."),
            "the week=2025-W15");
  EXPECT_EQ(find_with({recognise_the_phrase}, "Prices will rise over the coming months."),
            "the coming months=FUTURE_REF");
  EXPECT_EQ(find_with({recognise_the_phrase}, "It ends in the current quarter."),
            "the current quarter=2025-Q2");
}

}  // namespace
}  // namespace newsindex
