#include "day_references.h"

namespace newsindex {

void recognise_day_word(const ScanText& s, std::size_t i, LongestCandidate& out) {
  const Lex k = s.kind(i);
  if (k == Lex::Tonight) {
    TimexCandidate c = make_candidate(i, i + 1, TimexType::Time, Anchor::Offset);
    c.unit = calendar::Granularity::Day;
    c.part_of_day = "NI";
    out.consider(c);
    return;
  }
  if (k != Lex::Today && k != Lex::Yesterday && k != Lex::Tomorrow) return;
  // "today's" is mostly adjectival ("today's market") and left untagged.
  if (k == Lex::Today && s.fold(i) != "today") return;
  TimexCandidate c = make_candidate(i, i + 1, TimexType::Date, Anchor::Offset);
  c.offset = k == Lex::Today ? 0 : k == Lex::Yesterday ? -1 : 1;
  c.unit = calendar::Granularity::Day;
  // "the day before yesterday", "the day after tomorrow": one day further.
  if (k != Lex::Today && i >= 3 && !s.fold(i).ends_with("'s") && s.is(i - 3, Lex::The) &&
      s.is_singular_unit(i - 2, DurationUnit::Day) &&
      s.word(i - 1, k == Lex::Yesterday ? "before" : "after")) {
    c.first_token = i - 3;
    c.offset *= 2;
  }
  out.consider(c);
}

void recognise_mid_part_of_day(const ScanText& s, std::size_t i, LongestCandidate& out) {
  if (!s.is(i, Lex::Mid)) return;
  std::size_t j = i + 1;
  if (s.punct(j, "-") && s.attached(j) && s.attached(j + 1)) ++j;
  if (!s.is(j, Lex::PartOfDay) || s.lex_value(j) == 3 || s.lex(j)->plural) return;
  TimexCandidate c = make_candidate(i, j + 1, TimexType::Time, Anchor::Offset);
  c.unit = calendar::Granularity::Day;
  c.part_of_day = s.part_of_day_code(j);
  if (s.is(j + 1, Lex::Yesterday) || s.is(j + 1, Lex::Tomorrow) ||
      (s.is(j + 1, Lex::Today) && s.word(j + 1, "today"))) {
    c.offset = s.is(j + 1, Lex::Yesterday) ? -1 : s.is(j + 1, Lex::Tomorrow) ? 1 : 0;
    c.end_token = j + 2;
  }
  out.consider(c);
}

}  // namespace newsindex
