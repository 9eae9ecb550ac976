// Times that lean on what the text talked about: "a year earlier" (the quarter in focus),
// "the quarter" (the quarter reported on), a clock time (the day in focus) and narrative
// phrases ("the following year", "that day": moved from the last time point named).
#include "anchor_resolution.h"
#include "timex_values.h"

namespace newsindex {
namespace {

using calendar::Granularity;

bool finer_or_equal(Granularity a, Granularity b) {
  return static_cast<int>(a) >= static_cast<int>(b);
}

bool has_word_that(const TimexCandidate& c, const TokenizedText& tokens) {
  bool that = false;
  for (std::size_t k = c.first_token; k < c.end_token; ++k) that = that || tokens.fold(k) == "that";
  return that;
}

// "the previous Friday", "the next Monday": the nearest such weekday before or after base.
Resolution weekday_from(const TimexCandidate& c, calendar::Date base) {
  const int have = static_cast<int>(calendar::iso_weekday(base)),
            want = static_cast<int>(c.weekday);
  const long delta = c.offset < 0 ? -((have - want + 6) % 7 + 1) : ((want - have + 6) % 7 + 1);
  const calendar::Date d = calendar::add_days(base, delta);
  return {calendar::spell(d, Granularity::Day), d};
}

// "the following spring", "the previous winter": the nearest such season after or before base.
// After a year ("in 2008 ... the following spring") it is the next year's; winter is labelled
// by the year of its December, as in resolve_season.
Resolution season_from(const TimexCandidate& c, calendar::Date base, Granularity base_unit) {
  int year = static_cast<int>(base.year());
  if (!finer_or_equal(base_unit, Granularity::Half)) {
    year += c.offset < 0 ? -1 : 1;
  } else {
    const int now = calendar::season_index(base);
    if (now == 3 && static_cast<unsigned>(base.month()) <= 2) --year;
    if (c.offset > 0 && c.part <= now) ++year;
    if (c.offset < 0 && c.part >= now) --year;
  }
  return {spell_part(year, Granularity::Season, c.part, 0, 0), std::nullopt};
}

}  // namespace

Resolution resolve_year_earlier(const ResolutionContext& ctx) {
  const Focus& focus = ctx.focus;
  if (focus.has_quarter && ctx.sentence - focus.quarter_sentence <= 12)
    return {spell_part(focus.quarter_year - 1, Granularity::Quarter, focus.quarter, 0, 0),
            std::nullopt};
  if (ctx.reference)
    return {calendar::spell_year(static_cast<int>(ctx.reference->year()) - 1), std::nullopt};
  return {"XXXX", std::nullopt};
}

Resolution resolve_reported_quarter(const TimexCandidate& c, ResolutionContext& ctx) {
  if (c.year != 0) {
    const int q = ctx.focus.has_quarter ? ctx.focus.quarter
                  : ctx.reference       ? static_cast<int>(calendar::quarter_of(
                                              calendar::shift(*ctx.reference, Granularity::Quarter, -1)))
                                        : 0;
    return {q != 0 ? spell_part(c.year, Granularity::Quarter, q, 0, 0)
                   : calendar::spell_year(c.year) + "-QX",
            std::nullopt};
  }
  if (!ctx.reference) return {"XXXX-QX", std::nullopt};
  // Results are reported after the quarter closes: the last completed one.
  const calendar::Date d = calendar::shift(*ctx.reference, Granularity::Quarter, -1);
  ctx.focus.set_quarter(static_cast<int>(d.year()), static_cast<int>(calendar::quarter_of(d)),
                        ctx.sentence);
  return {calendar::spell(d, Granularity::Quarter), std::nullopt};
}

Resolution resolve_sentence_date(const ResolutionContext& ctx) {
  if (ctx.focus.has_date && ctx.focus.date_sentence == ctx.sentence)
    return {calendar::spell(ctx.focus.date, Granularity::Day), std::nullopt};
  if (ctx.reference) return {calendar::spell(*ctx.reference, Granularity::Day), std::nullopt};
  return {"XXXX-XX-XX", std::nullopt};
}

Resolution resolve_narrative(const TimexCandidate& c, const ResolutionContext& ctx) {
  const Focus& focus = ctx.focus;
  if (c.unit == Granularity::Season) {
    if (focus.has_point) return season_from(c, focus.point, focus.point_unit);
    if (ctx.reference) return season_from(c, *ctx.reference, Granularity::Day);
    return {spell_part(kUnknownYear, Granularity::Season, c.part, 0, 0), std::nullopt};
  }
  const bool usable = focus.has_point && finer_or_equal(focus.point_unit, c.unit);
  // "that (same) day" after only a month was named: a day of that month;
  // with no earlier time point at all it is generic ("redemptions that day").
  if (!usable && c.unit == Granularity::Day && c.weekday == 0 && c.offset == 0 &&
      has_word_that(c, ctx.tokens)) {
    if (focus.has_point && focus.point_unit == Granularity::Month)
      return {calendar::spell(focus.point, Granularity::Month) + "-XX", std::nullopt};
    if (!focus.has_point) return {};
  }
  if (!usable && !ctx.reference) return {placeholder(c.unit), std::nullopt};
  const calendar::Date base = usable ? focus.point : *ctx.reference;
  if (c.weekday != 0) return weekday_from(c, base);
  const calendar::Date d = calendar::shift(base, c.unit, c.offset);
  Resolution r{calendar::spell(d, c.unit), std::nullopt};
  if (c.unit == Granularity::Day) r.day = d;
  return r;
}

}  // namespace newsindex
