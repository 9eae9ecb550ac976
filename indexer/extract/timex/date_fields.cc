#include "date_fields.h"

#include "count_phrases.h"
#include "recogniser.h"
#include "year_support.h"

namespace newsindex {

std::optional<MonthAt> month_at(const ScanText& s, std::size_t i) {
  if (i >= s.size() || s.cal(i) == nullptr || s.cal(i)->month == 0) return std::nullopt;
  MonthAt m{s.cal(i)->month, i + 1, s.cal(i)->month_abbreviated};
  // "Oct." keeps its full stop; after "October" a full stop ends the sentence, not the name.
  if (m.abbreviated && s.punct(m.end, ".") && s.attached(m.end)) ++m.end;
  return m;
}

std::optional<unsigned> day_at(const ScanText& s, std::size_t i) {
  if (!s.is_number(i) || s.token(i).digits < 1 || s.token(i).digits > 2 || s.token(i).number < 1 ||
      s.token(i).number > 31)
    return std::nullopt;
  const std::string_view suffix = s.number_suffix(i);
  if (!(suffix.empty() || suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th" ||
        suffix == "er"))
    return std::nullopt;
  if (s.chained_left(i) && !s.punct(i - 1, ".")) return std::nullopt;
  if (s.chained_right(i + 1)) return std::nullopt;
  return static_cast<unsigned>(s.token(i).number);
}

std::optional<DayAt> spelled_day_at(const ScanText& s, std::size_t i) {
  if (i >= s.size() || s.token(i).kind != TokenKind::Word) return std::nullopt;
  int day = ordinal_at(s, i);
  std::size_t end = i + 1;
  if (day == 0 && s.is(i, Lex::Number) && (s.lex_value(i) == 20 || s.lex_value(i) == 30)) {
    std::size_t h = i + 1;
    if (s.punct(h, "-") && s.attached(h) && s.attached(h + 1)) ++h;
    const int ones = h < s.size() && s.token(h).kind == TokenKind::Word ? ordinal_at(s, h) : 0;
    if (ones < 1 || ones > 9) return std::nullopt;
    day = s.lex_value(i) + ones;
    end = h + 1;
  }
  if (day < 1 || day > 31) return std::nullopt;
  if (s.punct(end, "-") || s.is(end, Lex::Unit) || s.is(end, Lex::Half)) return std::nullopt;
  return DayAt{static_cast<unsigned>(day), end};
}

bool comparable_period_at(const ScanText& s, std::size_t the) {
  return s.is(the, Lex::The) &&
         (s.word(the + 1, "same") || s.word(the + 1, "corresponding") ||
          s.word(the + 1, "comparable")) &&
         (s.is(the + 2, Lex::Period) || s.is_singular_unit(the + 2, DurationUnit::Quarter));
}

std::optional<int> year_at(const ScanText& s, std::size_t i) {
  if (!s.plain_number(i, 4, 4) || s.chained_right(i + 1) || clock_not_year(s, i))
    return std::nullopt;
  const auto y = static_cast<int>(s.token(i).number);
  if (y < 1000 || y > 2999) return std::nullopt;
  return y;
}

std::size_t trailing_year(const ScanText& s, std::size_t k, int& year, std::size_t* year_token) {
  std::size_t j = k;
  if (s.punct(j, ",")) ++j;
  if (s.word(j, "of") || s.in_list(j, s.grammar().date_connectors)) ++j;
  const auto y = year_at(s, j);
  if (!y) return k;
  year = *y;
  if (year_token != nullptr) *year_token = j;
  ++j;
  if (s.in_list(j, s.grammar().year_followers)) {
    ++j;
    if (s.punct(j, ".") && s.attached(j) && j + 1 < s.size()) ++j;
  }
  return j;
}

bool weak_calendar_year(const ScanText& s, std::size_t name, bool abbreviated, std::size_t year) {
  if (year == 0 || s.punct(year - 1, ",") || s.word(year - 1, "of") ||
      s.in_list(year - 1, s.grammar().date_connectors))
    return false;
  // "APR 7\n1150 francs": a number starting the next line may be no part of the date.
  return abbreviated || s.token(year).paragraph_before || table_figure(s, year) ||
         few_words_on_line(s, name, 2);
}

std::optional<YearAt> spelled_year_at(const ScanText& s, std::size_t i) {
  if (!s.is(i, Lex::Number)) return std::nullopt;
  const int century = s.lex_value(i);
  if (century < 11 || century > 20) return std::nullopt;
  const auto rest = parse_count(s, i + 1);
  if (!rest || rest->vague || rest->article || s.is_number(i + 1) || rest->value < 10 ||
      rest->value > 99)
    return std::nullopt;
  if (s.is(rest->end, Lex::Unit)) return std::nullopt;  // "twenty thirty years" is no year
  return YearAt{century * 100 + static_cast<int>(rest->value), rest->end};
}

std::optional<YearAt> any_year_at(const ScanText& s, std::size_t i) {
  if (const auto y = year_at(s, i)) return YearAt{*y, i + 1};
  return spelled_year_at(s, i);
}

int ordinal_at(const ScanText& s, std::size_t i) {
  if (i >= s.size()) return 0;
  if (s.is(i, Lex::Ordinal)) return s.lex_value(i);
  if (s.word(i, "second")) return 2;
  if (s.is_number(i) && s.token(i).digits == 1) {
    const std::string_view suffix = s.number_suffix(i);
    if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th")
      return static_cast<int>(s.token(i).number);
  }
  return 0;
}

TimexCandidate date_candidate(std::size_t first, std::size_t end, int year, unsigned month,
                              unsigned day) {
  TimexCandidate c =
      make_candidate(first, end, TimexType::Date, year != 0 ? Anchor::Absolute : Anchor::Yearless);
  c.year = year;
  c.month = month;
  c.day = day;
  c.unit = day != 0 ? calendar::Granularity::Day : calendar::Granularity::Month;
  // February 29 is only checked once the year is known.
  if (day != 0 && !calendar::is_valid(year != 0 ? year : 2000, month, day)) {
    c.type = TimexType::Date;
    c.literal = "";
    c.anchor = Anchor::Literal;
  }
  return c;
}

}  // namespace newsindex
