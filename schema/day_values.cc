#include "day_values.h"

#include <xapian.h>

#include <cstdio>

namespace newsindex::schema {

std::string day_value(std::chrono::year_month_day day) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d%02u%02u", static_cast<int>(day.year()),
                static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
  return buffer;
}

std::string day_label(std::chrono::year_month_day day) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(day.year()),
                static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
  return buffer;
}

std::optional<std::chrono::year_month_day> parse_day_value(std::string_view value) {
  if (value.size() != 8) return std::nullopt;
  int parts[3] = {0, 0, 0};
  const std::size_t widths[3] = {4, 2, 2};
  std::size_t pos = 0;
  for (int i = 0; i < 3; ++i) {
    for (std::size_t k = 0; k < widths[i]; ++k, ++pos) {
      char c = value[pos];
      if (c < '0' || c > '9') return std::nullopt;
      parts[i] = parts[i] * 10 + (c - '0');
    }
  }
  std::chrono::year_month_day day{std::chrono::year{parts[0]},
                                  std::chrono::month{static_cast<unsigned>(parts[1])},
                                  std::chrono::day{static_cast<unsigned>(parts[2])}};
  if (!day.ok()) return std::nullopt;
  return day;
}

std::string time_value(std::chrono::sys_seconds instant) {
  return Xapian::sortable_serialise(static_cast<double>(instant.time_since_epoch().count()));
}

std::uint32_t day_number(std::string_view day_value) {
  if (day_value.size() != 8) return 0;
  std::uint32_t number = 0;
  for (char c : day_value) {
    if (c < '0' || c > '9') return 0;
    number = number * 10 + static_cast<std::uint32_t>(c - '0');
  }
  return number;
}

}  // namespace newsindex::schema
