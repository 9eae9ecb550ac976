// Weekday names (weekdays.h), alone and resolved against a Friday or the Saturday after it.
#include "weekdays.h"

#include <gtest/gtest.h>

#include "the_phrases.h"
#include "timex_test_support.h"

namespace newsindex {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;
using std::chrono::year_month_day;
using timex_test::find_with;

constexpr year_month_day kSaturday{year{2025}, month{4}, day{12}};

std::string weekday(std::string_view text,
                    std::optional<year_month_day> reference = timex_test::kFriday) {
  return find_with({recognise_weekday}, text, reference);
}

TEST(Weekdays, TenseChoosesThePreviousOrTheNextOne) {
  EXPECT_EQ(weekday("The minister resigned on Friday.", kSaturday), "Friday=2025-04-11");
  EXPECT_EQ(weekday("Police said on Monday that two men were arrested.", kSaturday),
            "Monday=2025-04-07");
  EXPECT_EQ(weekday("The leaders will meet on Friday.", kSaturday), "Friday=2025-04-18");
  EXPECT_EQ(weekday("The ministers will meet on Tuesday.", kSaturday), "Tuesday=2025-04-15");
  EXPECT_EQ(weekday("He met her on Friday.", std::nullopt), "Friday=XXXX-WXX-5");
  EXPECT_EQ(weekday("The leaders are to meet on Friday.", kSaturday), "Friday=2025-04-18");
  EXPECT_EQ(weekday("The ultimatum expires on Tuesday.", kSaturday), "Tuesday=2025-04-15");
}

// A negated "could" and a refusal to speak with "would not" are reported after the fact; other
// modals still look ahead.
TEST(Weekdays, ANegatedModalOfReportingIsPast) {
  EXPECT_EQ(weekday("Her lawyer could not be reached for comment on Thursday.", kSaturday),
            "Thursday=2025-04-10");
  EXPECT_EQ(weekday("The mayor would not comment on Wednesday.", kSaturday),
            "Wednesday=2025-04-09");
  EXPECT_EQ(weekday("The club wouldn't comment on Tuesday.", kSaturday), "Tuesday=2025-04-08");
  EXPECT_EQ(weekday("The vote could come on Tuesday.", kSaturday), "Tuesday=2025-04-15");
  EXPECT_EQ(weekday("She said the shop would not open on Tuesday.", kSaturday),
            "Tuesday=2025-04-15");
}

TEST(Weekdays, AnExplicitDateAfterTheWeekdayDecides) {
  EXPECT_EQ(weekday("It opened on Friday, April 4, 2025."), "Friday, April 4, 2025=2025-04-04");
  EXPECT_EQ(weekday("It opened on Tue., April 1."), "Tue., April 1=2025-04-01");
}

TEST(Weekdays, NamesAndAbbreviationsAlone) {
  EXPECT_EQ(weekday("He reads Saturday Review."), "");
  EXPECT_EQ(weekday("The survey was done for The Sunday Times."), "");
  EXPECT_EQ(weekday("They met on Sunday. Times were hard."), "Sunday=2025-04-06");
  EXPECT_EQ(weekday("It opened on Fri. and closed."), "");
}

TEST(Weekdays, PluralsAreNotTriedInEnglish) {
  // The scan skips words that are in no table; "Mondays" is in none, so the plural rule never
  // runs for English.
  EXPECT_EQ(weekday("The shop closes on Mondays."), "");
}

TEST(Weekdays, TheWeekend) {
  EXPECT_EQ(find_with({recognise_the_phrase}, "Talks went on over the weekend.", kSaturday),
            "the weekend=2025-W15-WE");
  EXPECT_EQ(find_with({recognise_the_phrase}, "Talks went on over the weekend."),
            "the weekend=2025-W14-WE");
}

}  // namespace
}  // namespace newsindex
