#include "year_support.h"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace newsindex {
namespace {

// Four digits that read as hours and minutes: "0900", "1530", "2100".
bool clock_shaped(const ScanText& s, std::size_t i) {
  if (!s.plain_number(i, 4, 4) || s.chained_left(i) || s.chained_right(i + 1)) return false;
  const auto n = s.token(i).number;
  const auto hour = n / 100, minute = n % 100;
  return minute <= 59 && (hour <= 23 || (hour == 24 && minute == 0));
}

struct ClockWord {
  std::size_t end = 0;
  bool utc = false;
};

// "EST", "GMT", "hrs", "local time", "o'clock", "Central Time", "Eastern Standard Time" at j.
std::optional<ClockWord> clock_word_at(const ScanText& s, std::size_t j) {
  if (j >= s.size()) return std::nullopt;
  if (s.is(j, Lex::TimeZone)) return ClockWord{j + 1, s.lex_value(j) == 1};
  if (s.word(j, "hrs")) {  // "1500 hrs EST"
    if (s.is(j + 1, Lex::TimeZone)) return ClockWord{j + 2, s.lex_value(j + 1) == 1};
    return ClockWord{j + 1};
  }
  if (s.is(j, Lex::OClock) || s.word(j, "oclock")) return ClockWord{j + 1};
  // "local time", "London time", "Central Standard Time", "local Chicago time", "Eastern
  // Australia time": one or two zone words before "time".
  for (std::size_t k = j; k < j + 2 && k < s.size(); ++k) {
    if (!(s.token(k).kind == TokenKind::Word &&
          (s.token(k).capitalised || s.word(k, "local") || s.word(k, "standard") ||
           s.word(k, "daylight") || s.word(k, "summer"))))
      return std::nullopt;
    if (s.word(k + 1, "time")) return ClockWord{k + 2};
  }
  return std::nullopt;
}

// "to", "and", "until", "-" between the two ends of a range.
bool range_connector(const ScanText& s, std::size_t j) {
  if (j >= s.size()) return false;
  return s.is(j, Lex::To) || s.is(j, Lex::And) || s.word(j, "until") || s.word(j, "till") ||
         s.word(j, "through") || (s.punct(j, "-") && !s.attached(j)) || s.punct(j, "\xE2\x80\x93");
}

// Four digits from 1000 to 2999 standing alone.
bool year_shaped(const ScanText& s, std::size_t i) {
  return s.plain_number(i, 4, 4) && s.token(i).number >= 1000 && s.token(i).number <= 2999 &&
         !s.chained_left(i) && !s.chained_right(i + 1);
}

// Words that name the number after them as a year wherever it falls.
bool naming_word(const ScanText& s, std::size_t p) {
  static constexpr std::string_view kWords[] = {
      "since", "until", "till",  "through", "throughout", "by",      "circa",
      "due",   "year",  "years", "mature",  "matures",    "matured", "maturing"};
  const Lex k = s.kind(p);
  if (k == Lex::In || k == Lex::During || k == Lex::Fiscal) return true;
  if (p >= s.size()) return false;
  const std::string_view f = s.fold(p);
  return std::find(std::begin(kWords), std::end(kWords), f) != std::end(kWords);
}

// The number before j ends its phrase: punctuation, a line end or a small word follows ("the war
// of 1812 and", "bonds of 2016.", "the wars of 1776 but"), not a noun ("of 1800 men", "of 1700
// Jackson street").
bool closes_phrase(const ScanText& s, std::size_t j) {
  // A line break alone closes nothing: scanned columns break lines mid-phrase ("of 1465\nThird
  // Avenue").
  if (j >= s.size() || s.token(j).kind == TokenKind::Punct) return true;
  if (s.token(j).kind != TokenKind::Word) return false;
  const Lex k = s.kind(j);
  if (k == Lex::And || k == Lex::Or || k == Lex::To || k == Lex::In || k == Lex::On ||
      k == Lex::At || k == Lex::Of || k == Lex::During || k == Lex::Before || k == Lex::After)
    return true;
  static constexpr std::string_view kWords[] = {"but", "when",  "which", "that", "with", "as",
                                                "if",  "while", "for",   "from", "by",   "until"};
  const std::string_view f = s.fold(j);
  return std::find(std::begin(kWords), std::end(kWords), f) != std::end(kWords);
}

// "between 1767 and 1770", "from 2011 to 2017": a range of years, not of hours ("from 1100 to
// 1300"), prices ("from 1590 to $505") or an address ("from 2035 South Main").
bool year_range(const ScanText& s, std::size_t i);

// "from 1100 to 1300", "between 0720 and 1515": both ends read as hours and minutes, on the
// quarter hour or with a leading zero ("from 2011 to 2017" is a range of years).
bool clock_range(const ScanText& s, std::size_t i) {
  if (!(clock_shaped(s, i) && range_connector(s, i + 1) && clock_shaped(s, i + 2))) return false;
  const auto a = s.token(i).number, b = s.token(i + 2).number;
  return a < 1000 || b < 1000 || (a % 100 % 15 == 0 && b % 100 % 15 == 0);
}

bool year_range(const ScanText& s, std::size_t i) {
  return range_connector(s, i + 1) && year_shaped(s, i + 2) && !clock_range(s, i);
}

// Words of a loan and its maturity: "bonds of 2016", "the 2011 maturity", "1999 tap stock".
bool debt_word(const ScanText& s, std::size_t j) {
  static constexpr std::string_view kWords[] = {
      "bond",       "bonds", "note",    "notes",     "debenture", "debentures", "stock",
      "gilt",       "gilts", "loan",    "loans",     "tranche",   "tranches",   "maturity",
      "maturities", "pct",   "percent", "exchequer", "treasury",  "tap"};
  if (j >= s.size() || s.token(j).kind != TokenKind::Word) return false;
  const std::string_view f = s.fold(j);
  return std::find(std::begin(kWords), std::end(kWords), f) != std::end(kWords);
}

// "a new high of 1757", "a closing figure of 1841", "a level of 2050": an index or a price.
bool level_before_of(const ScanText& s, std::size_t of) {
  static constexpr std::string_view kWords[] = {"high",  "low",  "level",  "levels", "figure",
                                                "total", "peak", "record", "close"};
  if (of == 0 || s.token(of - 1).kind != TokenKind::Word) return false;
  const std::string_view f = s.fold(of - 1);
  return std::find(std::begin(kWords), std::end(kWords), f) != std::end(kWords);
}

// "bonds of 2016", "the 9-1/2 pct of 2001", "12s of 2013": the year a loan matures.
bool debt_before_of(const ScanText& s, std::size_t of) {
  if (of == 0) return false;
  const std::size_t p = of - 1;
  return debt_word(s, p) || (s.is_number(p) && s.number_suffix(p) == "s");
}

// "2002 stock", "1999 tap stock", "1999 variable-rate stock", "the 2011 maturity".
bool debt_after(const ScanText& s, std::size_t i) {
  for (std::size_t j = i + 1; j < s.size() && j <= i + 4; ++j) {
    if (s.token(j).paragraph_before) return false;
    if (debt_word(s, j)) return s.fold(j) != "pct" && s.fold(j) != "percent";
    if (s.token(j).kind != TokenKind::Word && !s.punct(j, "-")) return false;
  }
  return false;
}

}  // namespace

std::optional<ClockTime> four_digit_clock_time(const ScanText& s, std::size_t i) {
  if (!clock_shaped(s, i)) return std::nullopt;
  const auto n = static_cast<int>(s.token(i).number);
  ClockTime t{n / 100, n % 100, i + 1, false};
  if (const auto w = clock_word_at(s, i + 1)) {
    t.end = w->end;
    t.utc = w->utc;
    return t;
  }
  // "from 1800 to 2100 local time": the first end of a range whose second end has the zone;
  // "until 1500 (1400 GMT)": the same time restated in another zone.
  if ((range_connector(s, i + 1) || s.punct(i + 1, "(")) && clock_shaped(s, i + 2) &&
      clock_word_at(s, i + 3))
    return t;
  return std::nullopt;
}

bool clock_not_year(const ScanText& s, std::size_t i) {
  if (four_digit_clock_time(s, i)) return true;
  if (!clock_shaped(s, i) || i == 0) return false;
  // "at 2100", "at around 1030": a time of day.
  return s.is(i - 1, Lex::At) || (i >= 2 && s.is(i - 1, Lex::Approx) && s.is(i - 2, Lex::At));
}

bool year_named_by_context(const ScanText& s, std::size_t i) {
  if (i == 0) return false;
  const std::size_t p = i - 1;
  // "mid-1990", "early-1987".
  if (s.punct(p, "-") && s.attached(p) && s.attached(i) && i >= 2 &&
      (s.is(i - 2, Lex::Mid) || s.is(i - 2, Lex::Early) || s.is(i - 2, Lex::Late)))
    return true;
  if (!s.vocabulary().is_english()) {
    // "di 1789", "de 1975" are "of"; the other words that introduce a year name it.
    if (s.in_list(p, s.grammar().date_connectors)) return closes_phrase(s, i + 1);
    return s.in_list(p, s.grammar().year_introducers);
  }
  if (naming_word(s, p) || debt_after(s, i)) return true;
  const Lex k = s.kind(p);
  // "after 1999", "before 1776"; "after 1530" is a time of day.
  if (k == Lex::Before || k == Lex::After) return !clock_shaped(s, i);
  // "in mid 1987", "by early 1988"; a bare "mid 2200" may be a level ("the mid 2200 area").
  if (k == Lex::Mid || k == Lex::Early || k == Lex::Late) return p > 0 && naming_word(s, p - 1);
  if (s.word(p, "between") || s.word(p, "from")) return year_range(s, i);
  if (k == Lex::Of)
    return debt_before_of(s, p) || (!level_before_of(s, p) && closes_phrase(s, i + 1));
  // The second year of a list or range: "1776 and 1812", "2004 to 2017", "1997, 1998".
  if ((range_connector(s, p) || k == Lex::Or || s.punct(p, ",")) && i >= 2 && year_shaped(s, i - 2))
    return year_named_by_context(s, i - 2);
  return false;
}

bool table_figure(const ScanText& s, std::size_t i) {
  const std::size_t j = i + 1;
  return j < s.size() && s.is_number(j) && !s.attached(j) && !s.token(j).paragraph_before;
}

bool few_words_on_line(const ScanText& s, std::size_t i, std::size_t words) {
  std::size_t first = i;
  while (first > 0 && !s.token(first).paragraph_before) --first;
  std::size_t seen = 0;
  for (std::size_t k = first; k < s.size() && (k == first || !s.token(k).paragraph_before); ++k)
    if (s.token(k).kind == TokenKind::Word && ++seen > words) return false;
  return true;
}

}  // namespace newsindex
