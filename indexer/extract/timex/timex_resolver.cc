#include "timex_resolver.h"

#include <cstdlib>
#include <string>
#include <tuple>
#include <utility>

namespace newsindex {
namespace {

using calendar::Date;
using calendar::Granularity;
namespace chr = std::chrono;

int year_of(Date d) {
  return static_cast<int>(d.year());
}
unsigned month_of(Date d) {
  return static_cast<unsigned>(d.month());
}

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

std::string spell_part(int year, Granularity unit, int part, unsigned month, unsigned day) {
  const std::string y = year == INT32_MIN ? std::string("XXXX") : calendar::spell_year(year);
  static constexpr const char* kSeasons[] = {"SP", "SU", "FA", "WI"};
  switch (unit) {
    case Granularity::Quarter:
      return y + "-Q" + std::to_string(part);
    case Granularity::Half:
      return y + "-H" + std::to_string(part);
    case Granularity::Season:
      return y + "-" + kSeasons[part & 3];
    default:
      break;
  }
  if (day != 0) return y + "-" + calendar::two_digits(month) + "-" + calendar::two_digits(day);
  if (month != 0) return y + "-" + calendar::two_digits(month);
  return y;
}

// Month and day of a movable holiday in `year` (Gregorian).
std::pair<unsigned, unsigned> holiday_date(int year, std::uint8_t code, unsigned month,
                                           unsigned day) {
  auto nth_weekday = [&](unsigned m, unsigned wd, int nth) -> unsigned {
    if (nth > 0) {
      const auto first = calendar::make_date(year, m, 1);
      if (!first) return 1;
      const unsigned w = calendar::iso_weekday(*first);
      return 1 + (wd + 7 - w) % 7 + 7 * static_cast<unsigned>(nth - 1);
    }
    const unsigned last = static_cast<unsigned>(
        chr::year_month_day_last(chr::year{year} / chr::month{m} / chr::last).day());
    const auto d = calendar::make_date(year, m, last);
    if (!d) return last;
    return last - (calendar::iso_weekday(*d) + 7 - wd) % 7;
  };
  auto easter = [&](int offset) -> std::pair<unsigned, unsigned> {
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25,
              g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4,
              l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const auto sunday = calendar::make_date(year, static_cast<unsigned>((h + l - 7 * m + 114) / 31),
                                            static_cast<unsigned>((h + l - 7 * m + 114) % 31 + 1));
    if (!sunday) return {month, day};
    const Date x = calendar::add_days(*sunday, offset);
    return {month_of(x), static_cast<unsigned>(x.day())};
  };
  switch (code) {
    case kThanksgiving:
      return {11, nth_weekday(11, 4, 4)};
    case kElectionDay:
      return {11, nth_weekday(11, 1, 1) + 1};
    case kMemorialDay:
      return {5, nth_weekday(5, 1, -1)};
    case kLaborDay:
      return {9, nth_weekday(9, 1, 1)};
    case kEasterSunday:
      return easter(0);
    case kGoodFriday:
      return easter(-2);
    case kEasterMonday:
      return easter(1);
    default:
      return {month, day};
  }
}

// Sentence index of every token; clock times and "a year earlier" look only
// this far for the expression they lean on.
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

struct Focus {
  bool has_quarter = false;
  int quarter_year = 0, quarter = 0;
  std::uint32_t quarter_sentence = 0;
  bool has_date = false;
  Date date{};
  std::uint32_t date_sentence = 0;
  // The last time point the text named (any granularity from year to day).
  bool has_point = false;
  Date point{};
  Granularity point_unit = Granularity::Year;
};

void set_quarter(Focus& f, int year, int quarter, std::uint32_t sentence) {
  f.has_quarter = true;
  f.quarter_year = year;
  f.quarter = quarter;
  f.quarter_sentence = sentence;
}

bool finer_or_equal(Granularity a, Granularity b) {
  return static_cast<int>(a) >= static_cast<int>(b);
}

// Picks the year for a month (+day) or a quarter given without one.
int choose_year(Date ref, unsigned month, unsigned day, Direction direction, Tense tense,
                bool strict) {
  const int y = year_of(ref);
  const unsigned rm = month_of(ref), rd = static_cast<unsigned>(ref.day());
  // Compare (month, day) positions within the year; day 0 means "whole month".
  auto cmp = [&](unsigned m, unsigned d) {
    if (m != rm) return m < rm ? -1 : 1;
    if (d == 0) return 0;
    return d < rd ? -1 : d > rd ? 1 : 0;
  };
  const int c = cmp(month, day);
  Direction dir = direction;

  switch (dir) {
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

}  // namespace

std::vector<TimexMention> TimexResolver::resolve(
    const TokenizedText& t, const std::vector<TimexCandidate>& candidates,
    std::optional<chr::year_month_day> reference) const {
  std::vector<TimexMention> out;
  out.reserve(candidates.size());
  if (reference && !reference->ok()) reference.reset();
  if (reference && (year_of(*reference) < 1 || year_of(*reference) > 9000)) reference.reset();
  const std::vector<std::uint32_t> sentence = sentence_ids(t);
  Focus focus;
  for (const TimexCandidate& c : candidates) {
    if (c.first_token >= c.end_token || c.end_token > t.size()) continue;
    const std::uint32_t sid = sentence[c.first_token];
    std::string value;
    std::optional<Date> day_value;  // set when the result is a single day
    const auto tense = [&] { return tense_.around(t, c.first_token, c.end_token); };
    switch (c.anchor) {
      case Anchor::Literal:
        value = c.literal;
        break;
      case Anchor::Absolute: {
        int year = c.year;
        if (c.two_digit_year) {
          if (!reference) {
            year = INT32_MIN;
          } else {
            // Two-digit years are read within 80 years back / 20 ahead of the article.
            const int ry = year_of(*reference);
            year = ry / 100 * 100 + c.year;
            if (year > ry + 20)
              year -= 100;
            else if (year < ry - 80)
              year += 100;
          }
        }
        if (c.unit == Granularity::Decade)
          value = calendar::spell_year(year).substr(0, 3);
        else if (c.unit == Granularity::Century)
          value = calendar::spell_year(year).substr(0, 2);
        else
          value = spell_part(year, c.unit, c.part, c.month, c.day);
        unsigned month = c.month, day = c.day;
        if (c.holiday != kNoHoliday && year != INT32_MIN && year > 0 && year < 10000)
          std::tie(month, day) = holiday_date(year, c.holiday, month, day);
        if (c.holiday != kNoHoliday) value = spell_part(year, c.unit, c.part, month, day);
        if (c.day != 0 && year != INT32_MIN) {
          const auto d = calendar::make_date(year, month, day);
          if (!d) continue;
          day_value = d;
        }
        if (c.unit == Granularity::Quarter) set_quarter(focus, year, c.part, sid);
        break;
      }
      case Anchor::Offset: {
        if (!reference) {
          value = c.month != 0  ? spell_part(INT32_MIN, Granularity::Month, 0, c.month, 0)
                  : c.part != 0 ? spell_part(INT32_MIN, c.unit, c.part, 0, 0)
                                : placeholder(c.unit);
          break;
        }
        if (c.month != 0 || c.part != 0) {
          const int year = year_of(*reference) + static_cast<int>(c.offset);
          value = spell_part(year, c.month != 0 ? Granularity::Month : c.unit, c.part, c.month, 0);
          if (c.unit == Granularity::Quarter) set_quarter(focus, year, c.part, sid);
          break;
        }
        const Date d = calendar::shift(*reference, c.unit, c.offset);
        value = calendar::spell(d, c.unit);
        if (c.unit == Granularity::Day) day_value = d;
        if (c.unit == Granularity::Quarter)
          set_quarter(focus, year_of(d), static_cast<int>(calendar::quarter_of(d)), sid);
        break;
      }
      case Anchor::Yearless: {
        const bool quarterly = c.unit == Granularity::Quarter || c.unit == Granularity::Half;
        if (!reference) {
          value =
              spell_part(INT32_MIN, c.unit, c.part, c.month, c.holiday != kNoHoliday ? 0 : c.day);
          break;
        }
        const Tense tn = c.direction == Direction::ByTense ? tense() : Tense::Unknown;
        // Quarters and halves compare by their first month.
        const unsigned month =
            quarterly ? static_cast<unsigned>(c.unit == Granularity::Quarter ? (c.part - 1) * 3 + 1
                                                                             : (c.part - 1) * 6 + 1)
                      : c.month;
        int year;
        if (quarterly) {
          // A quarter is "past" once it has begun: reports on the running
          // quarter are common, so the current one counts as this year's.
          const unsigned current = calendar::quarter_of(*reference);
          const unsigned wanted = c.unit == Granularity::Quarter
                                      ? static_cast<unsigned>(c.part)
                                      : static_cast<unsigned>(c.part * 2 - 1);
          const unsigned current_cmp =
              c.unit == Granularity::Quarter ? current : (current <= 2 ? 1U : 3U);
          const int ry = year_of(*reference);
          // Companies talk about the running year's quarters in any tense; only
          // a quarter that has not begun yet, in a past-tense clause, is last year's.
          year = (wanted > current_cmp && tn == Tense::Past) ? ry - 1 : ry;
        } else {
          // A day of a month is best read as the nearest such day: tense cues are
          // noisier than the six-month window (measured on TimeBank).
          // Tense cues are noisier than the date window (TimeBank), so only a
          // future cue overrides it, and only for a date already past.
          const Tense used = tn == Tense::Future ? Tense::Future : Tense::Unknown;
          // "the fiscal year ended Jan. 31": a period that has closed.
          const bool ended = c.direction == Direction::ByTense && c.first_token > 0 &&
                             t.fold(c.first_token - 1) == "ended";
          year = choose_year(*reference, month, c.day, ended ? Direction::Past : c.direction, used,
                             c.direction == Direction::Past || c.direction == Direction::Future);
        }
        unsigned month_value = c.month, day_of_month = c.day;
        if (c.holiday != kNoHoliday)
          std::tie(month_value, day_of_month) = holiday_date(year, c.holiday, c.month, c.day);
        if (c.day != 0) {
          const auto d = calendar::make_date(year, month_value, day_of_month);
          if (!d) continue;  // February 29 outside a leap year
          day_value = d;
        }
        value = spell_part(year, c.unit, c.part, month_value, day_of_month);
        if (c.unit == Granularity::Quarter) set_quarter(focus, year, c.part, sid);
        break;
      }
      case Anchor::Weekday: {
        if (!reference) {
          value = c.unit == Granularity::Weekend ? "XXXX-WXX-WE"
                                                 : "XXXX-WXX-" + std::to_string(c.weekday);
          break;
        }
        const int today = static_cast<int>(calendar::iso_weekday(*reference));
        const int wanted = static_cast<int>(c.weekday);
        Direction dir = c.direction;
        // "Wednesday's ruling": a possessive weekday names something that happened.
        const bool possessive = t.fold(c.end_token - 1).ends_with("'s");
        if (dir == Direction::ByTense)
          dir = !possessive && tense() == Tense::Future ? Direction::Future : Direction::Past;
        long delta = 0;
        const int back = (today - wanted + 7) % 7, ahead = (wanted - today + 7) % 7;
        const bool weekend = c.unit == Granularity::Weekend;
        switch (dir) {
          case Direction::Past:
            delta = -(c.direction == Direction::Past && back == 0 && !weekend ? 7 : back);
            break;
          // Only an explicit "next Friday" skips today; "will meet on Friday"
          // written on a Friday most often means the same day.
          case Direction::Future:
            delta = (ahead == 0 && !weekend && c.direction == Direction::Future) ? 7 : ahead;
            break;
          default:
            delta = ahead <= 3 ? ahead : -back;
            break;
        }
        // Sunday belongs to the weekend that began the day before.
        if (weekend && today == 7 && dir == Direction::Past) delta = -1;
        const Date d = calendar::add_days(*reference, delta);
        if (weekend) {
          value = calendar::spell(d, Granularity::Weekend);
        } else {
          value = calendar::spell(d, Granularity::Day);
          day_value = d;
        }
        break;
      }
      case Anchor::Season: {
        if (!reference) {
          static constexpr const char* kSeasons[] = {"SP", "SU", "FA", "WI"};
          value = std::string("XXXX-") + kSeasons[c.part & 3];
          break;
        }
        const int now = calendar::season_index(*reference);
        int year = year_of(*reference);
        if (now == 3 && month_of(*reference) <= 2) --year;  // January belongs to last year's winter
        Direction dir = c.direction;
        if (dir == Direction::ByTense) {
          const Tense tn = tense();
          dir = tn == Tense::Future ? Direction::Future
                : tn == Tense::Past ? Direction::Past
                                    : Direction::This;
        }
        if (dir == Direction::Past && c.offset < 0 && c.part >= now)
          --year;
        else if (dir == Direction::Past && c.offset == 0 && c.part > now)
          --year;
        else if (dir == Direction::Future && c.offset > 0 && c.part <= now)
          ++year;
        else if (dir == Direction::Future && c.offset == 0 && c.part < now)
          ++year;
        value = spell_part(year, Granularity::Season, c.part, 0, 0);
        break;
      }
      case Anchor::YearEarlier: {
        if (focus.has_quarter && sid - focus.quarter_sentence <= 12) {
          value = spell_part(focus.quarter_year - 1, Granularity::Quarter, focus.quarter, 0, 0);
        } else if (reference) {
          value = calendar::spell_year(year_of(*reference) - 1);
        } else {
          value = "XXXX";
        }
        break;
      }
      case Anchor::ReportedQuarter: {
        if (c.year != 0) {
          const int q = focus.has_quarter ? focus.quarter
                        : reference       ? static_cast<int>(calendar::quarter_of(
                                                calendar::shift(*reference, Granularity::Quarter, -1)))
                                          : 0;
          value = q != 0 ? spell_part(c.year, Granularity::Quarter, q, 0, 0)
                         : calendar::spell_year(c.year) + "-QX";
        } else if (reference) {
          // Results are reported after the quarter closes: the last completed one.
          const Date d = calendar::shift(*reference, Granularity::Quarter, -1);
          value = calendar::spell(d, Granularity::Quarter);
          set_quarter(focus, year_of(d), static_cast<int>(calendar::quarter_of(d)), sid);
        } else {
          value = "XXXX-QX";
        }
        break;
      }
      case Anchor::SentenceDate: {
        if (focus.has_date && focus.date_sentence == sid)
          value = calendar::spell(focus.date, Granularity::Day);
        else if (reference)
          value = calendar::spell(*reference, Granularity::Day);
        else
          value = "XXXX-XX-XX";
        break;
      }
      case Anchor::Narrative: {
        const bool usable = focus.has_point && finer_or_equal(focus.point_unit, c.unit);
        // "that (same) day" after only a month was named: a day of that month;
        // with no earlier time point at all it is generic ("redemptions that day").
        if (!usable && c.unit == Granularity::Day && c.weekday == 0 && c.offset == 0) {
          bool that = false;
          for (std::size_t k = c.first_token; k < c.end_token; ++k)
            that = that || t.fold(k) == "that";
          if (that && focus.has_point && focus.point_unit == Granularity::Month) {
            value = calendar::spell(focus.point, Granularity::Month) + "-XX";
            break;
          }
          if (that && !focus.has_point) continue;
        }
        if (!usable && !reference) {
          value = placeholder(c.unit);
          break;
        }
        const Date base = usable ? focus.point : *reference;
        if (c.weekday != 0) {
          const int have = static_cast<int>(calendar::iso_weekday(base)),
                    want = static_cast<int>(c.weekday);
          long delta = c.offset < 0 ? -((have - want + 6) % 7 + 1) : ((want - have + 6) % 7 + 1);
          const Date d = calendar::add_days(base, delta);
          value = calendar::spell(d, Granularity::Day);
          day_value = d;
          break;
        }
        const Date d = calendar::shift(base, c.unit, c.offset);
        value = calendar::spell(d, c.unit);
        if (c.unit == Granularity::Day) day_value = d;
        break;
      }
      case Anchor::Decade: {
        if (!reference) {
          value = "XX" + std::to_string(c.part % 10);
          break;
        }
        const int ry = year_of(*reference);
        int start = ry / 100 * 100 + c.part * 10;
        if (start > ry) start -= 100;
        value = calendar::spell_year(start).substr(0, 3);
        break;
      }
    }
    if (value.empty()) continue;
    if (c.part_of_day != nullptr)
      value += std::string("T") + c.part_of_day;
    else if (c.hour >= 0)
      value += "T" + calendar::two_digits(static_cast<unsigned>(c.hour)) + ":" +
               calendar::two_digits(static_cast<unsigned>(c.minute)) + (c.utc ? "Z" : "");
    if (reference || c.anchor == Anchor::Absolute) {
      // Remember the time point named: days, months and years with a known year.
      std::optional<Date> p;
      Granularity g = Granularity::Year;
      if (day_value) {
        p = day_value;
        g = Granularity::Day;
      } else if (c.type == TimexType::Date && value.size() >= 4 && value.size() <= 7 &&
                 value[0] >= '0' && value[0] <= '9' && value.find('X') == std::string::npos &&
                 (value.size() == 4 ||
                  (value.size() == 7 && value[4] == '-' && value[5] >= '0' && value[5] <= '1'))) {
        const int y = std::atoi(value.substr(0, 4).c_str());
        const unsigned m =
            value.size() == 7 ? static_cast<unsigned>(std::atoi(value.substr(5, 2).c_str())) : 1U;
        p = calendar::make_date(y, m, 1);
        g = value.size() == 7 ? Granularity::Month : Granularity::Year;
      }
      if (p) {
        focus.has_point = true;
        focus.point = *p;
        focus.point_unit = g;
      }
    }
    if (day_value) {
      focus.has_date = true;
      focus.date = *day_value;
      focus.date_sentence = sid;
    }
    TimexMention m;
    m.begin = t[c.first_token].begin;
    m.end = t[c.end_token - 1].end;
    m.type = c.type;
    m.value = std::move(value);
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace newsindex
