#include "seasons.h"

#include "date_fields.h"

namespace newsindex {

void recognise_season_with_year(const ScanText& s, std::size_t i, LongestCandidate& out) {
  if (!s.is(i, Lex::Season)) return;
  std::size_t j = i + 1;
  if (s.is(j, Lex::Of)) ++j;
  if (const auto y = any_year_at(s, j)) {
    TimexCandidate c = make_candidate(i, y->end, TimexType::Date, Anchor::Absolute);
    c.year = y->year;
    c.part = s.lex_value(i);
    c.unit = calendar::Granularity::Season;
    c.weak_year = weak_calendar_year(s, i, false, j);
    out.consider(c);
  }
}

void recognise_modified_season(const ScanText& s, std::size_t i, LongestCandidate& out) {
  const Lex k = s.kind(i);
  if (k != Lex::Mid && k != Lex::Early && k != Lex::Late) return;
  std::size_t j = i + 1;
  if (s.punct(j, "-") && s.attached(j) && s.attached(j + 1)) ++j;
  if (s.is(j, Lex::Season) && !s.word(j, "fall") && i > 0 && s.is(i - 1, Lex::The)) {
    TimexCandidate c = make_candidate(i - 1, j + 1, TimexType::Date, Anchor::Season);
    c.part = s.lex_value(j);
    c.direction = Direction::ByTense;
    out.consider(c);
  }
}

bool read_the_season(const ScanText& s, std::size_t the, LongestCandidate& out) {
  // "the fall" is mostly a decline ("the fall in prices"); "the autumn" is only the season.
  if (!s.is(the + 1, Lex::Season) || s.word(the + 1, "fall")) return false;
  TimexCandidate c = make_candidate(the, the + 2, TimexType::Date, Anchor::Season);
  c.part = s.lex_value(the + 1);
  c.direction = Direction::ByTense;
  std::size_t end = the + 2;
  int year = 0;
  if (s.is(end, Lex::Of)) {
    if (const auto y = any_year_at(s, end + 1)) {
      year = y->year;
      end = y->end;
    }
  }
  if (year != 0) {
    c.anchor = Anchor::Absolute;
    c.year = year;
    c.unit = calendar::Granularity::Season;
    c.end_token = end;
  }
  out.consider(c);
  return true;
}

}  // namespace newsindex
