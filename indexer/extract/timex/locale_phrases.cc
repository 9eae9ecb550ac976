#include "locale_phrases.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace newsindex {
namespace {

// The words of `words` from token j on; returns the end token, or nothing when one differs.
std::optional<std::size_t> match_words(const ScanText& s, std::size_t j,
                                       const std::vector<std::string>& words) {
  for (const std::string& w : words) {
    if (j >= s.size() || s.fold(j) != w) return std::nullopt;
    ++j;
  }
  return j;
}

TimexCandidate phrase_candidate(const RelativePhrase& p, std::size_t i, std::size_t end) {
  if (p.present) return make_literal(i, end, TimexType::Date, "PRESENT_REF");
  if (p.weekday != 0) {
    TimexCandidate c = make_candidate(i, end, TimexType::Date, Anchor::Weekday);
    c.weekday = p.weekday;
    c.direction = p.offset < 0   ? Direction::Past
                  : p.offset > 0 ? Direction::Future
                                 : Direction::ByTense;
    return c;
  }
  TimexCandidate c = make_candidate(i, end, TimexType::Date, Anchor::Offset);
  c.unit = p.unit;
  c.offset = p.offset;
  return c;
}

}  // namespace

void recognise_locale_phrase(const ScanText& s, std::size_t i, LongestCandidate& out) {
  if (s.token(i).kind != TokenKind::Word) return;
  const auto* ids = s.vocabulary().phrases_starting_with(s.fold(i));
  if (ids == nullptr) return;
  for (const std::uint16_t id : *ids) {
    const RelativePhrase& p = s.vocabulary().phrases()[id];
    if (const auto end = match_words(s, i, p.words)) out.consider(phrase_candidate(p, i, *end));
  }
}

void recognise_number_template(const ScanText& s, std::size_t i, LongestCandidate& out) {
  for (const RelativeNumberTemplate& t : s.vocabulary().number_templates()) {
    const auto number = match_words(s, i, t.before);
    if (!number || !s.plain_number(*number, 1, 3) || s.chained_left(*number) ||
        s.chained_right(*number + 1))
      continue;
    const long count = s.token(*number).number;
    const auto end = match_words(s, *number + 1, t.after);
    // Hour templates are left out: they name a time span from now, not a date.
    if (!end || t.hours) continue;
    TimexCandidate c = make_candidate(i, *end, TimexType::Date, Anchor::Offset);
    c.unit = t.unit;
    c.offset = t.sign * count;
    out.consider(c);
  }
}

}  // namespace newsindex
