// Dates in digits (numeric_dates.h), alone and resolved against 2025-04-11.
#include "numeric_dates.h"

#include <gtest/gtest.h>

#include "timex_test_support.h"

namespace newsindex {
namespace {

using timex_test::find_with;

std::string numeric(std::string_view text, std::string_view language = "en") {
  return find_with({recognise_numeric_date}, text, timex_test::kFriday, language);
}

TEST(NumericDates, IsoOrderNeverDependsOnTheLanguage) {
  EXPECT_EQ(numeric("The filing is dated 2025-04-09."), "2025-04-09=2025-04-09");
  EXPECT_EQ(numeric("Die Akte trägt das Datum 2025/04/09.", "de"), "2025/04/09=2025-04-09");
}

TEST(NumericDates, FieldOrderFollowsTheLanguageUnlessTheMonthCannotBeFirst) {
  EXPECT_EQ(numeric("The vote is on 04/05/2025."), "04/05/2025=2025-04-05");
  EXPECT_EQ(numeric("Die Wahl ist am 04.05.2025.", "de"), "04.05.2025=2025-05-04");
  EXPECT_EQ(numeric("The vote was on 25/04/2025."), "25/04/2025=2025-04-25");
  EXPECT_EQ(numeric("Die Wahl war am 04/25/2025.", "de"), "04/25/2025=2025-04-25");
}

TEST(NumericDates, TwoDigitYearsAreReadNearThePublicationDate) {
  EXPECT_EQ(numeric("It was signed on 4/1/25."), "4/1/25=2025-04-01");
  EXPECT_EQ(numeric("It was signed on 4/1/98."), "4/1/98=1998-04-01");
  EXPECT_EQ(find_with({recognise_numeric_date}, "It was signed on 4/1/25.", std::nullopt),
            "4/1/25=XXXX-04-01");
  // After "-" only a four-digit year makes a date.
  EXPECT_EQ(numeric("Code 4-1-25 applies."), "");
}

TEST(NumericDates, NumbersThatOnlyLookLikeDates) {
  EXPECT_EQ(numeric("It ended on 31/02/2025."), "");
  EXPECT_EQ(numeric("The form 2025-13-45 is void."), "");
  EXPECT_EQ(numeric("Shares rose 1.2.3.2025 points."), "");
  EXPECT_EQ(numeric("The bag costs $4/5/2025."), "");
}

}  // namespace
}  // namespace newsindex
