#include "count_phrases.h"

namespace newsindex {
namespace {

std::optional<Count> digit_count(const ScanText& s, std::size_t i) {
  // "3-1/2 years": the count ends before the half, which the duration reads.
  if (s.plain_number(i, 1, 3) && !s.chained_left(i) && !s.after_currency(i) &&
      s.punct(i + 1, "-") && s.attached(i + 1) && s.attached(i + 2) && s.is_number(i + 2) &&
      s.token(i + 2).number == 1 && s.punct(i + 3, "/") && s.attached(i + 3) && s.attached(i + 4) &&
      s.is_number(i + 4) && s.token(i + 4).number == 2 && !s.chained_right(i + 5))
    return Count{s.token(i).number, i + 2, false, false};
  if (!s.plain_number(i, 1, 6) || s.chained_left(i) || s.chained_right(i + 1) ||
      s.after_currency(i)) {
    // Allow "30-year": a hyphen followed by a word is not a number chain.
    if (!(s.plain_number(i, 1, 6) && !s.chained_left(i) && !s.after_currency(i) &&
          s.punct(i + 1, "-") && i + 2 < s.size() && s.token(i + 2).kind == TokenKind::Word))
      return std::nullopt;
  }
  return Count{s.token(i).number, i + 1, false, false};
}

// "twenty-five", "twenty five", "five hundred".
Count number_word_count(const ScanText& s, std::size_t i) {
  long value = s.lex_value(i);
  std::size_t j = i + 1;
  if (value >= 20 && value <= 90 && value % 10 == 0) {
    std::size_t h = j;
    if (s.punct(h, "-") && s.attached(h)) ++h;
    if (s.is(h, Lex::Number) && s.lex_value(h) >= 1 && s.lex_value(h) <= 9) {
      value += s.lex_value(h);
      j = h + 1;
    }
  }
  if (s.is(j, Lex::Number) && (s.lex_value(j) == 100 || s.lex_value(j) == 1000) && value < 100) {
    value *= s.lex_value(j);
    ++j;
  }
  return Count{value, j, false, false};
}

}  // namespace

std::optional<Count> parse_count(const ScanText& s, std::size_t i) {
  if (i >= s.size()) return std::nullopt;
  if (s.is_number(i)) return digit_count(s, i);
  const Lex k = s.kind(i);
  if (k == Lex::Number) return number_word_count(s, i);
  // "the next couple of years": the article goes with "next".
  if (k == Lex::Couple && s.is(i + 1, Lex::Of) && i > 0 &&
      (s.is(i - 1, Lex::Next) || s.is(i - 1, Lex::Past) || s.is(i - 1, Lex::Last) ||
       s.is(i - 1, Lex::Coming)))
    return Count{2, i + 2, false, false};
  if (k == Lex::Article) {
    if (s.is(i + 1, Lex::Couple) && s.is(i + 2, Lex::Of)) return Count{2, i + 3, false, false};
    if (s.word(i + 1, "few")) return Count{-1, i + 2, true, false};
    if (s.is(i + 1, Lex::Number) &&
        (s.lex_value(i + 1) == 100 || s.lex_value(i + 1) == 1000 || s.lex_value(i + 1) == 12))
      return Count{s.lex_value(i + 1), i + 2, false, false};
    return Count{1, i + 1, false, true};
  }
  if (k == Lex::Vague) {
    if (s.word(i, "some") && (s.is_number(i + 1) || s.is(i + 1, Lex::Number))) return std::nullopt;
    std::size_t j = i + 1;
    if (s.word(i, "dozens") || s.word(i, "hundreds")) {
      if (!s.is(j, Lex::Of)) return std::nullopt;
      ++j;
    }
    return Count{-1, j, true, false};
  }
  return std::nullopt;
}

}  // namespace newsindex
