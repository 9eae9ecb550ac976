#include "calendar_arithmetic.h"

#include <cstdio>

namespace newsindex::calendar {

using namespace std::chrono;

namespace {
constexpr const char* kSeasonCodes[] = {"SP", "SU", "FA", "WI"};
// chrono's year range; values outside would make sys_days conversions undefined.
constexpr int kMinYear = -9999;
constexpr int kMaxYear = 9999;
}  // namespace

std::optional<Date> make_date(int y, unsigned m, unsigned d) {
  if (y < kMinYear || y > kMaxYear || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  const Date date{year{y}, month{m}, day{d}};
  if (!date.ok()) return std::nullopt;
  return date;
}

bool is_valid(int y, unsigned m, unsigned d) {
  return make_date(y, m, d).has_value();
}

Date add_days(Date d, long n) {
  return Date{sys_days{d} + days{n}};
}

Date add_months(Date d, int n) {
  const year_month ym = year_month{d.year(), d.month()} + months{n};
  const Date last{year_month_day_last{ym.year(), month_day_last{ym.month()}}};
  return d.day() > last.day() ? last : Date{ym.year(), ym.month(), d.day()};
}

unsigned iso_weekday(Date d) {
  return weekday{sys_days{d}}.iso_encoding();
}

IsoWeek iso_week(Date d) {
  // ISO 8601: a week belongs to the year that contains its Thursday.
  const sys_days day_point{d};
  const sys_days thursday = day_point + days{4 - static_cast<int>(iso_weekday(d))};
  const year y = Date{thursday}.year();
  const sys_days first{y / January / 1};
  return {static_cast<int>(y), static_cast<unsigned>((thursday - first).count() / 7 + 1)};
}

unsigned quarter_of(Date d) {
  return (static_cast<unsigned>(d.month()) - 1) / 3 + 1;
}

int season_index(Date d) {
  const unsigned m = static_cast<unsigned>(d.month());
  if (m >= 3 && m <= 5) return 0;
  if (m >= 6 && m <= 8) return 1;
  if (m >= 9 && m <= 11) return 2;
  return 3;
}

Date shift(Date d, Granularity g, long n) {
  switch (g) {
    case Granularity::Day:
      return add_days(d, n);
    case Granularity::Week:
    case Granularity::Weekend:
      return add_days(d, 7 * n);
    case Granularity::Month:
      return add_months(d, static_cast<int>(n));
    case Granularity::Season:
    case Granularity::Quarter:
      return add_months(d, static_cast<int>(3 * n));
    case Granularity::Half:
      return add_months(d, static_cast<int>(6 * n));
    case Granularity::Year:
      return add_months(d, static_cast<int>(12 * n));
    case Granularity::Decade:
      return add_months(d, static_cast<int>(120 * n));
    case Granularity::Century:
      return add_months(d, static_cast<int>(1200 * n));
  }
  return d;
}

std::string two_digits(unsigned value) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02u", value % 100);
  return buf;
}

std::string spell_year(int y) {
  char buf[16];
  if (y >= 0)
    std::snprintf(buf, sizeof buf, "%04d", y);
  else
    std::snprintf(buf, sizeof buf, "-%04d", -y);
  return buf;
}

std::string spell(Date d, Granularity g) {
  const int y = static_cast<int>(d.year());
  const unsigned m = static_cast<unsigned>(d.month());
  switch (g) {
    case Granularity::Day:
      return spell_year(y) + "-" + two_digits(m) + "-" + two_digits(static_cast<unsigned>(d.day()));
    case Granularity::Week:
    case Granularity::Weekend: {
      const IsoWeek w = iso_week(d);
      return spell_year(w.year) + "-W" + two_digits(w.week) +
             (g == Granularity::Weekend ? "-WE" : "");
    }
    case Granularity::Month:
      return spell_year(y) + "-" + two_digits(m);
    case Granularity::Quarter:
      return spell_year(y) + "-Q" + std::to_string(quarter_of(d));
    case Granularity::Half:
      return spell_year(y) + "-H" + (m <= 6 ? "1" : "2");
    case Granularity::Season: {
      const int s = season_index(d);
      // A winter is named by the year in which it starts, so January and
      // February belong to the previous year's winter.
      const int season_year = (s == 3 && m <= 2) ? y - 1 : y;
      return spell_year(season_year) + "-" + kSeasonCodes[s];
    }
    case Granularity::Year:
      return spell_year(y);
    case Granularity::Decade:
      return spell_year(y).substr(0, 3);
    case Granularity::Century:
      return spell_year(y).substr(0, 2);
  }
  return spell_year(y);
}

}  // namespace newsindex::calendar
