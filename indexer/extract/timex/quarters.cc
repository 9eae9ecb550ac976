#include "quarters.h"

#include "date_fields.h"
#include "financial_context.h"
#include "years.h"

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

// After "of": a year in some words ("of its fiscal year", "of the current financial year", "of
// our fiscal 1987", "of each year", "of the 1986/87 season's year"), or the quarter's figure ("of
// $226 million", "of about 11.5 mln dlrs").
bool of_year_or_amount(const ScanText& s, std::size_t j) {
  std::size_t k = j + 1;
  if (s.is(k, Lex::Approx)) ++k;
  if (s.is_number(k) && s.token(k).digits < 4) return true;
  if (s.punct(k, "$") || s.after_currency(k + 1)) return true;
  for (; k < s.size() && k < j + 7; ++k) {
    if (s.word(k, "year") || s.plain_number(k, 4, 4)) return true;
    const bool modifier = s.is(k, Lex::The) || s.is(k, Lex::This) || s.is(k, Lex::Last) ||
                          s.is(k, Lex::Next) || s.is(k, Lex::Current) || s.is(k, Lex::Fiscal) ||
                          s.is(k, Lex::Each) || s.is(k, Lex::Every) || s.word(k, "its") ||
                          s.word(k, "their") || s.word(k, "our") || s.word(k, "that") ||
                          s.word(k, "financial") || s.word(k, "calendar") ||
                          s.word(k, "company's") || s.is_number(k) || s.punct(k, "/");
    if (!modifier) return false;
  }
  return false;
}

// After a quarter or half with no year: "of the match", "of a million", "of the nineteenth
// century", "of March", "March shipments", "hour", "mile", "final": a part of something else
// than a year.
bool part_of_something_else(const ScanText& s, std::size_t j) {
  if (s.is(j, Lex::Of)) return !of_year_or_amount(s, j);
  if (month_at(s, j)) return true;
  if (s.is(j, Lex::Unit) && !s.is_unit(j, DurationUnit::Year)) return true;
  return s.word(j, "mile") || s.word(j, "miles") || s.word(j, "final") || s.word(j, "finals") ||
         s.word(j, "inning") || s.word(j, "innings");
}

// "the last half of the '80s", "the first half of the 1990s": the decade (TIMEX3 has no half of
// one). `of` is the token after the half.
bool read_half_of_decade(const ScanText& s, std::size_t first, std::size_t of,
                         LongestCandidate& out) {
  if (!s.is(of, Lex::Of) || !s.is(of + 1, Lex::The)) return false;
  LongestCandidate decade;
  if (!read_the_decade_word(s, of + 1, decade))
    for (std::size_t k = of + 2; k < of + 4 && k < s.size(); ++k) recognise_year(s, k, decade);
  if (!decade.found() || decade.best().first_token != of + 1 ||
      !(decade.best().anchor == Anchor::Decade ||
        decade.best().unit == calendar::Granularity::Decade))
    return false;
  TimexCandidate c = decade.best();
  c.first_token = first;
  out.consider(c);
  return true;
}

// A quarter or half named without a year is a part of the year only in a report about money, or
// about a company ("its third quarter"): "the first half" of a match is not.
bool names_part_of_year(const ScanText& s, std::size_t first, std::size_t end) {
  if (part_of_something_else(s, end)) return false;
  // "the quarter ended July 31", "First half ended December 31": a reporting period.
  const bool ended_on = (s.word(end, "ended") || s.word(end, "ending")) && month_at(s, end + 1);
  // "its third quarter": a company's; the scan may start at "its" or at the ordinal.
  const std::size_t owner = first > 0 && s.is(first, Lex::Ordinal) ? first - 1 : first;
  return s.word(owner, "its") || s.word(owner, "their") || ended_on || financial_context(s, first);
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
  if (y.year == 0 && !y.relative && read_half_of_decade(s, i, j, out)) return;
  if (y.year == 0 && !y.relative && !names_part_of_year(s, i, j)) return;
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
  // "the quarter of a million", "the quarter mile", "They Made The Quarter Famous".
  if (names_part_of_year(s, the, the + 2))
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
