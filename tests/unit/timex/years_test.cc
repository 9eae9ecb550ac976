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

// Four digits that read as hours and minutes are a time of day, not a year.
TEST(Years, ClockTimesAreNoYears) {
  EXPECT_EQ(years("Reagan speaks at 2100 EST tonight."), "");
  EXPECT_EQ(years("Bids must reach the bank by 1400 GMT tomorrow."), "");
  EXPECT_EQ(years("The session runs from 1800 to 2100 local time."), "");
  EXPECT_EQ(years("Trading runs from 0900 to 1305 Central Time."), "");
  EXPECT_EQ(years("The news conference starts at around 1030."), "");
  EXPECT_EQ(years("Trading is extended until 1500 (1400 GMT) today."), "");
  // Without a clock word or "at" four digits stay a year.
  EXPECT_EQ(years("Sea levels will rise by 2100."), "2100=2100");
}

// A number that rests on its shape alone is a year only near the publication date (1925..2035
// for 2025-04-11); words that name a year make it one wherever it falls.
TEST(Years, FarYearsNeedWordsThatNameThem) {
  EXPECT_EQ(years("He lives in the 1300 block of Main Street."), "");
  EXPECT_EQ(years("The meeting was moved to 1430 instead."), "");
  EXPECT_EQ(years("The Dow rose 115 points to 1854."), "");
  EXPECT_EQ(years("The index hit a new high of 1757 on Friday."), "");
  EXPECT_EQ(years("Sales of 1100 units were reported."), "");
  EXPECT_EQ(years("The MUX 2040 system went on sale."), "");
  EXPECT_EQ(years("Output totalled 2061 22433 off 143."), "");
  // Named as years: these stand however far they fall.
  EXPECT_EQ(years("The dam was built in 1350."), "1350=1350");
  EXPECT_EQ(years("The club has existed since 1787."), "1787=1787");
  EXPECT_EQ(years("It recalls the war of 1812 and the Civil War."), "1812=1812");
  EXPECT_EQ(years("Land was granted between 1767 and 1770, records show."), "1767=1767; 1770=1770");
  EXPECT_EQ(years("It sold debentures due 2047 and bonds of 2049."), "2047=2047; 2049=2049");
  EXPECT_EQ(years("It sold floating rate 2050 tap stock."), "2050=2050");
  EXPECT_EQ(years("The treaty lapses after 2060, officials said."), "2060=2060");
  // Near the publication date the number alone still does.
  EXPECT_EQ(years("It began in 1916 and ended later."), "1916=1916");
  EXPECT_EQ(years("Since the 2022 invasion, exports fell."), "2022=2022");
  EXPECT_EQ(years("Profit for fiscal 1987 rose."), "1987=1987");
  EXPECT_EQ(years("The 1987 budget was cut."), "1987=1987");
  // Without a publication date nothing is far.
  EXPECT_EQ(find_with({recognise_year}, "He lives in the 1300 block.", std::nullopt), "1300=1300");
}

TEST(Years, RangesOfYearsNameBothYears) {
  EXPECT_EQ(years("The 1962-63 winter was harsh."), "1962=1962; 63=1963");
  EXPECT_EQ(years("Wheat exports in 2019/20 were lower."), "2019=2019; 20=2020");
  EXPECT_EQ(years("Its 1999-00 budget grew."), "1999=1999; 00=2000");
  EXPECT_EQ(years("The 2001-2005 plan failed."), "2001=2001; 2005=2005");
  // Not a later year, or too far apart: no range, and the glued digits are no year.
  EXPECT_EQ(years("Call 1990-2210 for details."), "");
  EXPECT_EQ(years("The code 2024-17 was printed."), "");
  EXPECT_EQ(years("Lot 1986/17 was sold."), "");
}

TEST(Years, DecadesAndCenturies) {
  EXPECT_EQ(years("Growth was strong in the 1990s."), "the 1990s=199");
  EXPECT_EQ(years("It was big in the '80s."), "the '80s=198");
  EXPECT_EQ(years("It was big in the 80's and the 1990's."), "the 80's=198; the 1990's=199");
  EXPECT_EQ(years("He sold 80's of them."), "");
  EXPECT_EQ(years("It was built in the 20th century."), "the 20th century=19");
  // A round hundred before 2000 is a century; "the 2000s" is read as the decade.
  EXPECT_EQ(years("Mills spread in the 1800s."), "the 1800s=18");
  EXPECT_EQ(years("Phones spread in the 2000s."), "the 2000s=200");
  EXPECT_EQ(find_with({recognise_the_phrase}, "Rock was loud in the nineties."),
            "the nineties=199");
}

TEST(Years, TwoDigitYearsAfterAWordThatIntroducesAYear) {
  // The latest such year up to the reference year (2025).
  EXPECT_EQ(years("He graduated in '82 and joined."), "'82=1982");
  EXPECT_EQ(years("She was in the class of '19."), "'19=2019");
  EXPECT_EQ(years("Sales since '26 fell."), "'26=1926");
  // Quoted speech, a number alone and an apostrophe inside a word are no years.
  EXPECT_EQ(years("He said on ''60 Minutes'' that it was late."), "");
  EXPECT_EQ(years("The score was '82 to nil."), "");
  EXPECT_EQ(years("Rock'n'roll'82 was loud."), "");
}

TEST(Years, SpelledOut) {
  EXPECT_EQ(find_with({recognise_spelled_year}, "It began in nineteen ninety-four."),
            "nineteen ninety-four=1994");
  EXPECT_EQ(find_with({recognise_spelled_year}, "It took twenty thirty years."), "");
}

}  // namespace
}  // namespace newsindex
