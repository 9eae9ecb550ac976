// Neighbouring candidates joined or split after the scan (adjacent_candidates.h).
#include "adjacent_candidates.h"

#include <gtest/gtest.h>

#include "clock_times.h"
#include "day_references.h"
#include "deictic_expressions.h"
#include "month_day_dates.h"
#include "timex_test_support.h"
#include "weekdays.h"

namespace newsindex {
namespace {

std::string composed(std::string_view text) {
  return timex_test::listed(timex_test::recognise(
      {recognise_month_first, recognise_weekday, recognise_day_word, recognise_clock_time}, text,
      timex_test::kFriday, "en", compose_adjacent));
}

TEST(AdjacentCandidates, ADayAndAPartOfIt) {
  EXPECT_EQ(composed("The summit ends Friday morning."), "Friday morning=2025-04-11TMO");
  EXPECT_EQ(composed("It happened yesterday afternoon."), "yesterday afternoon=2025-04-10TAF");
  // News uses "Friday night" for the date itself; "night" is in the span, not in the value.
  EXPECT_EQ(composed("It happened Thursday night."), "Thursday night=2025-04-10");
  EXPECT_EQ(composed("Thursday night's concert was sold out."), "Thursday night=2025-04-10");
  EXPECT_EQ(composed("It happened on April 9 at night."), "April 9=2025-04-09");
}

TEST(AdjacentCandidates, AClockTimeOnTheDayAfterIt) {
  EXPECT_EQ(composed("It started at 10 p.m. Wednesday."), "10 p.m. Wednesday=2025-04-09T22:00");
  EXPECT_EQ(composed("It started at 5 p.m. EST, Nov. 9, 2024."),
            "5 p.m. EST, Nov. 9, 2024=2024-11-09T17:00");
}

TEST(AdjacentCandidates, AModifiedWeekdayAndItsDate) {
  const auto with_deictic = [](std::string_view text) {
    return timex_test::listed(
        timex_test::recognise({recognise_month_first, recognise_weekday, recognise_deictic}, text,
                              timex_test::kFriday, "en", compose_adjacent));
  };
  EXPECT_EQ(with_deictic("The fair closed last Sunday, April 6."),
            "last Sunday, April 6=2025-04-06");
  EXPECT_EQ(with_deictic("The vote is next Tuesday, April 15, they said."),
            "next Tuesday, April 15=2025-04-15");
  EXPECT_EQ(with_deictic("It closed last Sunday, in April."),
            "last Sunday=2025-04-06; April=2025-04");
}

TEST(AdjacentCandidates, TheSecondDayOfAMonth) {
  EXPECT_EQ(composed("The summit is on April 24 and 25."), "April 24=2025-04-24; 25=2025-04-25");
  EXPECT_EQ(composed("The summit is on April 24 and 25 delegates came."), "April 24=2025-04-24");
  EXPECT_EQ(composed("The summit is on April 24 and 22."), "April 24=2025-04-24");
}

}  // namespace
}  // namespace newsindex
