#include "holiday_dates.h"

#include <chrono>

#include "calendar_arithmetic.h"
#include "timex_candidate.h"

namespace newsindex {
namespace {

namespace chr = std::chrono;

// Day of the month of the nth weekday `wd` (ISO) of month m; nth < 0 counts from the end.
unsigned nth_weekday(int year, unsigned m, unsigned wd, int nth) {
  if (nth > 0) {
    const auto first = calendar::make_date(year, m, 1);
    if (!first) return 1;
    const unsigned w = calendar::iso_weekday(*first);
    return 1 + (wd + 7 - w) % 7 + 7 * static_cast<unsigned>(nth - 1);
  }
  const auto last = static_cast<unsigned>(
      chr::year_month_day_last(chr::year{year} / chr::month{m} / chr::last).day());
  const auto d = calendar::make_date(year, m, last);
  if (!d) return last;
  return last - (calendar::iso_weekday(*d) + 7 - wd) % 7;
}

// The day `offset` days from Easter Sunday (anonymous Gregorian computus).
std::pair<unsigned, unsigned> from_easter(int year, int offset, unsigned month, unsigned day) {
  const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25,
            g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4,
            l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const auto sunday = calendar::make_date(year, static_cast<unsigned>((h + l - 7 * m + 114) / 31),
                                          static_cast<unsigned>((h + l - 7 * m + 114) % 31 + 1));
  if (!sunday) return {month, day};
  const calendar::Date x = calendar::add_days(*sunday, offset);
  return {static_cast<unsigned>(x.month()), static_cast<unsigned>(x.day())};
}

}  // namespace

std::pair<unsigned, unsigned> holiday_date(int year, std::uint8_t code, unsigned month,
                                           unsigned day) {
  switch (code) {
    case kThanksgiving:
      return {11, nth_weekday(year, 11, 4, 4)};
    case kElectionDay:
      return {11, nth_weekday(year, 11, 1, 1) + 1};
    case kMemorialDay:
      return {5, nth_weekday(year, 5, 1, -1)};
    case kLaborDay:
      return {9, nth_weekday(year, 9, 1, 1)};
    case kEasterSunday:
      return from_easter(year, 0, month, day);
    case kGoodFriday:
      return from_easter(year, -2, month, day);
    case kEasterMonday:
      return from_easter(year, 1, month, day);
    default:
      return {month, day};
  }
}

}  // namespace newsindex
