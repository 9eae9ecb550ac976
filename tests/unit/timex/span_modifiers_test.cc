// Modifiers taken into a candidate's span after the scan (span_modifiers.h).
#include "span_modifiers.h"

#include <gtest/gtest.h>

#include "clock_times.h"
#include "deictic_expressions.h"
#include "durations.h"
#include "month_day_dates.h"
#include "timex_test_support.h"
#include "years.h"

namespace newsindex {
namespace {

std::string widened(std::string_view text) {
  return timex_test::listed(timex_test::recognise(
      {recognise_month_first, recognise_year, recognise_duration, recognise_clock_time}, text,
      timex_test::kFriday, "en", take_in_left_modifiers));
}

TEST(SpanModifiers, BeforeDates) {
  EXPECT_EQ(widened("It rose in early 2024."), "early 2024=2024");
  EXPECT_EQ(widened("It rose in mid-1990."), "mid-1990=1990");
  EXPECT_EQ(widened("It ends at the end of March, it said."), "the end of March=2025-03");
  EXPECT_EQ(widened("They met around noon."), "around noon=2025-04-11T12:00");
  EXPECT_EQ(widened("It rose in fiscal 1988."), "fiscal 1988=1988");
}

TEST(SpanModifiers, AHyphenatedEarlyOrLate) {
  EXPECT_EQ(widened("The plant opened in late-2019."), "late-2019=2019");
  EXPECT_EQ(widened("The talks stalled in early-March, it said."), "early-March=2025-03");
}

TEST(SpanModifiers, ThisBeforePastOrComing) {
  const auto deictic = [](std::string_view text) {
    return timex_test::listed(timex_test::recognise({recognise_deictic}, text, timex_test::kFriday,
                                                    "en", take_in_left_modifiers));
  };
  EXPECT_EQ(deictic("The fair opened this past weekend."), "this past weekend=2025-W14-WE");
  EXPECT_EQ(deictic("The fair closes this coming Tuesday."), "this coming Tuesday=2025-04-15");
  EXPECT_EQ(deictic("Sales fell this past winter."), "this past winter=2024-WI");
}

TEST(SpanModifiers, BeforeDurations) {
  EXPECT_EQ(widened("Sales over the past three months rose."), "the past three months=P3M");
  EXPECT_EQ(widened("It lasted more than two years."), "more than two years=P2Y");
  EXPECT_EQ(widened("It lasted at least two years."), "at least two years=P2Y");
  EXPECT_EQ(widened("It lasted up to two years."), "up to two years=P2Y");
  EXPECT_EQ(widened("It lasted about a week."), "about a week=P1W");
}

// "the" before a duration used as an adjective goes with the noun.
// The verb "last" is no modifier: "the last three years" is.
TEST(SpanModifiers, NotTheVerbLast) {
  EXPECT_EQ(widened("The hearing will last three days."), "three days=P3D");
  EXPECT_EQ(widened("The hearing is expected to last about a week."), "about a week=P1W");
  EXPECT_EQ(widened("Sales fell in the last three years."), "the last three years=P3Y");
}

// "within" is a signal of the relation, not part of the duration.
TEST(SpanModifiers, NotWithinBeforeADuration) {
  EXPECT_EQ(widened("Repairs must start within two weeks."), "two weeks=P2W");
  EXPECT_EQ(widened("Repairs must start within the next two weeks."), "the next two weeks=P2W");
}

TEST(SpanModifiers, NotTheBeforeAnAdjectivalDuration) {
  EXPECT_EQ(widened("Traders sold the 10-year note."), "10-year=P10Y");
  EXPECT_EQ(widened("Crowds came for the three day festival."), "three day=P3D");
  EXPECT_EQ(widened("Crowds stayed for the three days of music."), "the three days=P3D");
}

TEST(SpanModifiers, NeverIntoThePreviousCandidate) {
  EXPECT_EQ(widened("From March 2024 three years passed."), "March 2024=2024-03; three years=P3Y");
}

}  // namespace
}  // namespace newsindex
