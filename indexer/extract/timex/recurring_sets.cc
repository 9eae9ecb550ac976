#include "recurring_sets.h"

#include <string>

#include "count_phrases.h"
#include "duration_spelling.h"

namespace newsindex {

void recognise_every(const ScanText& s, std::size_t i, LongestCandidate& out) {
  if (!s.is(i, Lex::Every) && !s.is(i, Lex::Each)) return;
  const std::size_t j = i + 1;
  if (s.is(j, Lex::Unit) && !s.lex(j)->plural) {
    out.consider(make_literal(i, j + 1, TimexType::Set, duration_value(1, s.lex(j)->unit)));
    return;
  }
  if (s.is_number(j) || s.is(j, Lex::Number)) {
    const auto count = parse_count(s, j);
    if (count && !count->vague && s.is(count->end, Lex::Unit) && s.lex(count->end)->plural) {
      out.consider(make_literal(i, count->end + 1, TimexType::Set,
                                duration_value(count->value, s.lex(count->end)->unit)));
    }
    return;
  }
  if (s.is_full_weekday(j)) {
    TimexCandidate c =
        make_literal(i, j + 1, TimexType::Set, "XXXX-WXX-" + std::to_string(s.cal(j)->weekday));
    if (s.is(j + 1, Lex::PartOfDay)) {
      c.literal += std::string("T") + s.part_of_day_code(j + 1);
      c.end_token = j + 2;
    }
    out.consider(c);
    return;
  }
  if (s.is_full_month(j)) {
    out.consider(
        make_literal(i, j + 1, TimexType::Set, "XXXX-" + calendar::two_digits(s.cal(j)->month)));
    return;
  }
  if (s.is(j, Lex::PartOfDay)) {
    out.consider(
        make_literal(i, j + 1, TimexType::Set, std::string("XXXX-XX-XXT") + s.part_of_day_code(j)));
  }
}

void recognise_set_adverb(const ScanText& s, std::size_t i, LongestCandidate& out) {
  if (!s.is(i, Lex::SetAdverb)) return;
  // "the Communist Party daily Granma", "the daily Le Monde", "LA Weekly": a newspaper.
  if (s.token(i).capitalised && i > 0 && s.token(i - 1).kind == TokenKind::Word &&
      s.token(i - 1).capitalised && !s.token(i).paragraph_before && s.lex(i - 1) == nullptr &&
      s.cal(i - 1) == nullptr)
    return;
  if (i + 1 < s.size() && s.token(i + 1).kind == TokenKind::Word && s.token(i + 1).capitalised &&
      s.token(i + 1).space_before && !s.token(i + 1).paragraph_before && s.lex(i + 1) == nullptr &&
      s.cal(i + 1) == nullptr)
    return;
  const auto unit = static_cast<DurationUnit>(s.lex_value(i));
  out.consider(make_literal(i, i + 1, TimexType::Set, duration_value(1, unit)));
}

}  // namespace newsindex
