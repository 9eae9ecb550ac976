#include "iso_week.h"

#include <unicode/gregocal.h>

#include <charconv>
#include <cstdio>
#include <limits>
#include <memory>
#include <stdexcept>

namespace newsindex {
namespace {

using namespace std::chrono;

// A Gregorian calendar in UTC with ISO weeks: weeks start on Monday and the first week has at
// least four days of the new year. Proleptic, so that dates before 1582 are not Julian.
// Histograms ask once per distinct day, so each thread keeps one, cleared for each use.
icu::GregorianCalendar& iso_calendar() {
  thread_local std::unique_ptr<icu::GregorianCalendar> calendar = [] {
    UErrorCode status = U_ZERO_ERROR;
    auto made = std::make_unique<icu::GregorianCalendar>(icu::TimeZone::getGMT()->clone(),
                                                         icu::Locale::getRoot(), status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU cannot make a calendar");
    made->setFirstDayOfWeek(UCAL_MONDAY);
    made->setMinimalDaysInFirstWeek(4);
    made->setGregorianChange(-std::numeric_limits<double>::max(), status);
    return made;
  }();
  calendar->clear();
  return *calendar;
}

}  // namespace

IsoWeek iso_week_of(year_month_day day) {
  icu::GregorianCalendar& calendar = iso_calendar();
  calendar.set(static_cast<int>(day.year()), static_cast<int>(unsigned(day.month())) - 1,
               static_cast<int>(unsigned(day.day())));
  UErrorCode status = U_ZERO_ERROR;
  IsoWeek week;
  week.year = calendar.get(UCAL_YEAR_WOY, status);
  week.week = static_cast<unsigned>(calendar.get(UCAL_WEEK_OF_YEAR, status));
  if (U_FAILURE(status)) throw std::runtime_error("ICU cannot compute a week of the year");
  return week;
}

std::optional<year_month_day> first_day_of(IsoWeek week) {
  if (week.week < 1 || week.week > 53) return std::nullopt;
  icu::GregorianCalendar& calendar = iso_calendar();
  calendar.set(UCAL_YEAR_WOY, week.year);
  calendar.set(UCAL_WEEK_OF_YEAR, static_cast<int>(week.week));
  calendar.set(UCAL_DAY_OF_WEEK, UCAL_MONDAY);
  UErrorCode status = U_ZERO_ERROR;
  year_month_day day{year{calendar.get(UCAL_YEAR, status)},
                     month{static_cast<unsigned>(calendar.get(UCAL_MONTH, status) + 1)},
                     std::chrono::day{static_cast<unsigned>(calendar.get(UCAL_DATE, status))}};
  if (U_FAILURE(status)) return std::nullopt;
  // ICU rolls week 53 of a 52-week year over into the next year's week 1.
  if (iso_week_of(day) != week) return std::nullopt;
  return day;
}

std::string week_label(IsoWeek week) {
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "%04d-W%02u", week.year, week.week);
  return buffer;
}

std::optional<IsoWeek> parse_week_label(std::string_view text) {
  if (text.size() < 7 || text.size() > 8 || text.substr(4, 2) != "-W") return std::nullopt;
  IsoWeek week;
  auto year_end = text.data() + 4;
  auto [year_stop, year_error] = std::from_chars(text.data(), year_end, week.year);
  if (year_error != std::errc() || year_stop != year_end || text[0] == '-') return std::nullopt;
  auto week_end = text.data() + text.size();
  auto [week_stop, week_error] = std::from_chars(text.data() + 6, week_end, week.week);
  if (week_error != std::errc() || week_stop != week_end) return std::nullopt;
  if (!first_day_of(week)) return std::nullopt;
  return week;
}

}  // namespace newsindex
