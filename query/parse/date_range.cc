#include "date_range.h"

#include <unicode/calendar.h>

#include <charconv>
#include <memory>
#include <string>

#include "iso_week.h"

namespace newsindex {
namespace {

using namespace std::chrono;

// A bound before rounding: the period it names.
struct Period {
  year_month_day first;
  year_month_day last;
  bool relative = false;
};

std::optional<int> number(std::string_view digits) {
  if (digits.empty()) return std::nullopt;
  int value = 0;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  return value;
}

bool all_digits(std::string_view text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

year_month_day last_day_of(year_month month) {
  return year_month_day{month / std::chrono::last};
}

std::optional<Period> absolute_period(std::string_view text) {
  // YYYY, YYYY-MM, YYYY-MM-DD, and ISO weeks YYYY-Www (what --by week buckets filter on).
  if (text.size() < 4 || !all_digits(text.substr(0, 4))) return std::nullopt;
  if (auto week = parse_week_label(text)) {
    year_month_day monday = *first_day_of(*week);
    return Period{monday, year_month_day{sys_days{monday} + days{6}}};
  }
  std::chrono::year year{*number(text.substr(0, 4))};
  if (text.size() == 4) {
    return Period{year / January / 1, year / December / 31};
  }
  if (text.size() == 7 && text[4] == '-' && all_digits(text.substr(5, 2))) {
    std::chrono::month month{static_cast<unsigned>(*number(text.substr(5, 2)))};
    if (!month.ok()) return std::nullopt;
    return Period{year / month / 1, last_day_of(year / month)};
  }
  if (text.size() == 10 && text[4] == '-' && text[7] == '-' && all_digits(text.substr(5, 2)) &&
      all_digits(text.substr(8, 2))) {
    year_month_day day{year, std::chrono::month{static_cast<unsigned>(*number(text.substr(5, 2)))},
                       std::chrono::day{static_cast<unsigned>(*number(text.substr(8, 2)))}};
    if (!day.ok()) return std::nullopt;
    return Period{day, day};
  }
  return std::nullopt;
}

year_month_day months_before(year_month_day day, int count) {
  year_month month = year_month{day.year(), day.month()} - months{count};
  // The 31st of a shorter month clamps to its last day.
  year_month_day last = last_day_of(month);
  return day.day() > last.day() ? last : month / day.day();
}

std::optional<Period> relative_period(std::string_view text, year_month_day today) {
  // Named days are periods of their own; only counts back ("7d") mean "since then".
  if (text == "today") return Period{today, today};
  if (text == "yesterday") {
    year_month_day day{sys_days{today} - days{1}};
    return Period{day, day};
  }
  if (text.size() < 2) return std::nullopt;
  std::optional<int> count = number(text.substr(0, text.size() - 1));
  if (!count || *count > 100000) return std::nullopt;
  year_month_day day;
  switch (text.back()) {
    case 'd':
      day = year_month_day{sys_days{today} - days{*count}};
      break;
    case 'w':
      day = year_month_day{sys_days{today} - weeks{*count}};
      break;
    case 'm':
      day = months_before(today, *count);
      break;
    case 'y':
      day = months_before(today, *count * 12);
      break;
    default:
      return std::nullopt;
  }
  return Period{day, day, true};
}

Period bound(std::string_view text, year_month_day today, std::string_view spec) {
  if (auto period = absolute_period(text)) return *period;
  if (auto period = relative_period(text, today)) return *period;
  throw DateRangeError(
      "invalid date \"" + std::string(text) + "\" in \"" + std::string(spec) +
      "\" (use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, today, yesterday, or Nd, Nw, Nm, Ny "
      "for N days, weeks, months or years ago)");
}

}  // namespace

DayRange DateRangeParser::parse(std::string_view spec) const {
  if (spec.empty()) throw DateRangeError("empty date range");
  std::size_t dots = spec.find("..");
  if (dots == std::string_view::npos) {
    Period period = bound(spec, today_, spec);
    if (period.relative) return DayRange{period.first, today_};
    return DayRange{period.first, period.last};
  }
  std::string_view from = spec.substr(0, dots);
  std::string_view to = spec.substr(dots + 2);
  if (from.empty() && to.empty()) throw DateRangeError("date range \"..\" has no bounds");
  DayRange range;
  if (!from.empty()) range.first = bound(from, today_, spec).first;
  if (!to.empty()) range.last = bound(to, today_, spec).last;
  if (range.first && range.last && *range.last < *range.first) {
    throw DateRangeError("date range \"" + std::string(spec) + "\" ends before it starts");
  }
  return range;
}

year_month_day local_today() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> calendar(icu::Calendar::createInstance(status));
  if (U_FAILURE(status)) return year_month_day{floor<days>(system_clock::now())};
  int year = calendar->get(UCAL_YEAR, status);
  int month = calendar->get(UCAL_MONTH, status) + 1;  // ICU months count from 0
  int day = calendar->get(UCAL_DATE, status);
  if (U_FAILURE(status)) return year_month_day{floor<days>(system_clock::now())};
  return std::chrono::year{year} / month / day;
}

}  // namespace newsindex
