// Dates named by their calendar fields: with their year (Absolute), without it (Yearless), and
// decades whose century is left out (Decade).
#include <tuple>

#include "anchor_resolution.h"
#include "holiday_dates.h"
#include "timex_values.h"
#include "year_choice.h"
#include "year_support.h"

namespace newsindex {
namespace {

using calendar::Granularity;

// Two-digit years are read within 80 years back / 20 ahead of the article.
int full_year(int two_digits, std::optional<calendar::Date> reference) {
  if (!reference) return kUnknownYear;
  const int ry = static_cast<int>(reference->year());
  int year = ry / 100 * 100 + two_digits;
  if (year > ry + 20)
    year -= 100;
  else if (year < ry - 80)
    year += 100;
  return year;
}

bool is_quarterly(const TimexCandidate& c) {
  return c.unit == Granularity::Quarter || c.unit == Granularity::Half;
}

// A quarter is "past" once it has begun: reports on the running
// quarter are common, so the current one counts as this year's.
int year_of_quarter(const TimexCandidate& c, calendar::Date reference, Tense tn) {
  const unsigned current = calendar::quarter_of(reference);
  const unsigned wanted = c.unit == Granularity::Quarter ? static_cast<unsigned>(c.part)
                                                         : static_cast<unsigned>(c.part * 2 - 1);
  const unsigned current_cmp = c.unit == Granularity::Quarter ? current : (current <= 2 ? 1U : 3U);
  const int ry = static_cast<int>(reference.year());
  // Companies talk about the running year's quarters in any tense; only
  // a quarter that has not begun yet, in a past-tense clause, is last year's.
  return (wanted > current_cmp && tn == Tense::Past) ? ry - 1 : ry;
}

// A day of a month is best read as the nearest such day: tense cues are
// noisier than the six-month window (measured on TimeBank), so only a
// future cue overrides it, and only for a date already past.
int year_of_month_day(const TimexCandidate& c, const ResolutionContext& ctx, Tense tn) {
  // "pay down the loan by February", "talks run until March": a deadline lies ahead unless the
  // clause is in the past ("had doubled by February").
  const std::string_view before = c.first_token > 0 ? ctx.tokens.fold(c.first_token - 1) : "";
  const bool deadline = before == "by" || before == "until" || before == "till";
  const Tense used =
      tn == Tense::Future || (deadline && tn != Tense::Past) ? Tense::Future : Tense::Unknown;
  // "the fiscal year ended Jan. 31": a period that has closed.
  const bool ended = c.direction == Direction::ByTense && c.first_token > 0 &&
                     ctx.tokens.fold(c.first_token - 1) == "ended";
  return choose_year(*ctx.reference, c.month, c.day, ended ? Direction::Past : c.direction, used,
                     c.direction == Direction::Past || c.direction == Direction::Future);
}

}  // namespace

Resolution resolve_absolute(const TimexCandidate& c, ResolutionContext& ctx) {
  // A number that only looks like a year, far from the publication date: a clock time, a price,
  // a table figure ("Mar 2901"), not a year.
  if (c.weak_year && ctx.reference && !near_year(c.year, static_cast<int>(ctx.reference->year())))
    return {};
  Resolution r;
  const int year = c.two_digit_year ? full_year(c.year, ctx.reference) : c.year;
  if (c.unit == Granularity::Decade)
    r.value = calendar::spell_year(year).substr(0, 3);
  else if (c.unit == Granularity::Century)
    r.value = calendar::spell_year(year).substr(0, 2);
  else
    r.value = spell_part(year, c.unit, c.part, c.month, c.day);
  unsigned month = c.month, day = c.day;
  if (c.holiday != kNoHoliday && year != kUnknownYear && year > 0 && year < 10000)
    std::tie(month, day) = holiday_date(year, c.holiday, month, day);
  if (c.holiday != kNoHoliday) r.value = spell_part(year, c.unit, c.part, month, day);
  if (c.day != 0 && year != kUnknownYear) {
    r.day = calendar::make_date(year, month, day);
    if (!r.day) return {};
  }
  if (c.unit == Granularity::Quarter) ctx.focus.set_quarter(year, c.part, ctx.sentence);
  return r;
}

Resolution resolve_yearless(const TimexCandidate& c, ResolutionContext& ctx) {
  if (!ctx.reference)
    return {spell_part(kUnknownYear, c.unit, c.part, c.month, c.holiday != kNoHoliday ? 0 : c.day),
            std::nullopt};
  const Tense tn = c.direction == Direction::ByTense ? ctx.tense(c) : Tense::Unknown;
  const int year =
      is_quarterly(c) ? year_of_quarter(c, *ctx.reference, tn) : year_of_month_day(c, ctx, tn);
  Resolution r;
  unsigned month = c.month, day = c.day;
  if (c.holiday != kNoHoliday) std::tie(month, day) = holiday_date(year, c.holiday, c.month, c.day);
  if (c.day != 0) {
    r.day = calendar::make_date(year, month, day);
    if (!r.day) return {};  // February 29 outside a leap year
  }
  r.value = spell_part(year, c.unit, c.part, month, day);
  if (c.unit == Granularity::Quarter) ctx.focus.set_quarter(year, c.part, ctx.sentence);
  return r;
}

Resolution resolve_decade(const TimexCandidate& c, const ResolutionContext& ctx) {
  if (c.unit == Granularity::Year) {
    // "'82": the latest such year up to the reference year (news looks back; "'30" written in
    // 2026 is 1930).
    if (!ctx.reference)
      return {"XX" + calendar::two_digits(static_cast<unsigned>(c.part)), std::nullopt};
    const int ry = static_cast<int>(ctx.reference->year());
    int year = ry / 100 * 100 + c.part;
    if (year > ry) year -= 100;
    return {calendar::spell_year(year), std::nullopt};
  }
  if (!ctx.reference) return {"XX" + std::to_string(c.part % 10), std::nullopt};
  const int ry = static_cast<int>(ctx.reference->year());
  int start = ry / 100 * 100 + c.part * 10;
  if (start > ry) start -= 100;
  return {calendar::spell_year(start).substr(0, 3), std::nullopt};
}

}  // namespace newsindex
