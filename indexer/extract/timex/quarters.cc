#include "quarters.h"

#include "date_fields.h"

namespace newsindex {
namespace {

using calendar::Granularity;

// The year a quarter or half belongs to: given ("1988"), relative ("last year's") or unknown.
struct QuarterYear {
  int year = 0;
  long offset = 0;
  bool relative = false;
};

long offset_of(const ScanText& s, std::size_t i) {
  return s.is(i, Lex::Last) ? -1 : s.is(i, Lex::Next) ? 1 : 0;
}

bool is_this_last_or_next(const ScanText& s, std::size_t i) {
  return s.is(i, Lex::This) || s.is(i, Lex::Last) || s.is(i, Lex::Next);
}

// "(fiscal) 1988 (fiscal)", "this year's": the year before the ordinal. Returns the next token.
std::size_t read_leading_year(const ScanText& s, std::size_t j, QuarterYear& y) {
  if (s.is(j, Lex::Fiscal)) ++j;
  if (const auto year = year_at(s, j)) {
    y.year = *year;
    ++j;
  } else if (is_this_last_or_next(s, j) && j + 1 < s.size() &&
             s.is_unit(j + 1, DurationUnit::Year) && s.fold(j + 1).size() > 4 &&
             s.fold(j + 1).substr(4) == "'s") {
    y.relative = true;
    y.offset = offset_of(s, j);
    j += 2;
  }
  if (s.is(j, Lex::Fiscal)) ++j;
  return j;
}

// "of (fiscal) 1988", ", 1988", "this year" after the quarter. Returns the end token.
std::size_t read_trailing_year(const ScanText& s, std::size_t j, QuarterYear& y) {
  std::size_t k = j;
  if (s.is(k, Lex::Of) || s.punct(k, ",")) ++k;
  if (s.is(k, Lex::Fiscal)) ++k;
  if (const auto year = year_at(s, k)) {
    y.year = *year;
    return k + 1;
  }
  if (is_this_last_or_next(s, k) && s.is_singular_unit(k + 1, DurationUnit::Year)) {
    y.relative = true;
    y.offset = offset_of(s, k);
    return k + 2;
  }
  return j;
}

// "the 1988 quarter", "the 1989 period": the quarter in focus, in that year.
void read_quarter_of_year(const ScanText& s, std::size_t i, std::size_t j, int year,
                          LongestCandidate& out) {
  if (year != 0 && j > i && s.is(i, Lex::The) &&
      (s.is(j, Lex::Period) || s.is_singular_unit(j, DurationUnit::Quarter))) {
    TimexCandidate c = make_candidate(i, j + 1, TimexType::Date, Anchor::ReportedQuarter);
    c.year = year;
    out.consider(c);
  }
}

}  // namespace

void recognise_quarter(const ScanText& s, std::size_t i, LongestCandidate& out) {
  std::size_t j = i;
  if (s.is(j, Lex::The) || s.word(j, "its")) ++j;
  QuarterYear y;
  j = read_leading_year(s, j, y);
  int ordinal = ordinal_at(s, j);
  if (ordinal == 0 && (s.is(j, Lex::Last) || s.word(j, "final")) && j + 1 < s.size() &&
      s.is(j + 1, Lex::Half))
    ordinal = 2;
  if (ordinal == 0) {
    read_quarter_of_year(s, i, j, y.year, out);
    return;
  }
  ++j;
  if (s.punct(j, "-") && s.attached(j)) ++j;
  if (s.is(j, Lex::Fiscal)) ++j;
  Granularity unit;
  if (s.is_singular_unit(j, DurationUnit::Quarter) && ordinal <= 4) {
    unit = Granularity::Quarter;
  } else if (s.is(j, Lex::Half) && ordinal <= 2) {
    unit = Granularity::Half;
  } else {
    return;
  }
  ++j;
  if (y.year == 0 && !y.relative) j = read_trailing_year(s, j, y);
  TimexCandidate c = make_candidate(i, j, TimexType::Date, Anchor::Yearless);
  c.unit = unit;
  c.part = ordinal;
  if (y.year != 0) {
    c.anchor = Anchor::Absolute;
    c.year = y.year;
  } else if (y.relative) {
    c.anchor = Anchor::Offset;
    c.offset = y.offset;
    c.direction = Direction::This;
  }
  out.consider(c);
}

bool read_the_quarter(const ScanText& s, std::size_t the, LongestCandidate& out) {
  if (!s.is_singular_unit(the + 1, DurationUnit::Quarter)) return false;
  // "the quarter ended July 31": the three months up to that day, named
  // after the calendar quarter holding most of them (May-July: Q2).
  if (s.word(the + 2, "ended") || s.word(the + 2, "ending")) {
    if (const auto m = month_at(s, the + 3)) {
      if (const auto d = day_at(s, m->end)) {
        const int back = *d >= 15 ? 1 : 2;
        const int mid = (static_cast<int>(m->month) - 1 - back + 12) % 12 + 1;
        TimexCandidate c = make_candidate(the, the + 2, TimexType::Date, Anchor::Yearless);
        c.unit = Granularity::Quarter;
        c.part = (mid - 1) / 3 + 1;
        out.consider(c);
        return true;
      }
    }
  }
  out.consider(make_candidate(the, the + 2, TimexType::Date, Anchor::ReportedQuarter));
  return true;
}

bool read_the_latest_quarter(const ScanText& s, std::size_t the, LongestCandidate& out) {
  if (!(s.is(the + 1, Lex::Latest) &&
        (s.is(the + 2, Lex::Period) || s.is_singular_unit(the + 2, DurationUnit::Quarter))))
    return false;
  out.consider(make_candidate(the, the + 3, TimexType::Date, Anchor::ReportedQuarter));
  return true;
}

}  // namespace newsindex
