// Parses the date ranges users type after "date:": "2025-04-01..2025-04-30", "2025-04",
// "2025", "2025-W14", "2025-04..", "..2024", "7d..", "yesterday".
#pragma once

#include <chrono>
#include <optional>
#include <stdexcept>
#include <string_view>

namespace newsindex {

// An inclusive range of days; an absent end is open.
struct DayRange {
  std::optional<std::chrono::year_month_day> first;
  std::optional<std::chrono::year_month_day> last;

  friend bool operator==(const DayRange&, const DayRange&) = default;
};

// A range the user wrote that means nothing; what() says why, for a one-line error.
class DateRangeError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Every bound is a day, an ISO week, a month or a year, absolute (2025-04-11, 2025-W14, 2025-04,
// 2025) or relative to today (today, yesterday, 7d, 2w, 3m, 1y: that many days, weeks, months or
// years ago). A lower bound starts at the first day of its period and an upper bound ends on the
// last, so "2025-04-01..2025-04-30" includes the 30th and "..2024" includes all of 2024. A single
// bound without ".." is its whole period; a single relative bound means "since then".
class DateRangeParser {
 public:
  explicit DateRangeParser(std::chrono::year_month_day today) : today_(today) {}

  // Throws DateRangeError.
  [[nodiscard]] DayRange parse(std::string_view spec) const;

 private:
  std::chrono::year_month_day today_;
};

// Today's date in the machine's time zone (ICU's default zone).
[[nodiscard]] std::chrono::year_month_day local_today();

}  // namespace newsindex
