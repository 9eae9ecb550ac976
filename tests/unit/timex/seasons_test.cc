// Seasons (seasons.h), resolved against 2025-04-11 (spring).
#include "seasons.h"

#include <gtest/gtest.h>

#include "deictic_expressions.h"
#include "the_phrases.h"
#include "timex_test_support.h"

namespace newsindex {
namespace {

using timex_test::find_with;

TEST(Seasons, WithAYear) {
  EXPECT_EQ(find_with({recognise_season_with_year}, "Harvest began in summer 2024."),
            "summer 2024=2024-SU");
  EXPECT_EQ(find_with({recognise_season_with_year}, "Harvest began in fall of 2023."),
            "fall of 2023=2023-FA");
  EXPECT_EQ(find_with({recognise_the_phrase}, "Harvest starts in the summer of 2024."),
            "the summer of 2024=2024-SU");
}

TEST(Seasons, WithoutAYearTenseDecides) {
  EXPECT_EQ(find_with({recognise_the_phrase}, "The plant will reopen in the winter."),
            "the winter=2025-WI");
  EXPECT_EQ(find_with({recognise_the_phrase}, "The plant closed in the summer."),
            "the summer=2024-SU");
  EXPECT_EQ(find_with({recognise_modified_season}, "It closed in the early summer."),
            "the early summer=2024-SU");
}

// In January and February the running winter began the year before, but "this fall" and "the
// summer" are still the calendar year's.
TEST(Seasons, InFebruaryThisSeasonIsThisYearsExceptWinter) {
  constexpr std::chrono::year_month_day kFebruary{std::chrono::year{2025}, std::chrono::month{2},
                                                  std::chrono::day{14}};
  EXPECT_EQ(find_with({recognise_deictic}, "The mill may reopen this fall.", kFebruary),
            "this fall=2025-FA");
  EXPECT_EQ(find_with({recognise_the_phrase}, "Talks resume in the summer.", kFebruary),
            "the summer=2025-SU");
  EXPECT_EQ(find_with({recognise_deictic}, "Snow is scarce this winter.", kFebruary),
            "this winter=2024-WI");
  EXPECT_EQ(find_with({recognise_deictic}, "The mill closed last summer.", kFebruary),
            "last summer=2024-SU");
}

TEST(Seasons, TheFallIsADecline) {
  EXPECT_EQ(find_with({recognise_the_phrase}, "The fall in prices hurt."), "");
}

// British news says "the autumn", which is never a decline.
TEST(Seasons, TheAutumnIsTheSeason) {
  EXPECT_EQ(find_with({recognise_the_phrase}, "The election is due in the autumn."),
            "the autumn=2025-FA");
  EXPECT_EQ(find_with({recognise_modified_season}, "The ferry stopped in the late autumn."),
            "the late autumn=2024-FA");
}

}  // namespace
}  // namespace newsindex
