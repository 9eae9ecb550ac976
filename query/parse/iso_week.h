// ISO 8601 weeks ("1987-W10": Monday to Sunday, week 1 holding the year's first Thursday), as
// `--by week` buckets and `date:1987-W10` filters name them. ICU's calendar does the week
// arithmetic, set to the ISO rules whatever the machine's locale.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace newsindex {

struct IsoWeek {
  int year = 0;       // the week-based year, which differs from the day's near New Year
  unsigned week = 0;  // 1 to 52 or 53

  friend bool operator==(const IsoWeek&, const IsoWeek&) = default;
  friend auto operator<=>(const IsoWeek&, const IsoWeek&) = default;
};

[[nodiscard]] IsoWeek iso_week_of(std::chrono::year_month_day day);

// The Monday the week begins on, or nothing for a week its year does not have (week 53 of a
// year of 52 weeks).
[[nodiscard]] std::optional<std::chrono::year_month_day> first_day_of(IsoWeek week);

// "1987-W03".
[[nodiscard]] std::string week_label(IsoWeek week);

// Reads "1987-W03" (and "1987-W3"); nothing for anything else or a week the year lacks.
[[nodiscard]] std::optional<IsoWeek> parse_week_label(std::string_view text);

}  // namespace newsindex
