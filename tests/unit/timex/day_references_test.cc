// The publication day and its neighbours (day_references.h), resolved against 2025-04-11.
#include "day_references.h"

#include <gtest/gtest.h>

#include "timex_test_support.h"

namespace newsindex {
namespace {

using timex_test::find_with;

std::string day_words(std::string_view text) {
  return find_with({recognise_day_word, recognise_mid_part_of_day}, text);
}

TEST(DayReferences, TodayYesterdayTomorrowTonight) {
  EXPECT_EQ(day_words("Shares fell yesterday."), "yesterday=2025-04-10");
  EXPECT_EQ(day_words("The board meets today."), "today=2025-04-11");
  EXPECT_EQ(day_words("The board meets tomorrow."), "tomorrow=2025-04-12");
  EXPECT_EQ(day_words("He speaks tonight."), "tonight=2025-04-11TNI");
  EXPECT_EQ(day_words("Yesterday's rally faded."), "Yesterday=2025-04-10");
  EXPECT_EQ(find_with({recognise_day_word}, "Shares fell yesterday.", std::nullopt),
            "yesterday=XXXX-XX-XX");
}

TEST(DayReferences, TheDayBeforeYesterdayAndAfterTomorrow) {
  EXPECT_EQ(day_words("The ship sank the day before yesterday."),
            "the day before yesterday=2025-04-09");
  EXPECT_EQ(day_words("The ship sails the day after tomorrow."),
            "the day after tomorrow=2025-04-13");
  EXPECT_EQ(day_words("They met the day after tomorrow's vote."), "tomorrow=2025-04-12");
}

TEST(DayReferences, TodaysIsAnAdjective) {
  EXPECT_EQ(day_words("Today's market is calm."), "");
}

TEST(DayReferences, MidPartOfTheDay) {
  EXPECT_EQ(day_words("By mid afternoon, sources said."), "mid afternoon=2025-04-11TAF");
  EXPECT_EQ(day_words("It happened mid-afternoon yesterday."),
            "mid-afternoon yesterday=2025-04-10TAF");
  EXPECT_EQ(day_words("It rained mid-morning tomorrow."), "mid-morning tomorrow=2025-04-12TMO");
}

}  // namespace
}  // namespace newsindex
