// Each anchor of the resolver (anchor_resolution.h) on hand-made candidates, resolved against
// 2025-04-11; the words of the text carry no tense, so only the rules themselves decide.
#include "timex_resolver.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "timex_test_support.h"
#include "year_choice.h"

namespace newsindex {
namespace {

using calendar::Granularity;
using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

// Seven words, a full stop, two more words: tokens 0-6, 7 is ".", 8-9.
constexpr std::string_view kText = "aa bb cc dd ee ff gg. hh ii";

TimexCandidate candidate(Anchor anchor, Granularity unit, std::size_t first = 0) {
  TimexCandidate c;
  c.first_token = first;
  c.end_token = first + 1;
  c.anchor = anchor;
  c.unit = unit;
  return c;
}

std::string values(const std::vector<TimexCandidate>& candidates,
                   std::optional<std::chrono::year_month_day> reference = timex_test::kFriday) {
  const LocaleCalendarVocabulary& v = timex_test::vocabulary("en");
  const TokenizedText tokens(kText);
  const TenseEstimator tense(v);
  std::string out;
  for (const TimexMention& m : TimexResolver(tense).resolve(tokens, candidates, reference))
    out += (out.empty() ? "" : " ") + m.value;
  return out;
}

std::string value(const TimexCandidate& c,
                  std::optional<std::chrono::year_month_day> reference = timex_test::kFriday) {
  return values({c}, reference);
}

TEST(TimexResolver, AbsoluteTwoDigitYearsAndHolidays) {
  TimexCandidate c = candidate(Anchor::Absolute, Granularity::Day);
  c.month = 4, c.day = 1, c.two_digit_year = true;
  c.year = 98;
  EXPECT_EQ(value(c), "1998-04-01");
  c.year = 40;
  EXPECT_EQ(value(c), "2040-04-01");
  c.year = 50;
  EXPECT_EQ(value(c), "1950-04-01");
  EXPECT_EQ(value(c, std::nullopt), "XXXX-04-01");
  TimexCandidate thanksgiving = candidate(Anchor::Absolute, Granularity::Day);
  thanksgiving.year = 2024, thanksgiving.month = 11, thanksgiving.day = 25;
  thanksgiving.holiday = kThanksgiving;
  EXPECT_EQ(value(thanksgiving), "2024-11-28");
}

TEST(TimexResolver, YearlessTakesTheNearestYear) {
  TimexCandidate c = candidate(Anchor::Yearless, Granularity::Day);
  c.month = 12, c.day = 25;
  EXPECT_EQ(value(c), "2024-12-25");
  c.month = 6, c.day = 1;
  EXPECT_EQ(value(c), "2025-06-01");
  c.month = 4, c.day = 11, c.direction = Direction::Past;
  EXPECT_EQ(value(c), "2024-04-11");
  c.month = 2, c.day = 29, c.direction = Direction::ByTense;
  EXPECT_EQ(value(c), "");  // not in 2025
  TimexCandidate q = candidate(Anchor::Yearless, Granularity::Quarter);
  q.part = 3;
  EXPECT_EQ(value(q), "2025-Q3");
}

TEST(TimexResolver, ChooseYear) {
  const calendar::Date ref = timex_test::kFriday;
  EXPECT_EQ(choose_year(ref, 9, 1, Direction::ByTense, Tense::Unknown, false), 2024);
  EXPECT_EQ(choose_year(ref, 7, 1, Direction::ByTense, Tense::Unknown, false), 2025);
  EXPECT_EQ(choose_year(ref, 1, 5, Direction::ByTense, Tense::Future, false), 2026);
  EXPECT_EQ(choose_year(ref, 4, 11, Direction::Future, Tense::Unknown, true), 2026);
  EXPECT_EQ(choose_year(ref, 4, 11, Direction::Future, Tense::Unknown, false), 2025);
  EXPECT_EQ(choose_year(ref, 12, 0, Direction::This, Tense::Unknown, false), 2025);
}

TEST(TimexResolver, OffsetsFromThePublicationDate) {
  TimexCandidate c = candidate(Anchor::Offset, Granularity::Month);
  c.offset = -1;
  EXPECT_EQ(value(c), "2025-03");
  EXPECT_EQ(value(c, std::nullopt), "XXXX-XX");
  c.unit = Granularity::Day, c.offset = 1, c.part_of_day = "MO";
  EXPECT_EQ(value(c), "2025-04-12TMO");
  TimexCandidate q = candidate(Anchor::Offset, Granularity::Quarter);
  q.part = 2, q.offset = -1;
  EXPECT_EQ(value(q), "2024-Q2");
}

TEST(TimexResolver, WeekdaysSeasonsAndDecades) {
  TimexCandidate monday = candidate(Anchor::Weekday, Granularity::Day);
  monday.weekday = 1, monday.direction = Direction::Future;
  EXPECT_EQ(value(monday), "2025-04-14");
  TimexCandidate friday = candidate(Anchor::Weekday, Granularity::Day);
  friday.weekday = 5, friday.direction = Direction::Past;
  EXPECT_EQ(value(friday), "2025-04-04");
  TimexCandidate winter = candidate(Anchor::Season, Granularity::Season);
  winter.part = 3;
  EXPECT_EQ(value(winter), "2025-WI");
  TimexCandidate last_summer = candidate(Anchor::Season, Granularity::Season);
  last_summer.part = 1, last_summer.offset = -1, last_summer.direction = Direction::Past;
  EXPECT_EQ(value(last_summer), "2024-SU");
  TimexCandidate nineties = candidate(Anchor::Decade, Granularity::Decade);
  nineties.part = 9;
  EXPECT_EQ(value(nineties), "199");
  EXPECT_EQ(value(nineties, std::nullopt), "XX9");
}

TEST(TimexResolver, AnchorsThatLeanOnTheFocus) {
  TimexCandidate quarter = candidate(Anchor::Absolute, Granularity::Quarter, 0);
  quarter.year = 2023, quarter.part = 2;
  TimexCandidate earlier = candidate(Anchor::YearEarlier, Granularity::Year, 2);
  EXPECT_EQ(value(earlier), "2024");
  EXPECT_EQ(values({quarter, earlier}), "2023-Q2 2022-Q2");
  EXPECT_EQ(value(candidate(Anchor::ReportedQuarter, Granularity::Quarter)), "2025-Q1");

  TimexCandidate day = candidate(Anchor::Absolute, Granularity::Day, 0);
  day.year = 1995, day.month = 5, day.day = 22;
  TimexCandidate clock = candidate(Anchor::SentenceDate, Granularity::Day, 2);
  clock.hour = 14, clock.minute = 0;
  TimexCandidate next_sentence_clock = clock;
  next_sentence_clock.first_token = 8, next_sentence_clock.end_token = 9;
  EXPECT_EQ(values({day, clock, next_sentence_clock}),
            "1995-05-22 1995-05-22T14:00 2025-04-11T14:00");

  TimexCandidate following = candidate(Anchor::Narrative, Granularity::Year, 3);
  following.offset = 1;
  EXPECT_EQ(values({day, following}), "1995-05-22 1996");
  EXPECT_EQ(value(following), "2026");
}

TEST(TimexResolver, LiteralsPassThroughAndEmptyOnesAreDropped) {
  TimexCandidate c = candidate(Anchor::Literal, Granularity::Day);
  c.literal = "P3Y";
  EXPECT_EQ(value(c, std::nullopt), "P3Y");
  c.literal = "";
  EXPECT_EQ(value(c), "");
}

}  // namespace
}  // namespace newsindex
