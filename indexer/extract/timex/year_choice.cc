#include "year_choice.h"

namespace newsindex {

int choose_year(calendar::Date ref, unsigned month, unsigned day, Direction direction, Tense tense,
                bool strict) {
  const int y = static_cast<int>(ref.year());
  const auto rm = static_cast<unsigned>(ref.month()), rd = static_cast<unsigned>(ref.day());
  // Compare (month, day) positions within the year; day 0 means "whole month".
  auto cmp = [&](unsigned m, unsigned d) {
    if (m != rm) return m < rm ? -1 : 1;
    if (d == 0) return 0;
    return d < rd ? -1 : d > rd ? 1 : 0;
  };
  const int c = cmp(month, day);
  switch (direction) {
    case Direction::This:
      return y;
    case Direction::Past:
      return (c < 0 || (c == 0 && !strict)) ? y : y - 1;
    case Direction::Future:
      return (c > 0 || (c == 0 && !strict)) ? y : y + 1;
    case Direction::ByTense:
      break;
  }
  // A future cue moves a date more than a month back to next year.
  const int back = (static_cast<int>(rm) - static_cast<int>(month)) * 31 +
                   (day != 0 ? static_cast<int>(rd) - static_cast<int>(day) : 0);
  if (tense == Tense::Future && c < 0 && back > 31) return y + 1;
  // ... and keeps a date further ahead than the window in this year.
  if (tense == Tense::Future && c > 0) return y;
  // No tense cue: news mostly reports the recent past but announces the near
  // future, so a month (+day) up to four months ahead is this year's and one
  // further ahead is last year's (fitted on TimeBank: 147/152 month-days).
  const int diff = (static_cast<int>(month) - static_cast<int>(rm)) * 31 +
                   (day != 0 ? static_cast<int>(day) - static_cast<int>(rd) : 0);
  constexpr int kAheadDays = 4 * 31;
  if (diff > kAheadDays) return y - 1;
  if (diff < kAheadDays - 12 * 31) return y + 1;
  return y;
}

}  // namespace newsindex
