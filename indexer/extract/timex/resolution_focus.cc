#include "resolution_focus.h"

#include <cstdlib>

namespace newsindex {
namespace {

// The time point a date value names when it is a plain year ("2025") or month ("2025-04").
std::optional<calendar::Date> year_or_month_point(const std::string& value,
                                                  calendar::Granularity& unit) {
  if (!(value.size() >= 4 && value.size() <= 7 && value[0] >= '0' && value[0] <= '9' &&
        value.find('X') == std::string::npos &&
        (value.size() == 4 ||
         (value.size() == 7 && value[4] == '-' && value[5] >= '0' && value[5] <= '1'))))
    return std::nullopt;
  const int y = std::atoi(value.substr(0, 4).c_str());
  const unsigned m =
      value.size() == 7 ? static_cast<unsigned>(std::atoi(value.substr(5, 2).c_str())) : 1U;
  unit = value.size() == 7 ? calendar::Granularity::Month : calendar::Granularity::Year;
  return calendar::make_date(y, m, 1);
}

}  // namespace

void Focus::set_quarter(int year, int quarter_of_year, std::uint32_t sentence) {
  has_quarter = true;
  quarter_year = year;
  quarter = quarter_of_year;
  quarter_sentence = sentence;
}

void Focus::remember(const TimexCandidate& c, const std::string& value,
                     std::optional<calendar::Date> day, std::uint32_t sentence, bool point_known) {
  // Only days, months and years with a known year become the time point.
  if (point_known) {
    std::optional<calendar::Date> p;
    calendar::Granularity g = calendar::Granularity::Year;
    if (day) {
      p = day;
      g = calendar::Granularity::Day;
    } else if (c.type == TimexType::Date) {
      p = year_or_month_point(value, g);
    }
    if (p) {
      has_point = true;
      point = *p;
      point_unit = g;
    }
  }
  if (day) {
    has_date = true;
    date = *day;
    date_sentence = sentence;
  }
}

std::vector<std::uint32_t> sentence_ids(const TokenizedText& t) {
  std::vector<std::uint32_t> ids(t.size());
  std::uint32_t id = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i].paragraph_before) ++id;
    ids[i] = id;
    if (t[i].kind == TokenKind::Punct) {
      const std::string_view f = t.fold(i);
      if (f == "." || f == "!" || f == "?") ++id;
    }
  }
  return ids;
}

}  // namespace newsindex
