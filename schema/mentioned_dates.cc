#include "mentioned_dates.h"

#include <cstdio>

#include "day_values.h"

namespace newsindex::schema {
namespace {

constexpr std::string_view kMentionedDayPrefix = "XMENTD";
constexpr std::string_view kMentionedMonthPrefix = "XMENTM";
constexpr std::string_view kMentionedYearPrefix = "XMENTY";
constexpr char kMentionedDateSeparator = ' ';

// Reads exactly `width` digits at `at`; -1 when they are not digits.
int digits_at(std::string_view text, std::size_t at, std::size_t width) {
  if (at + width > text.size()) return -1;
  int value = 0;
  for (std::size_t i = at; i < at + width; ++i) {
    if (text[i] < '0' || text[i] > '9') return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

}  // namespace

std::string mentioned_day_term(std::chrono::year_month_day day) {
  return std::string(kMentionedDayPrefix) + day_value(day);
}

std::string mentioned_month_term(std::chrono::year_month month) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d%02u", static_cast<int>(month.year()),
                static_cast<unsigned>(month.month()));
  return std::string(kMentionedMonthPrefix) + buffer;
}

std::string mentioned_year_term(std::chrono::year year) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d", static_cast<int>(year));
  return std::string(kMentionedYearPrefix) + buffer;
}

std::string_view mentioned_year_term_prefix() {
  return kMentionedYearPrefix;
}

PeriodCode period_code(PeriodPrecision precision, int year, unsigned month, unsigned day) {
  return static_cast<PeriodCode>(precision) * 100000000u + static_cast<PeriodCode>(year) * 10000u +
         month * 100u + day;
}

PeriodPrecision period_precision(PeriodCode code) {
  return static_cast<PeriodPrecision>(code / 100000000u);
}

std::string period_label(PeriodCode code) {
  unsigned date = code % 100000000u;
  char buffer[16];
  switch (period_precision(code)) {
    case PeriodPrecision::kYear:
      std::snprintf(buffer, sizeof buffer, "%04u", date / 10000);
      break;
    case PeriodPrecision::kMonth:
      std::snprintf(buffer, sizeof buffer, "%04u-%02u", date / 10000, date / 100 % 100);
      break;
    case PeriodPrecision::kDay:
      std::snprintf(buffer, sizeof buffer, "%04u-%02u-%02u", date / 10000, date / 100 % 100,
                    date % 100);
      break;
  }
  return buffer;
}

std::size_t mentioned_periods(std::string_view value, PeriodCode periods[3]) {
  using namespace std::chrono;
  int y = digits_at(value, 0, 4);
  if (y < 0 || (value.size() > 4 && value[4] != '-')) return 0;
  const PeriodCode year_period = period_code(PeriodPrecision::kYear, y, 0, 0);
  if (value.size() == 4) {
    periods[0] = year_period;
    return 1;
  }
  int m = digits_at(value, 5, 2);
  if (m >= 1 && m <= 12) {
    const auto month = static_cast<unsigned>(m);
    if (value.size() == 7) {
      periods[0] = period_code(PeriodPrecision::kMonth, y, month, 0);
      periods[1] = year_period;
      return 2;
    }
    int d = digits_at(value, 8, 2);
    bool day_shaped =
        value.size() >= 10 && value[7] == '-' && (value.size() == 10 || value[10] == 'T');
    if (d < 1 || !day_shaped) return 0;
    if (!year_month_day{year{y}, std::chrono::month{month}, day{static_cast<unsigned>(d)}}.ok())
      return 0;
    periods[0] = period_code(PeriodPrecision::kDay, y, month, static_cast<unsigned>(d));
    periods[1] = period_code(PeriodPrecision::kMonth, y, month, 0);
    periods[2] = year_period;
    return 3;
  }
  if (value.size() >= 7 && value[5] == 'W') {
    int w = digits_at(value, 6, 2);
    if (w < 1 || w > 53) return 0;
    // ISO weeks: week 1 is the week with January 4th in it, and weeks start on Monday.
    sys_days january4{year{y} / January / 4d};
    sys_days monday = january4 - (weekday{january4} - Monday) + weeks{w - 1};
    year_month_day first{monday};
    year_month_day last{monday + days{6}};
    std::size_t count = 0;
    if (first.year() == last.year() && first.month() == last.month()) {
      periods[count++] = period_code(PeriodPrecision::kMonth, static_cast<int>(first.year()),
                                     static_cast<unsigned>(first.month()), 0);
    }
    periods[count++] = year_period;
    return count;
  }
  // Quarters, halves, seasons: the year alone.
  std::string_view part = value.substr(5);
  if (part.starts_with('Q') || part.starts_with('H') || part == "SP" || part == "SU" ||
      part == "FA" || part == "WI") {
    periods[0] = year_period;
    return 1;
  }
  return 0;
}

std::vector<std::string> mentioned_date_terms(std::string_view value) {
  PeriodCode periods[3];
  std::size_t count = mentioned_periods(value, periods);
  std::vector<std::string> terms;
  for (std::size_t i = 0; i < count; ++i) {
    unsigned date = periods[i] % 100000000u;
    int y = static_cast<int>(date / 10000);
    auto m = std::chrono::month{date / 100 % 100};
    auto d = std::chrono::day{date % 100};
    switch (period_precision(periods[i])) {
      case PeriodPrecision::kDay:
        terms.push_back(mentioned_day_term(std::chrono::year{y} / m / d));
        break;
      case PeriodPrecision::kMonth:
        terms.push_back(mentioned_month_term(std::chrono::year{y} / m));
        break;
      case PeriodPrecision::kYear:
        terms.push_back(mentioned_year_term(std::chrono::year{y}));
        break;
    }
  }
  return terms;
}

std::vector<std::string> mentioned_range_terms(std::chrono::year_month_day first,
                                               std::chrono::year_month_day last) {
  using namespace std::chrono;
  std::vector<std::string> terms;
  sys_days at{first};
  const sys_days end{last};
  while (at <= end) {
    year_month_day day{at};
    year_month month = day.year() / day.month();
    sys_days month_end{month / std::chrono::last};
    sys_days year_end{day.year() / December / 31d};
    if (day.day() == 1d && day.month() == January && year_end <= end) {
      terms.push_back(mentioned_year_term(day.year()));
      at = year_end + days{1};
    } else if (day.day() == 1d && month_end <= end) {
      terms.push_back(mentioned_month_term(month));
      at = month_end + days{1};
    } else {
      terms.push_back(mentioned_day_term(day));
      at += days{1};
    }
  }
  return terms;
}

std::string mentioned_date_shown(std::string_view timex_value) {
  std::string_view shown = timex_value.substr(0, timex_value.find('T'));
  if (shown.ends_with("-WE")) shown.remove_suffix(3);
  return std::string(shown);
}

std::string mentioned_period_term(std::string_view shown_value) {
  std::vector<std::string> terms = mentioned_date_terms(shown_value);
  return terms.empty() ? std::string() : terms.front();
}

std::string encode_mentioned_dates(const std::vector<std::string>& values) {
  std::string value;
  for (const std::string& date : values) {
    if (!value.empty()) value.push_back(kMentionedDateSeparator);
    value += date;
  }
  return value;
}

bool next_mentioned_date(std::string_view& rest, std::string_view& value) {
  if (rest.empty()) return false;
  std::size_t end = std::min(rest.find(kMentionedDateSeparator), rest.size());
  value = rest.substr(0, end);
  rest.remove_prefix(std::min(end + 1, rest.size()));
  return true;
}

}  // namespace newsindex::schema
