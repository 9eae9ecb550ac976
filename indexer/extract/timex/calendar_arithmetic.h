// Calendar arithmetic and TIMEX3 value spelling on top of std::chrono, so no
// month length, leap year or week-numbering rule is written by hand here.
#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace newsindex::calendar {

using Date = std::chrono::year_month_day;

// TIMEX3 granularities, coarsest first.
enum class Granularity : unsigned char {
  Century,
  Decade,
  Year,
  Half,
  Quarter,
  Season,
  Month,
  Week,
  Weekend,
  Day
};

[[nodiscard]] std::optional<Date> make_date(int year, unsigned month, unsigned day);
[[nodiscard]] bool is_valid(int year, unsigned month, unsigned day);

[[nodiscard]] Date add_days(Date d, long n);
[[nodiscard]] Date add_months(Date d, int n);  // clamps the day, never yields an invalid date
[[nodiscard]] unsigned iso_weekday(Date d);    // Monday = 1 ... Sunday = 7

struct IsoWeek {
  int year;
  unsigned week;
};
[[nodiscard]] IsoWeek iso_week(Date d);

[[nodiscard]] unsigned quarter_of(Date d);
[[nodiscard]] int season_index(
    Date d);  // 0 spring, 1 summer, 2 fall, 3 winter (Dec counts with next year's Jan)

// Shifts d by n units of granularity g (weeks for Week/Weekend, 3 months per
// quarter, 10/100 years per decade/century).
[[nodiscard]] Date shift(Date d, Granularity g, long n);

// Spells d at granularity g: 2025-04-11, 2025-W15, 2025-W15-WE, 2025-04,
// 2025-Q2, 2025-H1, 2025-SU, 2025, 202, 20.
[[nodiscard]] std::string spell(Date d, Granularity g);

[[nodiscard]] std::string spell_year(int year);  // always four digits when 0..9999
[[nodiscard]] std::string two_digits(unsigned value);

}  // namespace newsindex::calendar
