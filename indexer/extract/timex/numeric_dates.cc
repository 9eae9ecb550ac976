#include "numeric_dates.h"

#include "date_fields.h"

namespace newsindex {
namespace {

// "2025-04-11", "2025/4/11": the same separator twice, every field glued to the next.
bool iso_shape(const ScanText& s, std::size_t i) {
  return s.token(i).digits == 4 && (s.punct(i + 1, "-") || s.punct(i + 1, "/")) &&
         s.attached(i + 1) && s.plain_number(i + 2, 1, 2) && s.attached(i + 2) &&
         s.punct(i + 3, s.fold(i + 1)) && s.attached(i + 3) && s.plain_number(i + 4, 1, 2) &&
         s.attached(i + 4) && !s.chained_right(i + 5);
}

// "04/11/2025", "11.4.25", "11-04-2025"; with "-" only a four-digit year.
bool three_field_shape(const ScanText& s, std::size_t i) {
  const std::string_view sep = i + 1 < s.size() ? s.fold(i + 1) : std::string_view();
  if (!(sep == "/" || sep == "." || sep == "-") || !s.attached(i + 1) ||
      !s.plain_number(i + 2, 1, 2) || !s.attached(i + 2) || !s.punct(i + 3, sep) ||
      !s.attached(i + 3) || !s.attached(i + 4) || s.chained_right(i + 5))
    return false;
  return s.plain_number(i + 4, 4, 4) || (s.plain_number(i + 4, 2, 2) && sep != "-");
}

void read_locale_ordered_date(const ScanText& s, std::size_t i, LongestCandidate& out) {
  const bool four = s.plain_number(i + 4, 4, 4);
  const auto a = static_cast<unsigned>(s.token(i).number),
             b = static_cast<unsigned>(s.token(i + 2).number);
  // Field order follows the article language's short date pattern (en: M/d/y,
  // de/fr/es/it/ru/fi: d.M.y). When the first field cannot be a month (> 12)
  // but the second can, the writer evidently used the other order, so swap.
  bool month_first = s.vocabulary().numeric_order() == NumericDateOrder::MonthDayYear;
  if (month_first && a > 12 && b <= 12)
    month_first = false;
  else if (!month_first && b > 12 && a <= 12)
    month_first = true;
  const unsigned month = month_first ? a : b, day = month_first ? b : a;
  const auto year = static_cast<int>(s.token(i + 4).number);
  TimexCandidate c = make_candidate(i, i + 5, TimexType::Date, Anchor::Absolute);
  if (!four) c.two_digit_year = true;
  if (!calendar::is_valid(four ? year : 2000 + year, month, day) &&
      !(!four && calendar::is_valid(2000, month, day)))
    return;
  c.year = year;
  c.month = month;
  c.day = day;
  c.unit = calendar::Granularity::Day;
  out.consider(c);
}

}  // namespace

void recognise_numeric_date(const ScanText& s, std::size_t i, LongestCandidate& out) {
  if (!s.plain_number(i, 1, 4) || s.chained_left(i) || s.after_currency(i)) return;
  // ISO 8601 first: its field order never depends on the locale.
  if (iso_shape(s, i)) {
    const auto y = static_cast<int>(s.token(i).number);
    const auto m = static_cast<unsigned>(s.token(i + 2).number),
               d = static_cast<unsigned>(s.token(i + 4).number);
    if (calendar::is_valid(y, m, d)) out.consider(date_candidate(i, i + 5, y, m, d));
    return;
  }
  if (s.token(i).digits > 2 || !three_field_shape(s, i)) return;
  read_locale_ordered_date(s, i, out);
}

}  // namespace newsindex
