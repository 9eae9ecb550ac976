#include "timex_values.h"

namespace newsindex {

using calendar::Granularity;

std::string placeholder(Granularity g) {
  switch (g) {
    case Granularity::Day:
      return "XXXX-XX-XX";
    case Granularity::Week:
      return "XXXX-WXX";
    case Granularity::Weekend:
      return "XXXX-WXX-WE";
    case Granularity::Month:
      return "XXXX-XX";
    case Granularity::Quarter:
      return "XXXX-QX";
    case Granularity::Half:
      return "XXXX-HX";
    case Granularity::Season:
      return "XXXX-XX";
    case Granularity::Year:
      return "XXXX";
    case Granularity::Decade:
      return "XXX";
    case Granularity::Century:
      return "XX";
  }
  return "XXXX";
}

const char* season_code(int season) {
  static constexpr const char* kSeasons[] = {"SP", "SU", "FA", "WI"};
  return kSeasons[season & 3];
}

std::string spell_part(int year, Granularity unit, int part, unsigned month, unsigned day) {
  const std::string y = year == kUnknownYear ? std::string("XXXX") : calendar::spell_year(year);
  switch (unit) {
    case Granularity::Quarter:
      return y + "-Q" + std::to_string(part);
    case Granularity::Half:
      return y + "-H" + std::to_string(part);
    case Granularity::Season:
      return y + "-" + season_code(part);
    default:
      break;
  }
  if (day != 0) return y + "-" + calendar::two_digits(month) + "-" + calendar::two_digits(day);
  if (month != 0) return y + "-" + calendar::two_digits(month);
  return y;
}

}  // namespace newsindex
