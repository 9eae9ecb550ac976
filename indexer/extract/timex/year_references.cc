#include "year_references.h"

#include "count_phrases.h"
#include "date_fields.h"

namespace newsindex {
namespace {

using calendar::Granularity;

// "year-earlier", "the year-ago quarter", "the year-earlier first quarter"; `y` is at "year",
// `first` where the phrase starts.
void read_year_earlier(const ScanText& s, std::size_t first, std::size_t y, LongestCandidate& out) {
  if (!(s.word(y, "year") && s.punct(y + 1, "-") && s.attached(y + 1) && s.attached(y + 2) &&
        (s.is(y + 2, Lex::Earlier) || s.is(y + 2, Lex::Ago))))
    return;
  std::size_t end = y + 3;
  if (s.is(end, Lex::Period) || s.is_singular_unit(end, DurationUnit::Quarter)) {
    ++end;
  } else if (ordinal_at(s, end) != 0 && s.is_unit(end + 1, DurationUnit::Quarter)) {
    TimexCandidate c = make_candidate(first, end + 2, TimexType::Date, Anchor::Offset);
    c.offset = -1;
    c.unit = Granularity::Quarter;
    c.part = ordinal_at(s, end);
    c.direction = Direction::Past;
    out.consider(c);
    return;
  } else if (first != y) {
    return;  // "the year-earlier nine months" and the like stay untagged
  }
  out.consider(make_candidate(first, end, TimexType::Date, Anchor::YearEarlier));
}

// "the year 2000", "the year two thousand".
bool read_year_number(const ScanText& s, std::size_t i, std::size_t j, LongestCandidate& out) {
  if (const auto y = year_at(s, j)) {
    TimexCandidate c = make_candidate(i, j + 1, TimexType::Date, Anchor::Absolute);
    c.year = *y;
    c.unit = Granularity::Year;
    out.consider(c);
    return true;
  }
  if (!s.is(j, Lex::Number)) return false;
  const auto count = parse_count(s, j);
  if (count && !count->vague && count->value >= 1000 && count->value <= 2999 &&
      !s.is(count->end, Lex::Unit)) {
    TimexCandidate c = make_candidate(i, count->end, TimexType::Date, Anchor::Absolute);
    c.year = static_cast<int>(count->value);
    c.unit = Granularity::Year;
    out.consider(c);
  }
  return true;
}

// "for the year", "during the year", "later in the year", "the rest of the year": a context that
// makes "the year" the running year. `p` is the token before "the".
bool running_year_context(const ScanText& s, std::size_t p) {
  if (s.word(p, "for") || s.word(p, "during") || s.word(p, "throughout")) return true;
  if (p > 0 && (s.word(p, "in") || s.word(p, "into")))
    return s.is(p - 1, Lex::Earlier) || s.is(p - 1, Lex::Later) || s.word(p - 1, "far") ||
           s.word(p - 1, "late") || s.word(p - 1, "early");
  if (p > 0 && s.is(p, Lex::Of)) {
    const std::size_t q = p - 1;
    return (s.is(q, Lex::Unit) && s.lex(q)->plural) || s.is(q, Lex::Half) || s.is(q, Lex::End) ||
           s.is(q, Lex::Beginning) || s.is(q, Lex::Middle) || s.word(q, "rest") ||
           s.word(q, "remainder") || s.word(q, "balance") || s.word(q, "part") ||
           s.word(q, "quarter") || s.word(q, "start");
  }
  return false;
}

// "the year 2000", "the year ended June 30" (a year-long period: P1Y), and
// "for the year" / "the first nine months of the year" (the running year).
void read_the_year_at(const ScanText& s, std::size_t i, LongestCandidate& out) {
  const std::size_t j = i + 2;
  if (read_year_number(s, i, j, out)) return;
  if (s.word(j, "ended") || s.word(j, "ending") || s.word(j, "ends") || s.word(j, "through")) {
    out.consider(make_literal(i, i + 2, TimexType::Duration, "P1Y"));
    return;
  }
  // Anchored to the narrative or a noun phrase, not to the publication date.
  if (s.is(j, Lex::Before) || s.is(j, Lex::After) || s.is(j, Lex::Earlier) || s.is(j, Lex::Later) ||
      s.word(j, "since") || s.word(j, "ahead") || s.word(j, "in") || s.is(j, Lex::Of) ||
      s.is(j, Lex::Ago) || i == 0)
    return;
  if (!running_year_context(s, i - 1)) return;
  TimexCandidate c = make_candidate(i, i + 2, TimexType::Date, Anchor::Offset);
  c.unit = Granularity::Year;
  out.consider(c);
}

}  // namespace

void recognise_year_earlier(const ScanText& s, std::size_t i, LongestCandidate& out) {
  read_year_earlier(s, i, i, out);
}

void recognise_year_end(const ScanText& s, std::size_t i, LongestCandidate& out) {
  if (!((s.word(i, "year") || s.word(i, "year's")) &&
        (s.is(i + 1, Lex::End) ||
         (s.punct(i + 1, "-") && s.attached(i + 1) && s.is(i + 2, Lex::End)))))
    return;
  TimexCandidate c =
      make_candidate(i, s.is(i + 1, Lex::End) ? i + 2 : i + 3, TimexType::Date, Anchor::Yearless);
  c.unit = Granularity::Day;
  c.month = 12;
  c.day = 31;
  c.direction = i > 0 && s.word(i - 1, "since") ? Direction::Past : Direction::ByTense;
  out.consider(c);
}

bool read_the_running_year(const ScanText& s, std::size_t the, LongestCandidate& out) {
  const std::size_t i = the;
  if (!((s.is(i + 1, Lex::Full) || s.is(i + 1, Lex::Fiscal) || s.is(i + 1, Lex::Current) ||
         s.is(i + 1, Lex::Latest)) &&
        (s.word(i + 2, "year") || (s.is(i + 2, Lex::Fiscal) && s.word(i + 3, "year")))))
    return false;
  const std::size_t end = s.word(i + 2, "year") ? i + 3 : i + 4;
  // "the fiscal year ended Jan. 31": a year-long period, not the running year.
  if (s.word(end, "ended") || s.word(end, "ending") || s.word(end, "through")) {
    out.consider(make_literal(i, end, TimexType::Duration, "P1Y"));
    return true;
  }
  TimexCandidate c = make_candidate(i, end, TimexType::Date, Anchor::Offset);
  c.unit = Granularity::Year;
  out.consider(c);
  return true;
}

bool read_the_year(const ScanText& s, std::size_t the, LongestCandidate& out) {
  if (!s.word(the + 1, "year") || s.punct(the + 2, "-")) return false;
  read_the_year_at(s, the, out);
  return true;
}

bool read_the_year_earlier(const ScanText& s, std::size_t the, LongestCandidate& out) {
  if (!s.word(the + 1, "year") || !s.punct(the + 2, "-") || !s.attached(the + 2)) return false;
  read_year_earlier(s, the, the + 1, out);
  return true;
}

}  // namespace newsindex
