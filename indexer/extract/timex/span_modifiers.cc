#include "span_modifiers.h"

#include <string_view>

#include "date_fields.h"

namespace newsindex {
namespace {

using calendar::Granularity;

// "early", "late", "mid-", "the end of", "fiscal" (before a year), "the" (before a decade or
// century), "this" (before "past" or "coming") before a date or time; returns whether c grew.
bool take_in_date_modifier(const ScanText& s, TimexCandidate& c, std::size_t floor) {
  const std::size_t p = c.first_token - 1;
  const Lex k = s.kind(p);
  if (k == Lex::Early || k == Lex::Late || k == Lex::Earlier || k == Lex::Later || k == Lex::Mid ||
      (k == Lex::Fiscal && c.anchor == Anchor::Absolute) || s.word(p, "around")) {
    c.first_token = p;
    return true;
  }
  // "mid-March", "late-November", "early-2009".
  if (s.punct(p, "-") && s.attached(c.first_token) && p > floor &&
      (s.is(p - 1, Lex::Mid) ||
       ((s.is(p - 1, Lex::Early) || s.is(p - 1, Lex::Late)) && s.attached(p)))) {
    c.first_token = p - 1;
    return true;
  }
  // "this past weekend", "this coming Sunday": the deictic read "past" or "coming" alone.
  if (k == Lex::This && (s.is(c.first_token, Lex::Past) || s.is(c.first_token, Lex::Coming))) {
    c.first_token = p;
    return true;
  }
  // "the same period a year earlier", "the comparable quarter a year ago".
  if (c.anchor == Anchor::YearEarlier && p >= floor + 2 && comparable_period_at(s, p - 2)) {
    c.first_token = p - 2;
    return true;
  }
  if (k == Lex::Of && p > floor &&
      (s.is(p - 1, Lex::End) || s.is(p - 1, Lex::Beginning) || s.is(p - 1, Lex::Middle))) {
    c.first_token = p - 1;
    if (p - 1 > floor && s.is(p - 2, Lex::The)) c.first_token = p - 2;
    return true;
  }
  if (k == Lex::The && (c.unit == Granularity::Decade || c.unit == Granularity::Century) &&
      c.anchor == Anchor::Absolute) {
    c.first_token = p;
    return true;
  }
  return false;
}

// A duration used as an adjective ("the 30-year bond", "the 14-day period", "the two day
// rally"): a count above one before a singular unit, or a hyphen before it. "the" then goes with
// the noun, not with the duration.
bool adjectival(const ScanText& s, const TimexCandidate& c) {
  const std::size_t u = c.end_token - 1;
  if (!s.is(u, Lex::Unit) || s.lex(u)->plural || u == c.first_token) return false;
  if (s.punct(u - 1, "-")) return true;
  return (s.is_number(u - 1) && s.token(u - 1).number > 1) ||
         (s.is(u - 1, Lex::Number) && s.lex_value(u - 1) > 1);
}

// "will last three days", "likely to last over a week": the verb, not the modifier of "the last
// three years". After "to", a modal or a negation, or before "over" or "about", "last" is a verb.
bool verb_last(const ScanText& s, std::size_t p) {
  if (!s.word(p, "last")) return false;
  if (s.is(p + 1, Lex::Over) || s.is(p + 1, Lex::Approx)) return true;
  if (p == 0) return false;
  static constexpr std::string_view kBefore[] = {
      "to",       "will",     "would", "could",  "can",   "may",    "might", "must",
      "should",   "shall",    "not",   "never",  "won't", "didn't", "don't", "doesn't",
      "wouldn't", "couldn't", "can't", "cannot", "did",   "does",   "do"};
  const std::string_view before = s.fold(p - 1);
  for (const std::string_view w : kBefore)
    if (before == w) return true;
  return false;
}

// "the", "past", "next", "about", "some", "another", "more than", "at least", "up to" before a
// duration; returns whether c grew.
bool take_in_duration_modifier(const ScanText& s, TimexCandidate& c, std::size_t floor) {
  const std::size_t p = c.first_token - 1;
  const Lex k = s.kind(p);
  if ((k == Lex::The && adjectival(s, c)) || verb_last(s, p)) return false;
  if (k == Lex::The || k == Lex::Past || k == Lex::Last || k == Lex::Next || k == Lex::Coming ||
      k == Lex::Previous || k == Lex::Following || k == Lex::Approx ||
      (k == Lex::Over && !s.is(p + 1, Lex::The)) || (k == Lex::Vague && s.word(p, "some")) ||
      (k == Lex::Ordinal && s.lex_value(p) == 1) || s.word(p, "another") || s.word(p, "final") ||
      s.word(p, "remaining")) {
    c.first_token = p;
    return true;
  }
  if (p > floor &&
      ((k == Lex::Than &&
        (s.word(p - 1, "more") || s.word(p - 1, "less") || s.word(p - 1, "fewer"))) ||
       (k == Lex::Least && s.is(p - 1, Lex::At)) || (k == Lex::To && s.is(p - 1, Lex::Up)))) {
    c.first_token = p - 1;
    return true;
  }
  return false;
}

}  // namespace

void take_in_left_modifiers(const ScanText& s, std::vector<TimexCandidate>& candidates) {
  std::size_t floor = 0;
  for (TimexCandidate& c : candidates) {
    const bool dated = c.type == TimexType::Date || c.type == TimexType::Time;
    const bool is_duration = c.type == TimexType::Duration;
    for (bool grew = true; grew && c.first_token > floor;) {
      if (dated && c.anchor != Anchor::Literal)
        grew = take_in_date_modifier(s, c, floor);
      else if (is_duration)
        grew = take_in_duration_modifier(s, c, floor);
      else
        grew = false;
    }
    floor = c.end_token;
  }
}

}  // namespace newsindex
