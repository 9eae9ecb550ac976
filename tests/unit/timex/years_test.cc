// Years, decades and centuries named outright (years.h), resolved against 2025-04-11.
#include "years.h"

#include <gtest/gtest.h>

#include "the_phrases.h"
#include "timex_test_support.h"

namespace newsindex {
namespace {

using timex_test::find_with;

std::string years(std::string_view text, std::string_view language = "en") {
  return find_with({recognise_year}, text, timex_test::kFriday, language);
}

TEST(Years, YearsInDigits) {
  EXPECT_EQ(years("Prices rose in 2023 and fell later."), "2023=2023");
  EXPECT_EQ(years("Since the 2022 invasion, exports fell."), "2022=2022");
  EXPECT_EQ(years("The dam was built in 1350."), "1350=1350");
  EXPECT_EQ(years("Der Umsatz stieg 2023.", "de"), "2023=2023");
  EXPECT_EQ(years("Это случилось в 2023 году.", "ru"), "2023 году=2023");
}

TEST(Years, NumbersThatCountThings) {
  EXPECT_EQ(years("About 2000 people marched."), "");
  EXPECT_EQ(years("It is a 2000 year old tradition."), "");
  EXPECT_EQ(years("Output reached 2000 tonnes."), "");
  EXPECT_EQ(years("The ticket costs $2025."), "");
  EXPECT_EQ(years("Case number 2882015 was closed."), "");
  // Without "in", "since" and the like only 1900..2100 passes as a year.
  EXPECT_EQ(years("It weighs 1350 grams."), "");
}

TEST(Years, DecadesAndCenturies) {
  EXPECT_EQ(years("Growth was strong in the 1990s."), "the 1990s=199");
  EXPECT_EQ(years("It was big in the '80s."), "the '80s=198");
  EXPECT_EQ(years("It was built in the 20th century."), "the 20th century=19");
  EXPECT_EQ(find_with({recognise_the_phrase}, "Rock was loud in the nineties."),
            "the nineties=199");
}

TEST(Years, SpelledOut) {
  EXPECT_EQ(find_with({recognise_spelled_year}, "It began in nineteen ninety-four."),
            "nineteen ninety-four=1994");
  EXPECT_EQ(find_with({recognise_spelled_year}, "It took twenty thirty years."), "");
}

}  // namespace
}  // namespace newsindex
