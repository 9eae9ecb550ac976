#include "deictic_expressions.h"

#include "date_fields.h"
#include "duration_spelling.h"
#include "narrative_references.h"

namespace newsindex {
namespace {

using calendar::Granularity;

Direction direction_of(int offset, Direction when_this) {
  return offset < 0 ? Direction::Past : offset > 0 ? Direction::Future : when_this;
}

// "compared with $33 million last year", "last year's quarter": in a
// results report, the same period a year before (like "a year ago");
// "the corresponding period last year", "the same quarter last year" likewise. `first` is at
// "last".
bool read_last_year_in_results(const ScanText& s, std::size_t first, LongestCandidate& out) {
  const std::size_t u = first + 1;
  if ((first > 0 && (s.word(first - 1, "million") || s.word(first - 1, "billion") ||
                     s.is_number(first - 1) || s.word(first - 1, "share"))) ||
      (s.fold(u) == "year's" &&
       (s.is(u + 1, Lex::Period) || s.is_unit(u + 1, DurationUnit::Quarter)))) {
    out.consider(make_candidate(first, u + 1, TimexType::Date, Anchor::YearEarlier));
    return true;
  }
  if (first >= 3 && comparable_period_at(s, first - 3)) {
    out.consider(make_candidate(first - 3, u + 1, TimexType::Date, Anchor::YearEarlier));
    return true;
  }
  return false;
}

// "last week", "this month", "next year", "last decade", "this day", "last night".
void read_deictic_unit(const ScanText& s, std::size_t first, std::size_t m, LongestCandidate& out) {
  const Lex k = s.kind(m);
  const std::size_t u = m + 1;
  const DurationUnit unit = s.lex(u)->unit;
  if (unit == DurationUnit::Second || unit == DurationUnit::Minute || unit == DurationUnit::Hour ||
      unit == DurationUnit::Fortnight)
    return;
  if (unit == DurationUnit::Day) {
    // "the same day", "the previous day": anchored to the narrative, not the DCT.
    if (k == Lex::This) {
      TimexCandidate c = make_candidate(first, u + 1, TimexType::Date, Anchor::Offset);
      c.unit = Granularity::Day;
      out.consider(c);
    }
    return;
  }
  if (unit == DurationUnit::Night) {
    if (k != Lex::Last && k != Lex::This) return;
    TimexCandidate c = make_candidate(first, u + 1, TimexType::Time, Anchor::Offset);
    c.unit = Granularity::Day;
    c.offset = k == Lex::Last ? -1 : 0;
    c.part_of_day = "NI";
    out.consider(c);
    return;
  }
  if (k == Lex::Last && unit == DurationUnit::Year && first == m &&
      read_last_year_in_results(s, first, out))
    return;
  // "the same quarter" is the quarter in focus, or with "last year" or "a year earlier" after it
  // the one a year before: never the running quarter.
  if (k == Lex::Same && unit == DurationUnit::Quarter) return;
  // "over the past decade", "for the past century": the span up to now, a duration, where "in
  // the past decade" is the calendar decade before this one (199).
  const std::size_t the = m > 0 && s.is(m - 1, Lex::The) ? m - 1 : m;
  if (k == Lex::Past && (unit == DurationUnit::Decade || unit == DurationUnit::Century) &&
      the < m && the > 0 &&
      (s.word(the - 1, "over") || s.word(the - 1, "for") || s.word(the - 1, "throughout") ||
       s.is(the - 1, Lex::During))) {
    out.consider(make_literal(the, u + 1, TimexType::Duration,
                              unit == DurationUnit::Decade ? "P10Y" : "P100Y"));
    return;
  }
  TimexCandidate c = make_candidate(first, u + 1, TimexType::Date, Anchor::Offset);
  c.offset = deictic_offset(k).value_or(0);
  switch (unit) {
    case DurationUnit::Decade:
      c.unit = Granularity::Decade;
      break;
    case DurationUnit::Century:
      c.unit = Granularity::Century;
      break;
    default:
      c.unit = granularity_of(unit);
  }
  // "last year's": the possessive stays inside the token, value unchanged.
  out.consider(c);
}

// "last night", "this morning".
bool read_deictic_part_of_day(const ScanText& s, std::size_t first, Lex k, std::size_t u,
                              LongestCandidate& out) {
  if (s.is(u, Lex::PartOfDay) && s.lex_value(u) == 3 && k == Lex::Last) {
    TimexCandidate c = make_candidate(first, u + 1, TimexType::Time, Anchor::Offset);
    c.unit = Granularity::Day;
    c.offset = -1;
    c.part_of_day = "NI";
    out.consider(c);
    return true;
  }
  if (s.is(u, Lex::PartOfDay) && k == Lex::This) {
    TimexCandidate c = make_candidate(first, u + 1, TimexType::Time, Anchor::Offset);
    c.unit = Granularity::Day;
    c.part_of_day = s.part_of_day_code(u);
    out.consider(c);
    return true;
  }
  return false;
}

// "next weekend", "last fall", "last March", "next Friday", "the coming months".
void read_deictic_named_time(const ScanText& s, std::size_t first, std::size_t m,
                             LongestCandidate& out) {
  const Lex k = s.kind(m);
  const std::size_t u = m + 1;
  const int offset = deictic_offset(k).value_or(0);
  if (read_deictic_part_of_day(s, first, k, u, out)) return;
  if (s.is(u, Lex::Weekend) && !s.lex(u)->plural) {
    TimexCandidate c = make_candidate(first, u + 1, TimexType::Date, Anchor::Weekday);
    c.weekday = 6;
    c.unit = Granularity::Weekend;
    c.direction = direction_of(offset, Direction::ByTense);
    out.consider(c);
    return;
  }
  if (s.is(u, Lex::Season)) {
    TimexCandidate c = make_candidate(first, u + 1, TimexType::Date, Anchor::Season);
    c.part = s.lex_value(u);
    c.offset = offset;
    c.direction = direction_of(offset, Direction::This);
    out.consider(c);
    return;
  }
  if (s.is_full_month(u) && first == m) {
    TimexCandidate c = make_candidate(first, u + 1, TimexType::Date, Anchor::Yearless);
    c.month = s.cal(u)->month;
    c.unit = Granularity::Month;
    c.direction = direction_of(offset, Direction::This);
    out.consider(c);
    return;
  }
  if (s.is_full_weekday(u)) {
    TimexCandidate c = make_candidate(first, u + 1, TimexType::Date, Anchor::Weekday);
    c.weekday = s.cal(u)->weekday;
    c.unit = Granularity::Day;
    c.direction = direction_of(offset, Direction::ByTense);
    out.consider(c);
    return;
  }
  // "the coming months", "coming years": unspecified future.
  if (k == Lex::Coming && s.is(u, Lex::Unit) && s.lex(u)->plural)
    out.consider(make_literal(first, u + 1, TimexType::Date, "FUTURE_REF"));
}

// The deictic phrase whose modifier is at m, starting at first ("the" or the modifier).
void read_deictic(const ScanText& s, std::size_t first, std::size_t m, LongestCandidate& out) {
  if (s.is(m, Lex::Latest) || read_narrative_deictic(s, first, m, out)) return;
  if (s.is(m + 1, Lex::Unit) && !s.lex(m + 1)->plural) {
    read_deictic_unit(s, first, m, out);
    return;
  }
  read_deictic_named_time(s, first, m, out);
}

}  // namespace

void recognise_deictic(const ScanText& s, std::size_t i, LongestCandidate& out) {
  const Lex k = s.kind(i);
  // A lone "current" is a vague reference (vague_references.h); after "the" it is read here.
  if (k != Lex::Current && (deictic_offset(k) || k == Lex::Latest)) read_deictic(s, i, i, out);
}

bool read_the_week(const ScanText& s, std::size_t the, LongestCandidate& out) {
  if (!s.is_singular_unit(the + 1, DurationUnit::Week)) return false;
  TimexCandidate c = make_candidate(the, the + 2, TimexType::Date, Anchor::Offset);
  c.unit = Granularity::Week;
  out.consider(c);
  return true;
}

bool read_the_deictic(const ScanText& s, std::size_t the, LongestCandidate& out) {
  const Lex next = s.kind(the + 1);
  if (!deictic_offset(next) && next != Lex::Latest) return false;
  read_deictic(s, the, the + 1, out);
  return true;
}

}  // namespace newsindex
