#include "narrative_references.h"

#include "date_fields.h"
#include "financial_context.h"

namespace newsindex {

using calendar::Granularity;

void recognise_that_unit(const ScanText& s, std::size_t i, LongestCandidate& out) {
  if (!s.word(i, "that")) return;
  std::size_t u = i + 1;
  if (s.is(u, Lex::Same)) ++u;
  if (s.is(u, Lex::Unit) && !s.lex(u)->plural && !s.punct(u + 1, "-") &&
      (s.lex(u)->unit == DurationUnit::Day || s.lex(u)->unit == DurationUnit::Month ||
       s.lex(u)->unit == DurationUnit::Year)) {
    TimexCandidate c = make_candidate(i, u + 1, TimexType::Date, Anchor::Narrative);
    c.unit = s.lex(u)->unit == DurationUnit::Day     ? Granularity::Day
             : s.lex(u)->unit == DurationUnit::Month ? Granularity::Month
                                                     : Granularity::Year;
    out.consider(c);
  }
}

bool read_narrative_deictic(const ScanText& s, std::size_t first, std::size_t m,
                            LongestCandidate& out) {
  const Lex k = s.kind(m);
  const std::size_t u = m + 1;
  // "the following year", "the previous day", "the next morning", "the previous
  // Friday": relative to the narrative, not to the publication date.
  const bool narrative = k == Lex::Following ||
                         (first != m && (k == Lex::Previous || k == Lex::Same)) ||
                         (first != m && k == Lex::Next &&
                          (s.is_unit(u, DurationUnit::Day) || s.is(u, Lex::PartOfDay)));
  if (!narrative || u >= s.size()) return false;
  TimexCandidate c = make_candidate(first, u + 1, TimexType::Date, Anchor::Narrative);
  c.offset = deictic_offset(k).value_or(0);
  if (s.is(u, Lex::Unit) && !s.lex(u)->plural) {
    switch (s.lex(u)->unit) {
      case DurationUnit::Day:
        c.unit = Granularity::Day;
        break;
      case DurationUnit::Week:
        c.unit = Granularity::Week;
        break;
      case DurationUnit::Month:
        c.unit = Granularity::Month;
        break;
      case DurationUnit::Year:
        c.unit = Granularity::Year;
        break;
      default:
        return true;
    }
    out.consider(c);
    return true;
  }
  if (s.is(u, Lex::PartOfDay) && k != Lex::Same) {  // "the next morning"
    c.unit = Granularity::Day;
    out.consider(c);
    return true;
  }
  if (s.is_full_weekday(u) && k != Lex::Same) {
    c.unit = Granularity::Day;
    c.weekday = s.cal(u)->weekday;
    out.consider(c);
    return true;
  }
  if (s.is(u, Lex::Season) && k != Lex::Same && first != m) {  // "the following spring"
    c.unit = Granularity::Season;
    c.part = s.lex_value(u);
    out.consider(c);
    return true;
  }
  return false;
}

bool read_the_day(const ScanText& s, std::size_t the, LongestCandidate& out) {
  if (!s.is_singular_unit(the + 1, DurationUnit::Day) || the == 0) return false;
  // "fell 2% on the day.", "up 12 points for the day,": a market report's trading day. Only at
  // the end of a clause: "on the day of the vote" and "the day after" name another day.
  const std::size_t after = the + 2;
  const bool clause_ends = after >= s.size() || s.punct(after, ".") || s.punct(after, ",") ||
                           s.punct(after, ";") || s.token(after).paragraph_before;
  if (!(s.is(the - 1, Lex::On) || s.word(the - 1, "for")) || !clause_ends ||
      !financial_context(s, the))
    return false;
  TimexCandidate c = make_candidate(the, the + 2, TimexType::Date, Anchor::Narrative);
  c.unit = Granularity::Day;
  out.consider(c);
  return true;
}

bool read_the_ordinal_day(const ScanText& s, std::size_t the, LongestCandidate& out) {
  // "second" is read by ordinal_at: the lexicon keeps it as the unit.
  if (ordinal_at(s, the + 1) == 0 || !s.is_singular_unit(the + 2, DurationUnit::Day) ||
      !s.is(the + 3, Lex::Of))
    return false;
  // "the first day of March", "the last day of the year": a day of the calendar, not of an event.
  std::size_t of_what = the + 4;
  if (s.is(of_what, Lex::The) || s.kind(of_what) == Lex::This || s.kind(of_what) == Lex::Next ||
      s.kind(of_what) == Lex::Last || s.word(of_what, "each") || s.word(of_what, "every"))
    ++of_what;
  if (s.is_number(of_what) || s.is(of_what, Lex::Unit) || s.cal(of_what) != nullptr ||
      s.kind(of_what) == Lex::Season || s.kind(of_what) == Lex::Fiscal)
    return false;
  TimexCandidate c = make_candidate(the, the + 3, TimexType::Date, Anchor::Narrative);
  c.unit = Granularity::Day;
  out.consider(c);
  return true;
}

}  // namespace newsindex
