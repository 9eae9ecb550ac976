#include "duration_spelling.h"

namespace newsindex {

std::string duration_value(long count, DurationUnit unit) {
  const bool vague = count < 0;
  auto n = [&](long k) { return vague ? std::string("X") : std::to_string(count * k); };
  switch (unit) {
    case DurationUnit::Second:
      return "PT" + n(1) + "S";
    case DurationUnit::Minute:
      return "PT" + n(1) + "M";
    case DurationUnit::Hour:
      return "PT" + n(1) + "H";
    case DurationUnit::Day:
    case DurationUnit::Night:
      return "P" + n(1) + "D";
    case DurationUnit::Week:
      return "P" + n(1) + "W";
    case DurationUnit::Fortnight:
      return "P" + n(2) + "W";
    case DurationUnit::Month:
      return "P" + n(1) + "M";
    case DurationUnit::Quarter:
      return "P" + n(1) + "Q";
    case DurationUnit::Year:
      return "P" + n(1) + "Y";
    case DurationUnit::Decade:
      return vague ? "PXY" : "P" + n(10) + "Y";
    case DurationUnit::Century:
      return vague ? "PXC" : "P" + n(100) + "Y";
    case DurationUnit::Weekend:
      return "P" + n(2) + "D";
  }
  return "PXX";
}

calendar::Granularity granularity_of(DurationUnit unit) {
  using calendar::Granularity;
  switch (unit) {
    case DurationUnit::Week:
    case DurationUnit::Fortnight:
      return Granularity::Week;
    case DurationUnit::Weekend:
      return Granularity::Weekend;
    case DurationUnit::Month:
      return Granularity::Month;
    case DurationUnit::Quarter:
      return Granularity::Quarter;
    case DurationUnit::Year:
    case DurationUnit::Decade:
    case DurationUnit::Century:
      return Granularity::Year;
    default:
      return Granularity::Day;
  }
}

}  // namespace newsindex
