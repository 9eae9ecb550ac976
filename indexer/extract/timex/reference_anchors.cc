// Times moved from the publication date: by a number of units (Offset), to a weekday (Weekday)
// or to a season (Season).
#include "anchor_resolution.h"
#include "timex_values.h"

namespace newsindex {
namespace {

using calendar::Granularity;

// Days from the reference to the wanted weekday, in the direction the phrase or tense gives.
long weekday_delta(const TimexCandidate& c, Direction dir, int today) {
  const int wanted = static_cast<int>(c.weekday);
  const int back = (today - wanted + 7) % 7, ahead = (wanted - today + 7) % 7;
  const bool weekend = c.unit == Granularity::Weekend;
  long delta = 0;
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
  return delta;
}

}  // namespace

Resolution resolve_offset(const TimexCandidate& c, ResolutionContext& ctx) {
  if (!ctx.reference) {
    return {c.month != 0  ? spell_part(kUnknownYear, Granularity::Month, 0, c.month, 0)
            : c.part != 0 ? spell_part(kUnknownYear, c.unit, c.part, 0, 0)
                          : placeholder(c.unit),
            std::nullopt};
  }
  if (c.month != 0 || c.part != 0) {
    const int year = static_cast<int>(ctx.reference->year()) + static_cast<int>(c.offset);
    if (c.unit == Granularity::Quarter) ctx.focus.set_quarter(year, c.part, ctx.sentence);
    return {spell_part(year, c.month != 0 ? Granularity::Month : c.unit, c.part, c.month, 0),
            std::nullopt};
  }
  const calendar::Date d = calendar::shift(*ctx.reference, c.unit, c.offset);
  if (c.unit == Granularity::Quarter)
    ctx.focus.set_quarter(static_cast<int>(d.year()), static_cast<int>(calendar::quarter_of(d)),
                          ctx.sentence);
  Resolution r{calendar::spell(d, c.unit), std::nullopt};
  if (c.unit == Granularity::Day) r.day = d;
  return r;
}

Resolution resolve_weekday(const TimexCandidate& c, const ResolutionContext& ctx) {
  if (!ctx.reference) {
    return {
        c.unit == Granularity::Weekend ? "XXXX-WXX-WE" : "XXXX-WXX-" + std::to_string(c.weekday),
        std::nullopt};
  }
  const int today = static_cast<int>(calendar::iso_weekday(*ctx.reference));
  Direction dir = c.direction;
  // "Wednesday's ruling": a possessive weekday names something that happened.
  const bool possessive = ctx.tokens.fold(c.end_token - 1).ends_with("'s");
  if (dir == Direction::ByTense)
    dir = !possessive && ctx.tense(c) == Tense::Future ? Direction::Future : Direction::Past;
  const calendar::Date d = calendar::add_days(*ctx.reference, weekday_delta(c, dir, today));
  if (c.unit == Granularity::Weekend)
    return {calendar::spell(d, Granularity::Weekend), std::nullopt};
  return {calendar::spell(d, Granularity::Day), d};
}

Resolution resolve_season(const TimexCandidate& c, const ResolutionContext& ctx) {
  if (!ctx.reference) return {std::string("XXXX-") + season_code(c.part), std::nullopt};
  const int now = calendar::season_index(*ctx.reference);
  int year = static_cast<int>(ctx.reference->year());
  Direction dir = c.direction;
  if (dir == Direction::ByTense) {
    const Tense tn = ctx.tense(c);
    dir = tn == Tense::Future ? Direction::Future
          : tn == Tense::Past ? Direction::Past
                              : Direction::This;
  }
  // January belongs to last year's winter; but "this fall" written in February is this year's.
  if (now == 3 && static_cast<unsigned>(ctx.reference->month()) <= 2 &&
      !(dir == Direction::This && c.part != 3))
    --year;
  if (dir == Direction::Past && c.offset < 0 && c.part >= now)
    --year;
  else if (dir == Direction::Past && c.offset == 0 && c.part > now)
    --year;
  else if (dir == Direction::Future && c.offset > 0 && c.part <= now)
    ++year;
  else if (dir == Direction::Future && c.offset == 0 && c.part < now)
    ++year;
  return {spell_part(year, Granularity::Season, c.part, 0, 0), std::nullopt};
}

}  // namespace newsindex
