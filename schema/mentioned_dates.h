// The dates an article mentions: their boolean terms ("mentions:2025-04"), the numeric periods
// facets count, and the list of TIMEX3 values hits show (kMentionedDatesSlot).
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsindex::schema {

// Mentioned dates are boolean terms at day, month and year granularity. A day mention also gets
// its month and year terms, a month its year term, so a search for a month finds the articles
// that mention it or any day in it, but a search for a day does not find a mere month.
[[nodiscard]] std::string mentioned_day_term(std::chrono::year_month_day day);
[[nodiscard]] std::string mentioned_month_term(std::chrono::year_month month);
[[nodiscard]] std::string mentioned_year_term(std::chrono::year year);
[[nodiscard]] std::string_view mentioned_year_term_prefix();
// The terms for one TIMEX3 value, or none when it names no calendar period (durations,
// PRESENT_REF, XXXX-04-04). Weeks count for their year, and their month when inside one.
[[nodiscard]] std::vector<std::string> mentioned_date_terms(std::string_view timex_value);
// A period as a number, for counting without strings: the precision in the hundred-millions
// digit, then YYYYMMDD with zero month and day where the precision stops.
enum class PeriodPrecision : std::uint32_t { kYear = 1, kMonth = 2, kDay = 3 };
using PeriodCode = std::uint32_t;
[[nodiscard]] PeriodCode period_code(PeriodPrecision precision, int year, unsigned month,
                                     unsigned day);
[[nodiscard]] PeriodPrecision period_precision(PeriodCode code);
// "2025", "2025-04" or "2025-04-11".
[[nodiscard]] std::string period_label(PeriodCode code);
// The periods a TIMEX3 value counts for (what mentioned_date_terms makes terms of); at most 3.
std::size_t mentioned_periods(std::string_view timex_value, PeriodCode periods[3]);
// The fewest terms that together match exactly the mentions inside [first, last].
[[nodiscard]] std::vector<std::string> mentioned_range_terms(std::chrono::year_month_day first,
                                                             std::chrono::year_month_day last);

// A TIMEX3 value as hits show it and "mentions:" accepts it back: without its time of day
// ("2025-04-11T14:00" -> "2025-04-11") or weekend mark ("2025-W14-WE" -> "2025-W14").
[[nodiscard]] std::string mentioned_date_shown(std::string_view timex_value);
// The term "mentions:VALUE" looks up for a shown value that is no calendar day, month or year
// ("2018-H1", "1986-SU", "1987-W09", "2025-Q2"): the finest period the index keeps for it (the
// year of a half-year, the month of a week inside one), so that it finds every article that
// mentions the value. Empty when the value names no period.
[[nodiscard]] std::string mentioned_period_term(std::string_view shown_value);

// The kMentionedDatesSlot value: the TIMEX3 values of the dates mentioned, most
// mentioned first ("2025-04-04 2025-04 2022").
[[nodiscard]] std::string encode_mentioned_dates(const std::vector<std::string>& values);
// Reads the next value of `rest` into `value` and advances `rest`; false at the end.
[[nodiscard]] bool next_mentioned_date(std::string_view& rest, std::string_view& value);

}  // namespace newsindex::schema
