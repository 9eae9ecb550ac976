// Publication dates in value slots: the day as "YYYYMMDD" (kPublishedDaySlot, compared bytewise
// by range filters) and the instant as a sortable number (kPublishedTimeSlot).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace newsindex::schema {

[[nodiscard]] std::string day_value(std::chrono::year_month_day day);
// "YYYY-MM-DD", for people and JSON.
[[nodiscard]] std::string day_label(std::chrono::year_month_day day);
[[nodiscard]] std::optional<std::chrono::year_month_day> parse_day_value(std::string_view value);
// The day value as the number YYYYMMDD, as facets count it; 0 for anything else.
[[nodiscard]] std::uint32_t day_number(std::string_view day_value);
[[nodiscard]] std::string time_value(std::chrono::sys_seconds instant);

}  // namespace newsindex::schema
