// Seasons (seasons.h), resolved against 2025-04-11 (spring).
#include "seasons.h"

#include <gtest/gtest.h>

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

TEST(Seasons, TheFallIsADecline) {
  EXPECT_EQ(find_with({recognise_the_phrase}, "The fall in prices hurt."), "");
}

}  // namespace
}  // namespace newsindex
