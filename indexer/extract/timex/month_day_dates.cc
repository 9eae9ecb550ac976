#include "month_day_dates.h"

#include "date_fields.h"

namespace newsindex {
namespace {

// "April 11 (, 2025)", "April (of) 2025": the month with a day or a year after it.
bool read_month_with_day_or_year(const ScanText& s, std::size_t i, const MonthAt& m,
                                 LongestCandidate& out) {
  const std::size_t k = m.end;
  if (const auto d = day_at(s, k)) {
    int year = 0;
    std::size_t year_token = 0;
    const std::size_t end = trailing_year(s, k + 1, year, &year_token);
    TimexCandidate c = date_candidate(i, end, year, m.month, *d);
    c.weak_year = weak_calendar_year(s, i, m.abbreviated, year_token);
    out.consider(c);
    return true;
  }
  std::size_t j = k;
  if (s.punct(j, ",")) ++j;
  if (s.word(j, "of") || s.in_list(j, s.grammar().date_connectors)) ++j;
  if (const auto y = any_year_at(s, j)) {
    std::size_t end = y->end;
    if (s.in_list(end, s.grammar().year_followers)) ++end;
    TimexCandidate c = date_candidate(i, end, y->year, m.month, 0);
    c.weak_year = weak_calendar_year(s, i, m.abbreviated, j);
    out.consider(c);
    return true;
  }
  return false;
}

// "May" is also a modal verb: alone it needs a preposition or modifier.
bool modal_may(const ScanText& s, std::size_t i, const MonthAt& m) {
  if (!(m.month == 5 && s.vocabulary().find("may") == s.cal(i) && s.fold(i) == "may")) return false;
  const Lex prev = i > 0 ? s.kind(i - 1) : Lex::None;
  const bool dated = prev == Lex::In || prev == Lex::Last || prev == Lex::Next ||
                     prev == Lex::This || prev == Lex::Early || prev == Lex::Late ||
                     prev == Lex::Mid || prev == Lex::Of || prev == Lex::During ||
                     s.word(i - 1, "since") || s.word(i - 1, "until") || s.word(i - 1, "by") ||
                     s.word(i - 1, "from") || s.word(i - 1, "through") || prev == Lex::Before ||
                     prev == Lex::After || prev == Lex::End || s.punct(i - 1, "-");
  return !dated || i == 0;
}

// "the March for Life", "March of the Mothers", "the March on Washington": a march.
bool protest_march(const ScanText& s, std::size_t i, const MonthAt& m) {
  return m.month == 3 && s.fold(i) == "march" && i > 0 &&
         (s.is(i - 1, Lex::The) || s.word(i - 1, "annual")) &&
         (s.word(i + 1, "for") || s.word(i + 1, "against") ||
          (s.is(i + 1, Lex::Of) && s.is(i + 2, Lex::The)) ||
          (s.is(i + 1, Lex::On) && i + 2 < s.size() && s.token(i + 2).capitalised &&
           s.cal(i + 2) == nullptr));
}

// "March eighth", "May first, 1998": a day spelled out after a full, capitalised month name (so
// never the verb "march" or the modal "may").
bool read_month_with_spelled_day(const ScanText& s, std::size_t i, const MonthAt& m,
                                 LongestCandidate& out) {
  if (m.abbreviated || !s.token(i).capitalised) return false;
  const auto d = spelled_day_at(s, m.end);
  if (!d) return false;
  int year = 0;
  std::size_t year_token = 0;
  const std::size_t end = trailing_year(s, d->end, year, &year_token);
  // The spelled date closes its phrase: "came in March second only to April" is no date.
  if (end == d->end && end < s.size() && s.token(end).kind != TokenKind::Punct &&
      !s.token(end).paragraph_before)
    return false;
  TimexCandidate c = date_candidate(i, end, year, m.month, d->day);
  c.weak_year = weak_calendar_year(s, i, m.abbreviated, year_token);
  out.consider(c);
  return true;
}

// "April", "April last year", "January of this year".
TimexCandidate month_alone(const ScanText& s, std::size_t i, const MonthAt& m) {
  TimexCandidate c = make_candidate(i, m.end, TimexType::Date, Anchor::Yearless);
  c.month = m.month;
  c.unit = calendar::Granularity::Month;
  std::size_t j = c.end_token;
  if (s.is(j, Lex::Of)) ++j;
  if ((s.is(j, Lex::Last) || s.is(j, Lex::This) || s.is(j, Lex::Next)) &&
      s.is_singular_unit(j + 1, DurationUnit::Year)) {
    c.anchor = Anchor::Offset;
    c.offset = s.is(j, Lex::Last) ? -1 : s.is(j, Lex::Next) ? 1 : 0;
    c.end_token = j + 2;
    c.unit = calendar::Granularity::Month;
    c.direction = Direction::This;
  }
  return c;
}

}  // namespace

void recognise_month_first(const ScanText& s, std::size_t i, LongestCandidate& out) {
  const auto m = month_at(s, i);
  if (!m || read_month_with_day_or_year(s, i, *m, out)) return;
  if (read_month_with_spelled_day(s, i, *m, out)) return;
  if (m->abbreviated || modal_may(s, i, *m) || protest_march(s, i, *m)) return;
  out.consider(month_alone(s, i, *m));
}

void recognise_day_first(const ScanText& s, std::size_t i, LongestCandidate& out) {
  const auto d = day_at(s, i);
  if (!d) return;
  std::size_t k = i + 1;
  if (s.punct(k, ".") && s.attached(k)) ++k;
  if (s.word(k, "of") || s.in_list(k, s.grammar().date_connectors)) ++k;
  const auto m = month_at(s, k);
  if (!m) return;
  int year = 0;
  std::size_t year_token = 0;
  const std::size_t end = trailing_year(s, m->end, year, &year_token);
  TimexCandidate c = date_candidate(i, end, year, m->month, *d);
  c.weak_year = weak_calendar_year(s, i, m->abbreviated, year_token);
  out.consider(c);
}

}  // namespace newsindex
