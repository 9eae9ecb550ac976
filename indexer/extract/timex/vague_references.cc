#include "vague_references.h"

#include <algorithm>
#include <iterator>

#include "duration_spelling.h"

namespace newsindex {
namespace {

// "current market conditions", "its current wife": the present (TIMEX3
// PRESENT_REF). Not the accounting terms, not the noun ("ocean current"),
// not "current quarter/year" (resolved by the deictic rules).
void read_current(const ScanText& s, std::size_t i, LongestCandidate& out) {
  static constexpr std::string_view kTerms[] = {
      "account", "accounts", "assets",     "asset",      "liabilities", "liability", "ratio",
      "yield",   "yields",   "affairs",    "events",     "coupon",      "dollars",   "prices",
      "price",   "cost",     "costs",      "value",      "values",      "rate",      "rates",
      "issue",   "income",   "operations", "production", "output",      "levels",    "level"};
  if (i + 1 >= s.size() || s.token(i + 1).kind != TokenKind::Word || s.token(i + 1).capitalised ||
      !s.token(i + 1).space_before || s.lex(i + 1) != nullptr || s.cal(i + 1) != nullptr ||
      (i > 0 && s.punct(i - 1, "-")))
    return;
  if (std::find(std::begin(kTerms), std::end(kTerms), s.fold(i + 1)) != std::end(kTerms)) return;
  const bool then = i > 0 && s.word(i - 1, "then");
  out.consider(
      make_literal(then ? i - 1 : i, i + 1, TimexType::Date, then ? "PAST_REF" : "PRESENT_REF"));
}

// "recent years": the past; "recent weeks": some weeks.
void read_recent(const ScanText& s, std::size_t i, LongestCandidate& out) {
  if (!s.is(i + 1, Lex::Unit) || !s.lex(i + 1)->plural) return;
  const DurationUnit u = s.lex(i + 1)->unit;
  if (u == DurationUnit::Year || u == DurationUnit::Decade)
    out.consider(make_literal(i, i + 2, TimexType::Date, "PAST_REF"));
  else
    out.consider(make_literal(i, i + 2, TimexType::Duration, duration_value(-1, u)));
}

// "Now, he says, ...", "Now, following the sale, ...": a sentence opening with "Now" and a comma
// turns to the next point of the story rather than naming the present.
bool opens_sentence_as_connective(const ScanText& s, std::size_t i) {
  if (!s.punct(i + 1, ",")) return false;
  std::size_t p = i;
  while (p > 0 && s.token(p - 1).kind == TokenKind::Punct &&
         (s.punct(p - 1, "\"") || s.punct(p - 1, "``") || s.punct(p - 1, "'") ||
          s.punct(p - 1, "\xE2\x80\x9C")) &&
         !s.token(p).paragraph_before)
    --p;
  return p == 0 || s.token(p).paragraph_before || s.punct(p - 1, ".") || s.punct(p - 1, "!") ||
         s.punct(p - 1, "?");
}

}  // namespace

void recognise_vague_word(const ScanText& s, std::size_t i, LongestCandidate& out) {
  switch (s.kind(i)) {
    case Lex::PresentRef:
      if (s.word(i, "now") && (s.punct(i + 1, "-") && s.attached(i + 1))) return;  // "now-defunct"
      if (s.word(i, "now") && opens_sentence_as_connective(s, i)) return;
      out.consider(make_literal(i > 0 && s.word(i - 1, "right") ? i - 1 : i, i + 1, TimexType::Date,
                                "PRESENT_REF"));
      return;
    case Lex::PastRef:
      out.consider(make_literal(i, i + 1, TimexType::Date, "PAST_REF"));
      return;
    case Lex::FutureRef:
      out.consider(make_literal(i, i + 1, TimexType::Date, "FUTURE_REF"));
      return;
    case Lex::Recent:
      read_recent(s, i, out);
      return;
    case Lex::Current:
      read_current(s, i, out);
      return;
    case Lex::Present:
      if (i > 0 && s.is(i - 1, Lex::At))
        out.consider(make_literal(i - 1, i + 1, TimexType::Date, "PRESENT_REF"));
      return;
    case Lex::Later:
      if (i > 0 && s.word(i - 1, "a") && s.word(i + 1, "date"))
        out.consider(make_literal(i - 1, i + 2, TimexType::Date, "FUTURE_REF"));
      return;
    default:
      return;
  }
}

void recognise_unknown_amount(const ScanText& s, std::size_t i, LongestCandidate& out) {
  if (!s.is(i, Lex::Unit) || !s.lex(i)->plural) return;
  const DurationUnit u = s.lex(i)->unit;
  // "over the years", "over the decades", "over the months": a stretch of unsaid length.
  if ((u == DurationUnit::Year || u == DurationUnit::Decade || u == DurationUnit::Century ||
       u == DurationUnit::Month || u == DurationUnit::Week) &&
      i >= 2 && s.is(i - 1, Lex::The) && s.is(i - 2, Lex::Over))
    out.consider(make_literal(i - 1, i + 1, TimexType::Duration, duration_value(-1, u)));
  if (u == DurationUnit::Year && i >= 2 && s.is(i - 1, Lex::Past) &&
      (s.is(i - 2, Lex::In) || s.word(i - 2, "for")))
    out.consider(make_literal(i - 1, i + 1, TimexType::Date, "PAST_REF"));
  // "for centuries", "sold out in minutes", "the first rise in years": an amount left unsaid.
  if (i > 0 && (s.word(i - 1, "for") || s.is(i - 1, Lex::Within) || s.is(i - 1, Lex::In)) &&
      !s.is(i + 1, Lex::Of) && !s.is(i + 1, Lex::Ago) && !s.is(i + 1, Lex::Earlier) &&
      !s.is(i + 1, Lex::Later) && !s.punct(i + 1, "-")) {
    if (u == DurationUnit::Day || u == DurationUnit::Week || u == DurationUnit::Month ||
        u == DurationUnit::Year || u == DurationUnit::Decade || u == DurationUnit::Century ||
        u == DurationUnit::Hour || u == DurationUnit::Minute)
      out.consider(make_literal(i, i + 1, TimexType::Duration, duration_value(-1, u)));
  }
}

void recognise_these_days(const ScanText& s, std::size_t i, LongestCandidate& out) {
  if (s.word(i, "these") && s.is(i + 1, Lex::Unit) && s.lex(i + 1)->unit == DurationUnit::Day &&
      s.lex(i + 1)->plural)
    out.consider(make_literal(i, i + 2, TimexType::Date, "PRESENT_REF"));
}

bool read_the_vague_reference(const ScanText& s, std::size_t the, LongestCandidate& out) {
  const std::size_t i = the;
  const Lex n1 = s.kind(i + 1);
  if (n1 == Lex::Future) {
    // "the future of the alliance": what becomes of it, not a time.
    if (!s.is(i + 2, Lex::Of)) out.consider(make_literal(i, i + 2, TimexType::Date, "FUTURE_REF"));
  } else if ((s.word(i + 1, "near") || s.word(i + 1, "distant") || s.word(i + 1, "foreseeable")) &&
             s.is(i + 2, Lex::Future)) {
    out.consider(make_literal(i, i + 3, TimexType::Date, "FUTURE_REF"));
  } else if ((s.word(i + 1, "near") || s.word(i + 1, "short")) && s.word(i + 2, "term")) {
    out.consider(make_literal(i, i + 3, TimexType::Date, "FUTURE_REF"));  // "in the near term"
  } else if (n1 == Lex::Past) {
    // "the past two years" is left to the duration rules, which take "the past" in, and "the
    // past year" to the deictic rules.
    const Lex n2 = s.kind(i + 2);
    if (n2 == Lex::Unit && !s.lex(i + 2)->plural) return false;
    if (n2 == Lex::None || n2 == Lex::And || n2 == Lex::Or || n2 == Lex::Of || n2 == Lex::PastRef)
      if (!s.is_number(i + 2)) out.consider(make_literal(i, i + 2, TimexType::Date, "PAST_REF"));
  } else if (n1 == Lex::Present && !s.is(i + 2, Lex::Unit)) {
    out.consider(make_literal(i, i + 2, TimexType::Date, "PRESENT_REF"));
  } else if (n1 == Lex::Unit && s.lex(i + 1)->plural && s.word(i + 2, "ahead") &&
             !s.word(i + 3, "of")) {
    // "in the weeks ahead", "the years ahead": a stretch of unsaid length from now on ("the days
    // ahead of the vote" are before it).
    out.consider(
        make_literal(i, i + 3, TimexType::Duration, duration_value(-1, s.lex(i + 1)->unit)));
  } else {
    return false;
  }
  return true;
}

}  // namespace newsindex
