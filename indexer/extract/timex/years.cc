#include "years.h"

#include <algorithm>
#include <iterator>
#include <optional>

#include "date_fields.h"
#include "year_support.h"

namespace newsindex {
namespace {

using calendar::Granularity;

// Words after a number that show it counts something rather than naming a year.
bool is_quantity_word(std::string_view f) {
  static constexpr std::string_view kWords[] = {
      "percent", "pct",    "per",    "dlrs",    "dollars",    "mln",   "million", "billion",
      "bln",     "tonnes", "tons",   "shares",  "barrels",    "euros", "yen",     "pounds",
      "people",  "points", "francs", "marks",   "kilometres", "miles", "feet",    "metres",
      "meters",  "units",  "jobs",   "workers", "troops",     "cars"};
  return std::find(std::begin(kWords), std::end(kWords), f) != std::end(kWords);
}

// "1990s", "the '80s", "the 80s".
void read_decade(const ScanText& s, std::size_t i, LongestCandidate& out) {
  const Token& t = s.token(i);
  if (t.digits == 4 && t.number >= 1000 && t.number % 10 == 0) {
    TimexCandidate c = make_candidate(i, i + 1, TimexType::Date, Anchor::Absolute);
    c.year = static_cast<int>(t.number);
    // "the 1800s", "the early 1900s": a century; "the 2000s" is read as the decade it mostly is.
    c.unit = t.number % 100 == 0 && t.number < 2000 ? Granularity::Century : Granularity::Decade;
    if (i > 0 && s.is(i - 1, Lex::The)) c.first_token = i - 1;
    out.consider(c);
    return;
  }
  if (t.digits == 2 && t.number % 10 == 0) {
    const bool apostrophe = i > 0 && (s.punct(i - 1, "'")) && s.attached(i);
    const bool the = i > 0 && s.is(i - 1, Lex::The);
    if (!apostrophe && !the) return;
    TimexCandidate c =
        make_candidate(apostrophe ? i - 1 : i, i + 1, TimexType::Date, Anchor::Decade);
    c.part = static_cast<int>(t.number / 10);
    if (apostrophe && i > 1 && s.is(i - 2, Lex::The)) c.first_token = i - 2;
    if (!apostrophe && the) c.first_token = i - 1;
    out.consider(c);
  }
}

// "the 20th century".
bool read_century(const ScanText& s, std::size_t i, LongestCandidate& out) {
  const std::string_view suffix = s.number_suffix(i);
  if (!((suffix == "th" || suffix == "st" || suffix == "nd" || suffix == "rd") &&
        s.token(i).digits <= 2 && s.token(i).number >= 1 &&
        s.is_singular_unit(i + 1, DurationUnit::Century)))
    return false;
  TimexCandidate c = make_candidate(i, i + 2, TimexType::Date, Anchor::Absolute);
  c.year = static_cast<int>((s.token(i).number - 1) * 100);
  c.unit = Granularity::Century;
  if (i > 0 && s.is(i - 1, Lex::The)) c.first_token = i - 1;
  out.consider(c);
  return true;
}

// A word before a number that makes it a year: "in 1990", "since 2001", "mid-1990".
[[nodiscard]] bool year_context_before(const ScanText& s, std::size_t i) {
  if (i == 0) return false;
  const std::size_t p = i - 1;
  if (s.in_list(p, s.grammar().year_introducers)) return true;
  const Lex k = s.kind(p);
  return k == Lex::In || k == Lex::Of || k == Lex::During || k == Lex::Early || k == Lex::Late ||
         k == Lex::Mid || k == Lex::Fiscal || k == Lex::Before || k == Lex::After ||
         k == Lex::The || k == Lex::To || k == Lex::Or || k == Lex::And || s.word(p, "since") ||
         s.word(p, "until") || s.word(p, "by") || s.word(p, "from") || s.word(p, "through") ||
         s.word(p, "between") || s.word(p, "year") ||
         (s.punct(p, "-") && s.attached(i) && i >= 2 && s.is(i - 2, Lex::Mid));
}

// Without a word that introduces a year, a number of 1900..2100 is trusted unless what follows
// shows it counts things.
bool bare_year_trusted(const ScanText& s, std::size_t i, int y) {
  if (y < 1900 || y > 2100) return false;
  if (!s.vocabulary().is_english()) {
    // Outside English only a year followed by punctuation, a line end or
    // nothing at all is trusted without a preposition.
    return !(i + 1 < s.size() && s.token(i + 1).kind != TokenKind::Punct &&
             !s.token(i + 1).paragraph_before);
  }
  if (i + 1 < s.size() && s.token(i + 1).kind == TokenKind::Word && !s.token(i + 1).capitalised) {
    const std::string_view next = s.fold(i + 1);
    // "2000 people": a plural noun right after a bare number counts things.
    if (next.size() > 3 && next.back() == 's' && s.lex(i + 1) == nullptr) return false;
  }
  return true;
}

void read_year(const ScanText& s, std::size_t i, LongestCandidate& out) {
  if (!s.plain_number(i, 4, 4) || s.chained_left(i) || s.chained_right(i + 1) ||
      s.after_currency(i))
    return;
  const auto y = static_cast<int>(s.token(i).number);
  if (y < 1000 || y > 2200) return;
  if (clock_not_year(s, i)) return;  // "at 2100 EST", "from 1800 to 2100 local time"
  if (i + 1 < s.size() && (s.punct(i + 1, "%") || is_quantity_word(s.fold(i + 1)))) return;
  if (s.is(i + 1, Lex::Unit) || (s.punct(i + 1, "-") && s.is(i + 2, Lex::Unit)))
    return;                                 // "a 2000 year old tradition"
  if (i > 0 && s.is_number(i - 1)) return;  // digit groups of a phone number
  const bool follower = s.in_list(i + 1, s.grammar().year_followers);
  if (!(year_context_before(s, i) || follower) && !bare_year_trusted(s, i, y)) return;
  TimexCandidate c = make_candidate(i, i + 1, TimexType::Date, Anchor::Absolute);
  c.year = y;
  c.unit = Granularity::Year;
  if (follower) c.end_token = i + 2;
  // "the 1300 block", "points to 1854", "total 2003 22433": a year only near the publication date.
  c.weak_year = !(follower || year_named_by_context(s, i)) || table_figure(s, i);
  out.consider(c);
}

// "in '82", "the class of '68", "the '94 season": a year whose century is left out, after a word
// that introduces a year. Not in quoted speech ("''60 Minutes''", "'60s").
void read_two_digit_year(const ScanText& s, std::size_t i, LongestCandidate& out) {
  const Token& t = s.token(i);
  if (t.digits != 2 || i < 2 || !s.punct(i - 1, "'") || !s.attached(i)) return;
  const std::size_t apostrophe = i - 1;
  if (s.attached(apostrophe) || s.punct(apostrophe - 1, "'") ||
      !year_context_before(s, apostrophe)) {
    return;
  }
  TimexCandidate c = make_candidate(apostrophe, i + 1, TimexType::Date, Anchor::Decade);
  c.unit = Granularity::Year;  // a year of the decade's century, not a decade
  c.part = static_cast<int>(t.number);
  out.consider(c);
}

// "1957-58", "the 1989/90 season", "1990-1995": a year, a dash or slash and a later year
// within fifty, all glued together, name both years (a season, a fiscal year, a span). Gives the
// second year when the tokens from i make such a range.
[[nodiscard]] std::optional<int> year_range_end(const ScanText& s, std::size_t i) {
  if (!s.plain_number(i, 4, 4) || s.chained_left(i) || s.after_currency(i)) return std::nullopt;
  const auto first = static_cast<int>(s.token(i).number);
  const std::size_t mark = i + 1, j = i + 2;
  if (first < 1800 || first > 2100 || !s.attached(mark) || !s.attached(j) ||
      !(s.punct(mark, "-") || s.punct(mark, "/") || s.punct(mark, "\xE2\x80\x93")) ||
      s.chained_right(j + 1))
    return std::nullopt;
  int second = 0;
  if (s.plain_number(j, 2, 2)) {
    second = first / 100 * 100 + static_cast<int>(s.token(j).number);
    if (second <= first && first % 100 == 99 && second % 100 == 0) second += 100;  // "1999-00"
  } else if (s.plain_number(j, 4, 4)) {
    second = static_cast<int>(s.token(j).number);
  } else {
    return std::nullopt;
  }
  if (second <= first || second - first > 50) return std::nullopt;
  return second;
}

bool read_year_range(const ScanText& s, std::size_t i, LongestCandidate& out) {
  int year = 0;
  if (year_range_end(s, i)) {
    year = static_cast<int>(s.token(i).number);
  } else if (i >= 2) {
    const auto ended = year_range_end(s, i - 2);
    if (!ended) return false;
    year = *ended;
  } else {
    return false;
  }
  TimexCandidate c = make_candidate(i, i + 1, TimexType::Date, Anchor::Absolute);
  c.year = year;
  c.unit = Granularity::Year;
  out.consider(c);
  return true;
}

}  // namespace

void recognise_year(const ScanText& s, std::size_t i, LongestCandidate& out) {
  if (!s.is_number(i)) return;
  if (read_year_range(s, i, out)) return;
  const Token& t = s.token(i);
  if (s.number_suffix(i) == "s" && (t.digits == 4 || t.digits == 2) && !s.chained_left(i) &&
      !s.after_currency(i)) {
    read_decade(s, i, out);
    return;
  }
  // "the 1980's", "in the 80's": the decade spelled with an apostrophe before its "s".
  if (s.number_suffix(i).empty() && (t.digits == 4 || t.digits == 2) && s.punct(i + 1, "'") &&
      s.attached(i + 1) && s.word(i + 2, "s") && s.attached(i + 2) && !s.chained_left(i) &&
      !s.after_currency(i)) {
    LongestCandidate decade;
    read_decade(s, i, decade);
    if (decade.found()) {
      TimexCandidate c = decade.best();
      c.end_token = i + 3;
      out.consider(c);
      return;
    }
  }
  if (read_century(s, i, out)) return;
  read_two_digit_year(s, i, out);
  read_year(s, i, out);
}

void recognise_spelled_year(const ScanText& s, std::size_t i, LongestCandidate& out) {
  const auto y = spelled_year_at(s, i);
  if (!y) return;
  TimexCandidate c = make_candidate(i, y->end, TimexType::Date, Anchor::Absolute);
  c.year = y->year;
  c.unit = Granularity::Year;
  out.consider(c);
}

bool read_the_decade_word(const ScanText& s, std::size_t the, LongestCandidate& out) {
  if (!s.is(the + 1, Lex::DecadeWord)) return false;
  TimexCandidate c = make_candidate(the, the + 2, TimexType::Date, Anchor::Decade);
  c.part = s.lex_value(the + 1);
  out.consider(c);
  return true;
}

}  // namespace newsindex
