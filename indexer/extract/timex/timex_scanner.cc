#include "timex_scanner.h"

#include <algorithm>
#include <optional>
#include <string>

#include "english_lexicon.h"

namespace newsindex {
namespace {

using calendar::Granularity;

constexpr const char* kPartOfDayCodes[] = {"MO", "AF", "EV", "NI"};

Granularity granularity_of(DurationUnit u) {
  switch (u) {
    case DurationUnit::Week:
    case DurationUnit::Fortnight:
      return Granularity::Week;
    case DurationUnit::Weekend:
      return Granularity::Weekend;
    case DurationUnit::Month:
      return Granularity::Month;
    case DurationUnit::Quarter:
      return Granularity::Quarter;
    case DurationUnit::Year:
    case DurationUnit::Decade:
    case DurationUnit::Century:
      return Granularity::Year;
    default:
      return Granularity::Day;
  }
}

// Offsets in "N decades ago" are counted in years so the value stays a year.
long unit_multiplier(DurationUnit u) {
  switch (u) {
    case DurationUnit::Fortnight:
      return 2;
    case DurationUnit::Decade:
      return 10;
    case DurationUnit::Century:
      return 100;
    default:
      return 1;
  }
}

// TIMEX3 duration spelling; count < 0 means an unknown amount ("PXY").
std::string duration_value(long count, DurationUnit unit) {
  const bool vague = count < 0;
  auto n = [&](long k) { return vague ? std::string("X") : std::to_string(count * k); };
  switch (unit) {
    case DurationUnit::Second:
      return "PT" + n(1) + "S";
    case DurationUnit::Minute:
      return "PT" + n(1) + "M";
    case DurationUnit::Hour:
      return "PT" + n(1) + "H";
    case DurationUnit::Day:
    case DurationUnit::Night:
      return "P" + n(1) + "D";
    case DurationUnit::Week:
      return "P" + n(1) + "W";
    case DurationUnit::Fortnight:
      return "P" + n(2) + "W";
    case DurationUnit::Month:
      return "P" + n(1) + "M";
    case DurationUnit::Quarter:
      return "P" + n(1) + "Q";
    case DurationUnit::Year:
      return "P" + n(1) + "Y";
    case DurationUnit::Decade:
      return vague ? "PXY" : "P" + n(10) + "Y";
    case DurationUnit::Century:
      return vague ? "PXC" : "P" + n(100) + "Y";
    case DurationUnit::Weekend:
      return "P" + n(2) + "D";
  }
  return "PXX";
}

// "2 1/2 years", "a minute and a half": the unit plus half of it, spelled
// with the next smaller unit as TimeBank does (P2Y6M, PT1M30S).
std::optional<std::string> half_duration(long count, DurationUnit unit) {
  if (count < 0) return std::nullopt;
  const std::string n = std::to_string(count);
  switch (unit) {
    case DurationUnit::Minute:
      return "PT" + n + "M30S";
    case DurationUnit::Hour:
      return "PT" + n + "H30M";
    case DurationUnit::Day:
      return "P" + n + "DT12H";
    case DurationUnit::Year:
      return "P" + n + "Y6M";
    case DurationUnit::Decade:
      return "P" + std::to_string(count * 10 + 5) + "Y";
    case DurationUnit::Century:
      return "P" + std::to_string(count * 100 + 50) + "Y";
    default:
      return std::nullopt;
  }
}

bool is_number_separator(std::string_view f) {
  return f == "-" || f == "/" || f == "." || f == ":" || f == "," || f == "\xE2\x80\x93" ||
         f == "\xE2\x80\x94";
}

bool is_currency(std::string_view f) {
  return f == "$" || f == "#" || f == "\xE2\x82\xAC" || f == "\xC2\xA3" || f == "\xC2\xA5" ||
         f == "us$" || f == "c$" || f == "a$" || f == "hk$";
}

// Words after a number that show it counts something rather than naming a year.
bool is_quantity_word(std::string_view f) {
  static constexpr std::string_view kWords[] = {
      "percent", "pct",    "per",    "dlrs",    "dollars",    "mln",   "million", "billion",
      "bln",     "tonnes", "tons",   "shares",  "barrels",    "euros", "yen",     "pounds",
      "people",  "points", "francs", "marks",   "kilometres", "miles", "feet",    "metres",
      "meters",  "units",  "jobs",   "workers", "troops",     "cars"};
  return std::find(std::begin(kWords), std::end(kWords), f) != std::end(kWords);
}

class ScanPass {
 public:
  ScanPass(const TokenizedText& tokens, const LocaleCalendarVocabulary& vocabulary)
      : t_(tokens), v_(vocabulary), n_(tokens.size()), lex_(n_, nullptr), cal_(n_, nullptr) {
    for (std::size_t i = 0; i < n_; ++i) {
      if (t_[i].kind != TokenKind::Word) continue;
      std::string_view f = t_.fold(i);
      lex_[i] = find_english(f);
      cal_[i] = v_.find(f);
      if ((lex_[i] == nullptr && cal_[i] == nullptr) && f.size() > 2 &&
          f.substr(f.size() - 2) == "'s") {
        f.remove_suffix(2);  // possessives: "Friday's", "last year's"
        lex_[i] = find_english(f);
        cal_[i] = v_.find(f);
      }
      if (cal_[i] != nullptr && cal_[i]->needs_capital && !t_[i].capitalised) cal_[i] = nullptr;
    }
  }

  std::vector<TimexCandidate> run() {
    std::vector<TimexCandidate> out;
    std::size_t i = 0;
    while (i < n_) {
      have_best_ = false;
      if (worth_trying(i)) {
        try_numeric_date(i);
        try_month_first(i);
        try_day_first(i);
        try_weekday(i);
        try_year(i);
        try_quarter(i);
        try_relative(i);
        try_duration(i);
        try_clock(i);
        try_spelled_year(i);
        try_locale_phrase(i);
        try_holiday(i);
        try_number_template(i);
      }
      if (have_best_ && best_.end_token > i) {
        out.push_back(best_);
        i = best_.end_token;
      } else {
        ++i;
      }
    }
    extend_left(out);
    compose(out);
    return out;
  }

 private:
  // ---- token predicates -------------------------------------------------
  [[nodiscard]] Lex kind(std::size_t i) const {
    return i < n_ && lex_[i] ? lex_[i]->kind : Lex::None;
  }
  [[nodiscard]] bool is(std::size_t i, Lex k) const { return kind(i) == k; }
  [[nodiscard]] int lex_value(std::size_t i) const {
    return i < n_ && lex_[i] ? lex_[i]->value : 0;
  }
  [[nodiscard]] bool word(std::size_t i, std::string_view w) const {
    return i < n_ && t_.fold(i) == w;
  }
  [[nodiscard]] bool punct(std::size_t i, std::string_view p) const {
    return i < n_ && t_[i].kind == TokenKind::Punct && t_.fold(i) == p;
  }
  [[nodiscard]] bool attached(std::size_t i) const { return i < n_ && !t_[i].space_before; }
  [[nodiscard]] bool is_number(std::size_t i) const {
    return i < n_ && t_[i].kind == TokenKind::Number;
  }
  [[nodiscard]] bool plain_number(std::size_t i, int min_digits, int max_digits) const {
    return is_number(i) && t_[i].digits >= min_digits && t_[i].digits <= max_digits &&
           t_.number_suffix(i).empty() && t_[i].number >= 0;
  }
  [[nodiscard]] bool in_list(std::size_t i, const std::vector<std::string>& words) const {
    if (i >= n_) return false;
    const std::string_view f = t_.fold(i);
    return std::find(words.begin(), words.end(), f) != words.end();
  }

  // A digit group glued by separators to other digits belongs to a larger
  // number (score "3-1", phone number, "1986/87", decimal) and is no date.
  [[nodiscard]] bool chained_left(std::size_t i) const {
    if (i == 0 || i >= n_ || !attached(i)) return false;
    const std::size_t p = i - 1;
    if (t_[p].kind == TokenKind::Number) return true;
    if (t_[p].kind != TokenKind::Punct || !is_number_separator(t_.fold(p))) return false;
    return p > 0 && attached(p) && t_[p - 1].kind == TokenKind::Number;
  }
  [[nodiscard]] bool chained_right(std::size_t end) const {
    if (end >= n_ || !attached(end)) return false;
    if (t_[end].kind == TokenKind::Number) return true;
    if (t_[end].kind != TokenKind::Punct || !is_number_separator(t_.fold(end))) return false;
    return end + 1 < n_ && attached(end + 1) && t_[end + 1].kind == TokenKind::Number;
  }
  [[nodiscard]] bool after_currency(std::size_t i) const {
    return i > 0 && is_currency(t_.fold(i - 1));
  }

  [[nodiscard]] bool worth_trying(std::size_t i) const {
    if (t_[i].kind == TokenKind::Number) return true;
    if (t_[i].kind == TokenKind::Punct) return punct(i, "'") || punct(i, "\xE2\x80\x99");
    if (t_[i].capitalised && v_.is_english() && holiday_word(t_.fold(i))) return true;
    if (t_.fold(i) == "that" || t_.fold(i) == "these") return true;
    return lex_[i] != nullptr || cal_[i] != nullptr ||
           v_.phrases_starting_with(t_.fold(i)) != nullptr || !v_.number_templates().empty();
  }

  void consider(const TimexCandidate& c) {
    if (c.end_token <= c.first_token) return;
    if (!have_best_ || c.end_token > best_.end_token) {
      best_ = c;
      have_best_ = true;
    }
  }

  static TimexCandidate make(std::size_t first, std::size_t end, TimexType type, Anchor anchor) {
    TimexCandidate c;
    c.first_token = first;
    c.end_token = end;
    c.type = type;
    c.anchor = anchor;
    return c;
  }
  static TimexCandidate literal(std::size_t first, std::size_t end, TimexType type,
                                std::string value) {
    TimexCandidate c = make(first, end, type, Anchor::Literal);
    c.literal = std::move(value);
    return c;
  }

  // ---- building blocks ------------------------------------------------
  struct MonthAt {
    unsigned month = 0;
    std::size_t end = 0;
    bool abbreviated = false;
  };
  [[nodiscard]] std::optional<MonthAt> month_at(std::size_t i) const {
    if (i >= n_ || cal_[i] == nullptr || cal_[i]->month == 0) return std::nullopt;
    MonthAt m{cal_[i]->month, i + 1, cal_[i]->month_abbreviated};
    if (punct(m.end, ".") && attached(m.end)) ++m.end;
    return m;
  }

  [[nodiscard]] std::optional<unsigned> day_at(std::size_t i) const {
    if (!is_number(i) || t_[i].digits < 1 || t_[i].digits > 2 || t_[i].number < 1 ||
        t_[i].number > 31)
      return std::nullopt;
    const std::string_view s = t_.number_suffix(i);
    if (!(s.empty() || s == "st" || s == "nd" || s == "rd" || s == "th" || s == "er"))
      return std::nullopt;
    if (chained_left(i) && !punct(i - 1, ".")) return std::nullopt;
    if (chained_right(i + 1)) return std::nullopt;
    return static_cast<unsigned>(t_[i].number);
  }

  [[nodiscard]] std::optional<int> year_at(std::size_t i) const {
    if (!plain_number(i, 4, 4) || chained_right(i + 1)) return std::nullopt;
    const auto y = static_cast<int>(t_[i].number);
    if (y < 1000 || y > 2999) return std::nullopt;
    return y;
  }

  // ", 2025", "2025", "de 2025", "2025 года"; returns the end token.
  std::size_t trailing_year(std::size_t k, int& year) const {
    std::size_t j = k;
    if (punct(j, ",")) ++j;
    if (word(j, "of") || in_list(j, v_.grammar().date_connectors)) ++j;
    const auto y = year_at(j);
    if (!y) return k;
    year = *y;
    ++j;
    if (in_list(j, v_.grammar().year_followers)) {
      ++j;
      if (punct(j, ".") && attached(j) && j + 1 < n_) ++j;
    }
    return j;
  }

  void date_candidate(std::size_t first, std::size_t end, int year, unsigned month, unsigned day) {
    TimexCandidate c =
        make(first, end, TimexType::Date, year != 0 ? Anchor::Absolute : Anchor::Yearless);
    c.year = year;
    c.month = month;
    c.day = day;
    c.unit = day != 0 ? Granularity::Day : Granularity::Month;
    // A date that cannot exist ("February 30") is dropped, not repaired:
    // February 29 is only checked once the year is known.
    if (day != 0 && !calendar::is_valid(year != 0 ? year : 2000, month, day)) {
      c.type = TimexType::Date;
      c.literal = "";
      c.anchor = Anchor::Literal;
    }
    consider(c);
  }

  // ---- rules ----------------------------------------------------------
  void try_numeric_date(std::size_t i) {
    if (!plain_number(i, 1, 4) || chained_left(i) || after_currency(i)) return;
    // ISO 8601 first: its field order never depends on the locale.
    if (t_[i].digits == 4 && (punct(i + 1, "-") || punct(i + 1, "/")) && attached(i + 1) &&
        plain_number(i + 2, 1, 2) && attached(i + 2) && punct(i + 3, t_.fold(i + 1)) &&
        attached(i + 3) && plain_number(i + 4, 1, 2) && attached(i + 4) && !chained_right(i + 5)) {
      const auto y = static_cast<int>(t_[i].number);
      const auto m = static_cast<unsigned>(t_[i + 2].number),
                 d = static_cast<unsigned>(t_[i + 4].number);
      if (calendar::is_valid(y, m, d)) date_candidate(i, i + 5, y, m, d);
      return;
    }
    if (t_[i].digits > 2) return;
    const std::string_view sep = i + 1 < n_ ? t_.fold(i + 1) : std::string_view();
    if (!(sep == "/" || sep == "." || sep == "-") || !attached(i + 1) ||
        !plain_number(i + 2, 1, 2) || !attached(i + 2) || !punct(i + 3, sep) || !attached(i + 3) ||
        !attached(i + 4) || chained_right(i + 5))
      return;
    const bool four = plain_number(i + 4, 4, 4);
    if (!four && !(plain_number(i + 4, 2, 2) && sep != "-")) return;
    unsigned a = static_cast<unsigned>(t_[i].number), b = static_cast<unsigned>(t_[i + 2].number);
    // Field order follows the article language's short date pattern (en: M/d/y,
    // de/fr/es/it/ru/fi: d.M.y). When the first field cannot be a month (> 12)
    // but the second can, the writer evidently used the other order, so swap.
    bool month_first = v_.numeric_order() == NumericDateOrder::MonthDayYear;
    if (month_first && a > 12 && b <= 12)
      month_first = false;
    else if (!month_first && b > 12 && a <= 12)
      month_first = true;
    const unsigned month = month_first ? a : b, day = month_first ? b : a;
    int year = static_cast<int>(t_[i + 4].number);
    TimexCandidate c = make(i, i + 5, TimexType::Date, Anchor::Absolute);
    if (!four) c.two_digit_year = true;
    if (!calendar::is_valid(four ? year : 2000 + year, month, day) &&
        !(!four && calendar::is_valid(2000, month, day)))
      return;
    c.year = year;
    c.month = month;
    c.day = day;
    c.unit = Granularity::Day;
    consider(c);
  }

  void try_month_first(std::size_t i) {
    const auto m = month_at(i);
    if (!m) return;
    const std::size_t k = m->end;
    if (const auto d = day_at(k)) {
      int year = 0;
      const std::size_t end = trailing_year(k + 1, year);
      date_candidate(i, end, year, m->month, *d);
      return;
    }
    {
      std::size_t j = k;
      if (punct(j, ",")) ++j;
      if (word(j, "of") || in_list(j, v_.grammar().date_connectors)) ++j;
      if (const auto y = any_year_at(j)) {
        std::size_t end = y->end;
        if (in_list(end, v_.grammar().year_followers)) ++end;
        date_candidate(i, end, y->year, m->month, 0);
        return;
      }
    }
    if (m->abbreviated) return;
    // "May" is also a modal verb: alone it needs a preposition or modifier.
    if (m->month == 5 && v_.find("may") == cal_[i] && t_.fold(i) == "may") {
      const Lex prev = i > 0 ? kind(i - 1) : Lex::None;
      const bool ok = prev == Lex::In || prev == Lex::Last || prev == Lex::Next ||
                      prev == Lex::This || prev == Lex::Early || prev == Lex::Late ||
                      prev == Lex::Mid || prev == Lex::Of || prev == Lex::During ||
                      word(i - 1, "since") || word(i - 1, "until") || word(i - 1, "by") ||
                      word(i - 1, "from") || word(i - 1, "through") || prev == Lex::Before ||
                      prev == Lex::After || prev == Lex::End || punct(i - 1, "-");
      if (!ok || i == 0) return;
    }
    // "the March for Life", "March of the Mothers", "the March on Washington": a march.
    if (m->month == 3 && t_.fold(i) == "march" && i > 0 &&
        (is(i - 1, Lex::The) || word(i - 1, "annual")) &&
        (word(i + 1, "for") || word(i + 1, "against") ||
         (is(i + 1, Lex::Of) && is(i + 2, Lex::The)) ||
         (is(i + 1, Lex::On) && i + 2 < n_ && t_[i + 2].capitalised && cal_[i + 2] == nullptr)))
      return;
    TimexCandidate c = make(i, m->end, TimexType::Date, Anchor::Yearless);
    c.month = m->month;
    c.unit = Granularity::Month;
    // "April last year", "January of this year"
    std::size_t j = c.end_token;
    if (is(j, Lex::Of)) ++j;
    if ((is(j, Lex::Last) || is(j, Lex::This) || is(j, Lex::Next)) &&
        lex_[j + 1 < n_ ? j + 1 : j] && j + 1 < n_ && is(j + 1, Lex::Unit) &&
        lex_[j + 1]->unit == DurationUnit::Year && !lex_[j + 1]->plural) {
      c.anchor = Anchor::Offset;
      c.offset = is(j, Lex::Last) ? -1 : is(j, Lex::Next) ? 1 : 0;
      c.end_token = j + 2;
      c.unit = Granularity::Month;
      c.direction = Direction::This;
    }
    consider(c);
  }

  void try_day_first(std::size_t i) {
    const auto d = day_at(i);
    if (!d) return;
    std::size_t k = i + 1;
    if (punct(k, ".") && attached(k)) ++k;
    if (word(k, "of") || in_list(k, v_.grammar().date_connectors)) ++k;
    const auto m = month_at(k);
    if (!m) return;
    int year = 0;
    const std::size_t end = trailing_year(m->end, year);
    date_candidate(i, end, year, m->month, *d);
  }

  void try_weekday(std::size_t i) {
    if (i >= n_ || t_[i].kind != TokenKind::Word) return;
    const CalendarWord* w = cal_[i];
    const std::string_view f = t_.fold(i);
    // English plurals ("on Mondays") are recurring sets.
    if (w == nullptr && f.size() > 3 && f.back() == 's' && t_[i].capitalised) {
      const CalendarWord* stem = v_.find(f.substr(0, f.size() - 1));
      if (stem != nullptr && stem->weekday != 0 && !stem->weekday_abbreviated) {
        TimexCandidate c =
            literal(i, i + 1, TimexType::Set, "XXXX-WXX-" + std::to_string(stem->weekday));
        pod_suffix_for_set(c);
        consider(c);
      }
      return;
    }
    if (w == nullptr || w->weekday == 0) return;
    std::size_t k = i + 1;
    if (w->weekday_abbreviated && punct(k, ".") && attached(k)) ++k;
    if (punct(k, ",")) ++k;
    // "Friday, April 11": the explicit date decides, the weekday only confirms.
    {
      const bool saved_have = have_best_;
      const TimexCandidate saved = best_;
      have_best_ = false;
      try_month_first(k);
      try_day_first(k);
      if (have_best_ && best_.anchor != Anchor::Literal) {
        TimexCandidate c = best_;
        c.first_token = i;
        have_best_ = saved_have;
        best_ = saved;
        consider(c);
        return;
      }
      have_best_ = saved_have;
      best_ = saved;
    }
    if (w->weekday_abbreviated) return;
    // "Sunday Times", "Tuesday Morning Quarterback": a capitalised word after the
    // weekday makes it part of a name.
    if (i + 1 < n_ && t_[i + 1].kind == TokenKind::Word && t_[i + 1].capitalised &&
        !t_[i + 1].paragraph_before && t_[i + 1].space_before && lex_[i + 1] == nullptr &&
        cal_[i + 1] == nullptr && v_.is_english())
      return;
    TimexCandidate c = make(i, i + 1, TimexType::Date, Anchor::Weekday);
    c.weekday = w->weekday;
    c.unit = Granularity::Day;
    consider(c);
  }

  // "Tuesday nights" -> XXXX-WXX-2TNI
  void pod_suffix_for_set(TimexCandidate& c) const {
    const std::size_t j = c.end_token;
    if (j < n_ && is(j, Lex::PartOfDay) == false) {
      const std::string_view f = t_.fold(j);
      static constexpr std::pair<std::string_view, const char*> kPlural[] = {
          {"mornings", "MO"}, {"afternoons", "AF"}, {"evenings", "EV"}, {"nights", "NI"}};
      for (const auto& [w, code] : kPlural) {
        if (f == w) {
          c.literal += std::string("T") + code;
          c.end_token = j + 1;
        }
      }
    }
  }

  [[nodiscard]] bool year_context_before(std::size_t i) const {
    if (i == 0) return false;
    const std::size_t p = i - 1;
    if (in_list(p, v_.grammar().year_introducers)) return true;
    const Lex k = kind(p);
    return k == Lex::In || k == Lex::Of || k == Lex::During || k == Lex::Early || k == Lex::Late ||
           k == Lex::Mid || k == Lex::Fiscal || k == Lex::Before || k == Lex::After ||
           k == Lex::The || k == Lex::To || k == Lex::Or || k == Lex::And || word(p, "since") ||
           word(p, "until") || word(p, "by") || word(p, "from") || word(p, "through") ||
           word(p, "between") || word(p, "year") ||
           (punct(p, "-") && attached(i) && i >= 2 && is(i - 2, Lex::Mid));
  }

  void try_year(std::size_t i) {
    if (!is_number(i)) return;
    const std::string_view suffix = t_.number_suffix(i);
    // Decades: "1990s", "the '80s", "the 80s".
    if (suffix == "s" && (t_[i].digits == 4 || t_[i].digits == 2) && !chained_left(i) &&
        !after_currency(i)) {
      if (t_[i].digits == 4 && t_[i].number >= 1000 && t_[i].number % 10 == 0) {
        TimexCandidate c = make(i, i + 1, TimexType::Date, Anchor::Absolute);
        c.year = static_cast<int>(t_[i].number);
        c.unit = Granularity::Decade;
        if (i > 0 && is(i - 1, Lex::The)) c.first_token = i - 1;
        consider(c);
        return;
      }
      if (t_[i].digits == 2 && t_[i].number % 10 == 0) {
        const bool apostrophe = i > 0 && (punct(i - 1, "'")) && attached(i);
        const bool the = i > 0 && is(i - 1, Lex::The);
        if (!apostrophe && !the) return;
        TimexCandidate c = make(apostrophe ? i - 1 : i, i + 1, TimexType::Date, Anchor::Decade);
        c.part = static_cast<int>(t_[i].number / 10);
        if (apostrophe && i > 1 && is(i - 2, Lex::The)) c.first_token = i - 2;
        if (!apostrophe && the) c.first_token = i - 1;
        consider(c);
      }
      return;
    }
    // Centuries: "the 20th century".
    if ((suffix == "th" || suffix == "st" || suffix == "nd" || suffix == "rd") &&
        t_[i].digits <= 2 && t_[i].number >= 1 && is(i + 1, Lex::Unit) &&
        lex_[i + 1]->unit == DurationUnit::Century && !lex_[i + 1]->plural) {
      TimexCandidate c = make(i, i + 2, TimexType::Date, Anchor::Absolute);
      c.year = static_cast<int>((t_[i].number - 1) * 100);
      c.unit = Granularity::Century;
      if (i > 0 && is(i - 1, Lex::The)) c.first_token = i - 1;
      consider(c);
      return;
    }
    if (!plain_number(i, 4, 4) || chained_left(i) || chained_right(i + 1) || after_currency(i))
      return;
    const auto y = static_cast<int>(t_[i].number);
    if (y < 1000 || y > 2200) return;
    if (i + 1 < n_ && (punct(i + 1, "%") || is_quantity_word(t_.fold(i + 1)))) return;
    if (is(i + 1, Lex::Unit) || (punct(i + 1, "-") && is(i + 2, Lex::Unit)))
      return;                               // "a 2000 year old tradition"
    if (i > 0 && is_number(i - 1)) return;  // digit groups of a phone number
    const bool context = year_context_before(i) || in_list(i + 1, v_.grammar().year_followers);
    if (!context) {
      if (y < 1900 || y > 2100) return;
      if (!v_.is_english()) {
        // Outside English only a year followed by punctuation, a line end or
        // nothing at all is trusted without a preposition.
        if (i + 1 < n_ && t_[i + 1].kind != TokenKind::Punct && !t_[i + 1].paragraph_before) return;
      } else if (i + 1 < n_ && t_[i + 1].kind == TokenKind::Word && !t_[i + 1].capitalised) {
        const std::string_view next = t_.fold(i + 1);
        // "2000 people": a plural noun right after a bare number counts things.
        if (next.size() > 3 && next.back() == 's' && lex_[i + 1] == nullptr) return;
      }
    }
    TimexCandidate c = make(i, i + 1, TimexType::Date, Anchor::Absolute);
    c.year = y;
    c.unit = Granularity::Year;
    if (in_list(i + 1, v_.grammar().year_followers)) c.end_token = i + 2;
    consider(c);
  }

  // Ordinal value for quarter/half phrases: "first", "second", "3rd".
  [[nodiscard]] int ordinal_at(std::size_t i) const {
    if (i >= n_) return 0;
    if (is(i, Lex::Ordinal)) return lex_value(i);
    if (word(i, "second")) return 2;
    if (is_number(i) && t_[i].digits == 1) {
      const std::string_view s = t_.number_suffix(i);
      if (s == "st" || s == "nd" || s == "rd" || s == "th") return static_cast<int>(t_[i].number);
    }
    return 0;
  }

  void try_quarter(std::size_t i) {
    std::size_t j = i;
    if (is(j, Lex::The) || word(j, "its")) ++j;
    int year = 0;
    long year_offset = 0;
    bool relative_year = false;
    if (is(j, Lex::Fiscal)) ++j;
    if (const auto y = year_at(j)) {
      year = *y;
      ++j;
    } else if ((is(j, Lex::This) || is(j, Lex::Last) || is(j, Lex::Next)) && j + 1 < n_ &&
               is(j + 1, Lex::Unit) && lex_[j + 1]->unit == DurationUnit::Year &&
               t_.fold(j + 1).size() > 4 && t_.fold(j + 1).substr(4) == "'s") {
      relative_year = true;
      year_offset = is(j, Lex::Last) ? -1 : is(j, Lex::Next) ? 1 : 0;
      j += 2;
    }
    if (is(j, Lex::Fiscal)) ++j;
    int ordinal = ordinal_at(j);
    if (ordinal == 0 && (is(j, Lex::Last) || word(j, "final")) && j + 1 < n_ &&
        is(j + 1, Lex::Half))
      ordinal = 2;
    if (ordinal == 0) {
      // "the 1988 quarter", "the 1989 period": the quarter in focus, in that year.
      if (year != 0 && j > i && is(i, Lex::The) &&
          (is(j, Lex::Period) ||
           (is(j, Lex::Unit) && lex_[j]->unit == DurationUnit::Quarter && !lex_[j]->plural))) {
        TimexCandidate c = make(i, j + 1, TimexType::Date, Anchor::ReportedQuarter);
        c.year = year;
        consider(c);
      }
      return;
    }
    ++j;
    if (punct(j, "-") && attached(j)) ++j;
    if (is(j, Lex::Fiscal)) ++j;
    Granularity unit;
    if (is(j, Lex::Unit) && lex_[j]->unit == DurationUnit::Quarter && !lex_[j]->plural &&
        ordinal <= 4) {
      unit = Granularity::Quarter;
    } else if (is(j, Lex::Half) && ordinal <= 2) {
      unit = Granularity::Half;
    } else {
      return;
    }
    ++j;
    if (year == 0 && !relative_year) {
      std::size_t k = j;
      if (is(k, Lex::Of) || punct(k, ",")) ++k;
      if (is(k, Lex::Fiscal)) ++k;
      if (const auto y = year_at(k)) {
        year = *y;
        j = k + 1;
      } else if (is(k, Lex::Of) == false &&
                 (is(k, Lex::This) || is(k, Lex::Last) || is(k, Lex::Next)) &&
                 is(k + 1, Lex::Unit) && lex_[k + 1]->unit == DurationUnit::Year &&
                 !lex_[k + 1]->plural) {
        relative_year = true;
        year_offset = is(k, Lex::Last) ? -1 : is(k, Lex::Next) ? 1 : 0;
        j = k + 2;
      }
    }
    TimexCandidate c = make(i, j, TimexType::Date, Anchor::Yearless);
    c.unit = unit;
    c.part = ordinal;
    if (year != 0) {
      c.anchor = Anchor::Absolute;
      c.year = year;
    } else if (relative_year) {
      c.anchor = Anchor::Offset;
      c.offset = year_offset;
      c.direction = Direction::This;
    }
    consider(c);
  }

  // "mid-afternoon (yesterday)": a part of the publication day (or of the
  // day named right after it); "(the) early summer": the season itself.
  void try_modified_part(std::size_t i) {
    std::size_t j = i + 1;
    if (punct(j, "-") && attached(j) && attached(j + 1)) ++j;
    if (is(j, Lex::PartOfDay) && lex_value(j) != 3 && !lex_[j]->plural && kind(i) == Lex::Mid) {
      TimexCandidate c = make(i, j + 1, TimexType::Time, Anchor::Offset);
      c.unit = Granularity::Day;
      c.part_of_day = kPartOfDayCodes[lex_value(j) & 3];
      if (is(j + 1, Lex::Yesterday) || is(j + 1, Lex::Tomorrow) ||
          (is(j + 1, Lex::Today) && word(j + 1, "today"))) {
        c.offset = is(j + 1, Lex::Yesterday) ? -1 : is(j + 1, Lex::Tomorrow) ? 1 : 0;
        c.end_token = j + 2;
      }
      consider(c);
      return;
    }
    if (is(j, Lex::Season) && lex_value(j) != 2 && i > 0 && is(i - 1, Lex::The)) {
      TimexCandidate c = make(i - 1, j + 1, TimexType::Date, Anchor::Season);
      c.part = lex_value(j);
      c.direction = Direction::ByTense;
      consider(c);
    }
  }

  // Modifier words that place a unit relative to the reference date.
  [[nodiscard]] static std::optional<int> deictic_offset(Lex k) {
    switch (k) {
      case Lex::Last:
      case Lex::Past:
      case Lex::Previous:
        return -1;
      case Lex::Next:
      case Lex::Coming:
      case Lex::Following:
        return 1;
      case Lex::This:
      case Lex::Current:
      case Lex::Same:
        return 0;
      default:
        return std::nullopt;
    }
  }

  void try_relative(std::size_t i) {
    const Lex k = kind(i);
    if (k == Lex::Mid || k == Lex::Early || k == Lex::Late) try_modified_part(i);
    switch (k) {
      case Lex::Today:
      case Lex::Yesterday:
      case Lex::Tomorrow: {
        // "today's" is mostly adjectival ("today's market") and left untagged.
        if (k == Lex::Today && t_.fold(i) != "today") return;
        TimexCandidate c = make(i, i + 1, TimexType::Date, Anchor::Offset);
        c.offset = k == Lex::Today ? 0 : k == Lex::Yesterday ? -1 : 1;
        c.unit = Granularity::Day;
        consider(c);
        return;
      }
      case Lex::Tonight: {
        TimexCandidate c = make(i, i + 1, TimexType::Time, Anchor::Offset);
        c.unit = Granularity::Day;
        c.part_of_day = "NI";
        consider(c);
        return;
      }
      case Lex::PresentRef:
        if (word(i, "now") && (punct(i + 1, "-") && attached(i + 1))) return;  // "now-defunct"
        consider(literal(i > 0 && word(i - 1, "right") ? i - 1 : i, i + 1, TimexType::Date,
                         "PRESENT_REF"));
        return;
      case Lex::PastRef:
        consider(literal(i, i + 1, TimexType::Date, "PAST_REF"));
        return;
      case Lex::FutureRef:
        consider(literal(i, i + 1, TimexType::Date, "FUTURE_REF"));
        return;
      case Lex::Every:
      case Lex::Each:
        try_set_every(i);
        return;
      case Lex::SetAdverb: {
        // "the Communist Party daily Granma", "the daily Le Monde", "LA Weekly": a newspaper.
        if (t_[i].capitalised && i > 0 && t_[i - 1].kind == TokenKind::Word &&
            t_[i - 1].capitalised && !t_[i].paragraph_before && lex_[i - 1] == nullptr &&
            cal_[i - 1] == nullptr)
          return;
        if (i + 1 < n_ && t_[i + 1].kind == TokenKind::Word && t_[i + 1].capitalised &&
            t_[i + 1].space_before && !t_[i + 1].paragraph_before && lex_[i + 1] == nullptr &&
            cal_[i + 1] == nullptr)
          return;
        const auto unit = static_cast<DurationUnit>(lex_value(i));
        consider(literal(i, i + 1, TimexType::Set, duration_value(1, unit)));
        return;
      }
      case Lex::Unit:
        try_year_earlier(i, i);
        // "over the years": an unspecified stretch; "in past years": the past.
        if (lex_[i]->plural && lex_[i]->unit == DurationUnit::Year && i >= 2 &&
            is(i - 1, Lex::The) && is(i - 2, Lex::Over))
          consider(literal(i - 1, i + 1, TimexType::Duration, "PXY"));
        if (lex_[i]->plural && lex_[i]->unit == DurationUnit::Year && i >= 2 &&
            is(i - 1, Lex::Past) && (is(i - 2, Lex::In) || word(i - 2, "for")))
          consider(literal(i - 1, i + 1, TimexType::Date, "PAST_REF"));
        // "for years", "within weeks": an unspecified amount of the unit.
        if (lex_[i]->plural && i > 0 && (word(i - 1, "for") || is(i - 1, Lex::Within)) &&
            !is(i + 1, Lex::Of) && !is(i + 1, Lex::Ago) && !is(i + 1, Lex::Earlier) &&
            !is(i + 1, Lex::Later) && !punct(i + 1, "-")) {
          const DurationUnit u = lex_[i]->unit;
          if (u == DurationUnit::Day || u == DurationUnit::Week || u == DurationUnit::Month ||
              u == DurationUnit::Year || u == DurationUnit::Decade || u == DurationUnit::Hour ||
              u == DurationUnit::Minute)
            consider(literal(i, i + 1, TimexType::Duration, duration_value(-1, u)));
        }
        break;
      case Lex::DecadeWord:
        return;
      case Lex::Recent: {
        if (is(i + 1, Lex::Unit) && lex_[i + 1]->plural) {
          const DurationUnit u = lex_[i + 1]->unit;
          if (u == DurationUnit::Year || u == DurationUnit::Decade)
            consider(literal(i, i + 2, TimexType::Date, "PAST_REF"));
          else
            consider(literal(i, i + 2, TimexType::Duration, duration_value(-1, u)));
        }
        return;
      }
      case Lex::Current: {
        // "current market conditions", "its current wife": the present (TIMEX3
        // PRESENT_REF). Not the accounting terms, not the noun ("ocean current"),
        // not "current quarter/year" (resolved by the deictic rules).
        static constexpr std::string_view kTerms[] = {
            "account", "accounts", "assets",     "asset",      "liabilities", "liability", "ratio",
            "yield",   "yields",   "affairs",    "events",     "coupon",      "dollars",   "prices",
            "price",   "cost",     "costs",      "value",      "values",      "rate",      "rates",
            "issue",   "income",   "operations", "production", "output",      "levels",    "level"};
        if (i + 1 >= n_ || t_[i + 1].kind != TokenKind::Word || t_[i + 1].capitalised ||
            !t_[i + 1].space_before || lex_[i + 1] != nullptr || cal_[i + 1] != nullptr ||
            (i > 0 && punct(i - 1, "-")))
          return;
        if (std::find(std::begin(kTerms), std::end(kTerms), t_.fold(i + 1)) != std::end(kTerms))
          return;
        consider(literal(i > 0 && word(i - 1, "then") ? i - 1 : i, i + 1, TimexType::Date,
                         i > 0 && word(i - 1, "then") ? "PAST_REF" : "PRESENT_REF"));
        return;
      }
      case Lex::Present:
        if (i > 0 && is(i - 1, Lex::At))
          consider(literal(i - 1, i + 1, TimexType::Date, "PRESENT_REF"));
        return;
      default:
        break;
    }
    // "at a later date": an unspecified future point.
    if (k == Lex::Later && i > 0 && word(i - 1, "a") && word(i + 1, "date")) {
      consider(literal(i - 1, i + 2, TimexType::Date, "FUTURE_REF"));
      return;
    }
    if (k == Lex::The) {
      const Lex n1 = kind(i + 1);
      if (n1 == Lex::Future) {
        consider(literal(i, i + 2, TimexType::Date, "FUTURE_REF"));
      } else if ((word(i + 1, "near") || word(i + 1, "distant") || word(i + 1, "foreseeable")) &&
                 is(i + 2, Lex::Future)) {
        consider(literal(i, i + 3, TimexType::Date, "FUTURE_REF"));
      } else if ((word(i + 1, "near") || word(i + 1, "short")) && word(i + 2, "term")) {
        consider(literal(i, i + 3, TimexType::Date, "FUTURE_REF"));  // "in the near term"
      } else if (n1 == Lex::Past) {
        const Lex n2 = kind(i + 2);
        if (n2 == Lex::None || n2 == Lex::And || n2 == Lex::Or || n2 == Lex::Of ||
            n2 == Lex::PastRef)
          if (!is_number(i + 2)) consider(literal(i, i + 2, TimexType::Date, "PAST_REF"));
      } else if (n1 == Lex::Present && !is(i + 2, Lex::Unit)) {
        consider(literal(i, i + 2, TimexType::Date, "PRESENT_REF"));
      } else if (n1 == Lex::Weekend && !lex_[i + 1]->plural) {
        TimexCandidate c = make(i, i + 2, TimexType::Date, Anchor::Weekday);
        c.weekday = 6;
        c.unit = Granularity::Weekend;
        consider(c);
      } else if (n1 == Lex::Unit && !lex_[i + 1]->plural &&
                 lex_[i + 1]->unit == DurationUnit::Quarter) {
        // "the quarter ended July 31": the three months up to that day, named
        // after the calendar quarter holding most of them (May-July: Q2).
        if (word(i + 2, "ended") || word(i + 2, "ending")) {
          if (const auto m = month_at(i + 3)) {
            if (const auto d = day_at(m->end)) {
              const int back = *d >= 15 ? 1 : 2;
              const int mid = (static_cast<int>(m->month) - 1 - back + 12) % 12 + 1;
              TimexCandidate c = make(i, i + 2, TimexType::Date, Anchor::Yearless);
              c.unit = Granularity::Quarter;
              c.part = (mid - 1) / 3 + 1;
              consider(c);
              return;
            }
          }
        }
        consider(make(i, i + 2, TimexType::Date, Anchor::ReportedQuarter));
      } else if (n1 == Lex::Latest &&
                 (is(i + 2, Lex::Period) ||
                  (is(i + 2, Lex::Unit) && lex_[i + 2]->unit == DurationUnit::Quarter &&
                   !lex_[i + 2]->plural))) {
        consider(make(i, i + 3, TimexType::Date, Anchor::ReportedQuarter));
      } else if (n1 == Lex::Unit && !lex_[i + 1]->plural &&
                 lex_[i + 1]->unit == DurationUnit::Week) {
        TimexCandidate c = make(i, i + 2, TimexType::Date, Anchor::Offset);
        c.unit = Granularity::Week;
        consider(c);
      } else if (n1 == Lex::Season && lex_value(i + 1) != 2) {
        TimexCandidate c = make(i, i + 2, TimexType::Date, Anchor::Season);
        c.part = lex_value(i + 1);
        c.direction = Direction::ByTense;
        std::size_t end = i + 2;
        int year = 0;
        if (is(end, Lex::Of)) {
          if (const auto y = any_year_at(end + 1)) {
            year = y->year;
            end = y->end;
          }
        }
        if (year != 0) {
          c.anchor = Anchor::Absolute;
          c.year = year;
          c.unit = Granularity::Season;
          c.end_token = end;
        }
        consider(c);
      } else if (n1 == Lex::DecadeWord) {
        TimexCandidate c = make(i, i + 2, TimexType::Date, Anchor::Decade);
        c.part = lex_value(i + 1);
        consider(c);
      } else if ((is(i + 1, Lex::Full) || is(i + 1, Lex::Fiscal) || is(i + 1, Lex::Current) ||
                  is(i + 1, Lex::Latest)) &&
                 (word(i + 2, "year") || (is(i + 2, Lex::Fiscal) && word(i + 3, "year")))) {
        const std::size_t end = word(i + 2, "year") ? i + 3 : i + 4;
        // "the fiscal year ended Jan. 31": a year-long period, not the running year.
        if (word(end, "ended") || word(end, "ending") || word(end, "through")) {
          consider(literal(i, end, TimexType::Duration, "P1Y"));
          return;
        }
        TimexCandidate c = make(i, end, TimexType::Date, Anchor::Offset);
        c.unit = Granularity::Year;
        consider(c);
      } else if (word(i + 1, "year") && !punct(i + 2, "-")) {
        try_the_year(i);
      } else if (word(i + 1, "year") && punct(i + 2, "-") && attached(i + 2)) {
        try_year_earlier(i, i + 1);
      } else if (deictic_offset(n1) || n1 == Lex::Latest) {
        try_deictic(i, i + 1);
      }
      return;
    }
    if (deictic_offset(k) || k == Lex::Latest) try_deictic(i, i);
    if (k == Lex::Season) {
      // "summer 2025", "spring of 2024"
      std::size_t j = i + 1;
      if (is(j, Lex::Of)) ++j;
      if (const auto y = any_year_at(j)) {
        TimexCandidate c = make(i, y->end, TimexType::Date, Anchor::Absolute);
        c.year = y->year;
        c.part = lex_value(i);
        c.unit = Granularity::Season;
        consider(c);
      }
    }
    if (word(i, "that")) {
      std::size_t u = i + 1;
      if (is(u, Lex::Same)) ++u;
      if (is(u, Lex::Unit) && !lex_[u]->plural && !punct(u + 1, "-") &&
          (lex_[u]->unit == DurationUnit::Day || lex_[u]->unit == DurationUnit::Month ||
           lex_[u]->unit == DurationUnit::Year)) {
        TimexCandidate c = make(i, u + 1, TimexType::Date, Anchor::Narrative);
        c.unit = lex_[u]->unit == DurationUnit::Day     ? Granularity::Day
                 : lex_[u]->unit == DurationUnit::Month ? Granularity::Month
                                                        : Granularity::Year;
        consider(c);
      }
    }
    if (word(i, "these") && is(i + 1, Lex::Unit) && lex_[i + 1]->unit == DurationUnit::Day &&
        lex_[i + 1]->plural)
      consider(literal(i, i + 2, TimexType::Date, "PRESENT_REF"));
    if ((word(i, "year") || word(i, "year's")) &&
        (is(i + 1, Lex::End) || (punct(i + 1, "-") && attached(i + 1) && is(i + 2, Lex::End)))) {
      // "by year-end", "since year-end": the last day of the year.
      TimexCandidate c =
          make(i, is(i + 1, Lex::End) ? i + 2 : i + 3, TimexType::Date, Anchor::Yearless);
      c.unit = Granularity::Day;
      c.month = 12;
      c.day = 31;
      c.direction = i > 0 && word(i - 1, "since") ? Direction::Past : Direction::ByTense;
      consider(c);
    }
  }

  // "the year 2000", "the year ended June 30" (a year-long period: P1Y), and
  // "for the year" / "the first nine months of the year" (the running year).
  void try_the_year(std::size_t i) {
    const std::size_t j = i + 2;
    if (const auto y = year_at(j)) {
      TimexCandidate c = make(i, j + 1, TimexType::Date, Anchor::Absolute);
      c.year = *y;
      c.unit = Granularity::Year;
      consider(c);
      return;
    }
    if (is(j, Lex::Number)) {
      const auto count = parse_count(j);
      if (count && !count->vague && count->value >= 1000 && count->value <= 2999 &&
          !is(count->end, Lex::Unit)) {
        TimexCandidate c = make(i, count->end, TimexType::Date, Anchor::Absolute);
        c.year = static_cast<int>(count->value);
        c.unit = Granularity::Year;
        consider(c);
      }
      return;
    }
    if (word(j, "ended") || word(j, "ending") || word(j, "ends") || word(j, "through")) {
      consider(literal(i, i + 2, TimexType::Duration, "P1Y"));
      return;
    }
    // Anchored to the narrative or a noun phrase, not to the publication date.
    if (is(j, Lex::Before) || is(j, Lex::After) || is(j, Lex::Earlier) || is(j, Lex::Later) ||
        word(j, "since") || word(j, "ahead") || word(j, "in") || is(j, Lex::Of) ||
        is(j, Lex::Ago) || i == 0)
      return;
    const std::size_t p = i - 1;
    bool running = word(p, "for") || word(p, "during") || word(p, "throughout");
    if (!running && p > 0 && (word(p, "in") || word(p, "into")))
      running = is(p - 1, Lex::Earlier) || is(p - 1, Lex::Later) || word(p - 1, "far") ||
                word(p - 1, "late") || word(p - 1, "early");
    if (!running && p > 0 && is(p, Lex::Of)) {
      const std::size_t q = p - 1;
      running = (is(q, Lex::Unit) && lex_[q]->plural) || is(q, Lex::Half) || is(q, Lex::End) ||
                is(q, Lex::Beginning) || is(q, Lex::Middle) || word(q, "rest") ||
                word(q, "remainder") || word(q, "balance") || word(q, "part") ||
                word(q, "quarter") || word(q, "start");
    }
    if (!running) return;
    TimexCandidate c = make(i, i + 2, TimexType::Date, Anchor::Offset);
    c.unit = Granularity::Year;
    consider(c);
  }

  [[nodiscard]] static bool holiday_word(std::string_view f) {
    return f == "thanksgiving" || f == "christmas" || f == "new" || f == "halloween" ||
           f == "valentine's" || f == "election" || f == "memorial" || f == "labor" ||
           f == "easter" || f == "good" || f == "boxing" || f == "fourth";
  }

  // English holidays: "Thanksgiving Day", "Christmas Eve", "New Year's Day", "Easter".
  void try_holiday(std::size_t i) {
    if (!v_.is_english() || !t_[i].capitalised) return;
    const std::string_view f = t_.fold(i);
    if (!holiday_word(f)) return;
    auto cap = [&](std::size_t k, std::string_view w) {
      return k < n_ && t_[k].capitalised && t_.fold(k) == w;
    };
    unsigned month = 0, day = 0;
    std::uint8_t code = kNoHoliday;
    std::size_t end = i + 1;
    bool bare = false;  // a lone "Christmas"/"Easter"/"Thanksgiving" needs a temporal context
    if (f == "thanksgiving") {
      month = 11, day = 25, code = kThanksgiving;
      if (cap(end, "day"))
        ++end;
      else
        bare = true;
    } else if (f == "christmas") {
      month = 12, day = 25;
      if (cap(end, "day"))
        ++end;
      else if (cap(end, "eve"))
        ++end, day = 24;
      else
        bare = true;
    } else if (f == "new" && cap(i + 1, "year's") && (cap(i + 2, "day") || cap(i + 2, "eve"))) {
      month = cap(i + 2, "day") ? 1 : 12, day = cap(i + 2, "day") ? 1 : 31;
      end = i + 3;
    } else if (f == "halloween") {
      month = 10, day = 31, bare = true;
    } else if (f == "valentine's" && cap(i + 1, "day")) {
      month = 2, day = 14, end = i + 2;
    } else if (f == "boxing" && cap(i + 1, "day")) {
      month = 12, day = 26, end = i + 2;
    } else if (f == "election" && cap(i + 1, "day")) {
      month = 11, day = 5, code = kElectionDay, end = i + 2;
    } else if (f == "memorial" && cap(i + 1, "day")) {
      month = 5, day = 28, code = kMemorialDay, end = i + 2;
    } else if (f == "labor" && cap(i + 1, "day")) {
      month = 9, day = 4, code = kLaborDay, end = i + 2;
    } else if (f == "good" && cap(i + 1, "friday")) {
      month = 4, day = 1, code = kGoodFriday, end = i + 2;
    } else if (f == "easter") {
      month = 4, day = 3, code = kEasterSunday;
      if (cap(end, "sunday"))
        ++end;
      else if (cap(end, "monday"))
        ++end, code = kEasterMonday;
      else
        bare = true;
    } else if (f == "fourth" && word(i + 1, "of") && cap(i + 2, "july")) {
      month = 7, day = 4, end = i + 3;
    } else {
      return;
    }
    if (bare) {
      // "by Christmas", "Easter," but not "Christmas tree" or "Easter Island".
      const bool prep_before =
          i > 0 && (is(i - 1, Lex::Before) || is(i - 1, Lex::After) || is(i - 1, Lex::On) ||
                    is(i - 1, Lex::At) || is(i - 1, Lex::Over) || is(i - 1, Lex::During) ||
                    is(i - 1, Lex::Last) || is(i - 1, Lex::Next) || is(i - 1, Lex::This) ||
                    word(i - 1, "by") || word(i - 1, "until") || word(i - 1, "till") ||
                    word(i - 1, "since") || word(i - 1, "around") || word(i - 1, "for"));
      const bool word_after = end < n_ && t_[end].kind == TokenKind::Word && t_[end].space_before &&
                              !t_[end].paragraph_before && !is(end, Lex::And) && !is(end, Lex::Or);
      const bool deictic =
          i > 0 && (is(i - 1, Lex::Last) || is(i - 1, Lex::Next) || is(i - 1, Lex::This));
      if (!prep_before || (word_after && !deictic)) return;
    }
    TimexCandidate c = make(i, end, TimexType::Date, Anchor::Yearless);
    c.month = month;
    c.day = day;
    c.holiday = code;
    c.unit = Granularity::Day;
    if (i > 0 && (is(i - 1, Lex::Last) || is(i - 1, Lex::Next) || is(i - 1, Lex::This))) {
      c.first_token = i - 1;
      c.direction = is(i - 1, Lex::Last)   ? Direction::Past
                    : is(i - 1, Lex::Next) ? Direction::Future
                                           : Direction::This;
    }
    // "Christmas 2024", "Easter of 1916"
    std::size_t k = c.end_token;
    if (punct(k, ",") || is(k, Lex::Of)) ++k;
    if (const auto y = year_at(k)) {
      c.anchor = Anchor::Absolute;
      c.year = *y;
      c.end_token = k + 1;
      c.direction = Direction::ByTense;
      c.first_token = i;
    }
    consider(c);
  }

  // "last week", "this year", "the coming months", "next Friday", "last fall".
  void try_deictic(std::size_t first, std::size_t m) {
    const Lex k = kind(m);
    const std::size_t u = m + 1;
    if (k == Lex::Latest) return;
    const int offset = deictic_offset(k).value_or(0);
    // "the following year", "the previous day", "the next morning", "the previous
    // Friday": relative to the narrative, not to the publication date.
    const bool narrative =
        k == Lex::Following || (first != m && (k == Lex::Previous || k == Lex::Same)) ||
        (first != m && k == Lex::Next &&
         ((is(u, Lex::Unit) && lex_[u]->unit == DurationUnit::Day) || is(u, Lex::PartOfDay)));
    if (narrative && u < n_) {
      TimexCandidate c = make(first, u + 1, TimexType::Date, Anchor::Narrative);
      c.offset = offset;
      if (is(u, Lex::Unit) && !lex_[u]->plural) {
        switch (lex_[u]->unit) {
          case DurationUnit::Day:
            c.unit = Granularity::Day;
            break;
          case DurationUnit::Week:
            c.unit = Granularity::Week;
            break;
          case DurationUnit::Month:
            c.unit = Granularity::Month;
            break;
          case DurationUnit::Year:
            c.unit = Granularity::Year;
            break;
          default:
            return;
        }
        consider(c);
        return;
      }
      if (is(u, Lex::PartOfDay) && k != Lex::Same) {  // "the next morning"
        c.unit = Granularity::Day;
        consider(c);
        return;
      }
      if (cal_[u] != nullptr && cal_[u]->weekday != 0 && !cal_[u]->weekday_abbreviated &&
          k != Lex::Same) {
        c.unit = Granularity::Day;
        c.weekday = cal_[u]->weekday;
        consider(c);
        return;
      }
    }
    if (is(u, Lex::Unit) && !lex_[u]->plural) {
      const DurationUnit unit = lex_[u]->unit;
      if (unit == DurationUnit::Second || unit == DurationUnit::Minute ||
          unit == DurationUnit::Hour || unit == DurationUnit::Fortnight)
        return;
      if (unit == DurationUnit::Day) {
        // "the same day", "the previous day": anchored to the narrative, not the DCT.
        if (k == Lex::This) {
          TimexCandidate c = make(first, u + 1, TimexType::Date, Anchor::Offset);
          c.unit = Granularity::Day;
          consider(c);
        }
        return;
      }
      if (unit == DurationUnit::Night) {
        if (k != Lex::Last && k != Lex::This) return;
        TimexCandidate c = make(first, u + 1, TimexType::Time, Anchor::Offset);
        c.unit = Granularity::Day;
        c.offset = k == Lex::Last ? -1 : 0;
        c.part_of_day = "NI";
        consider(c);
        return;
      }
      // "compared with $33 million last year", "last year's quarter": in a
      // results report, the same period a year before (like "a year ago").
      if (k == Lex::Last && unit == DurationUnit::Year && first == m &&
          ((first > 0 && (word(first - 1, "million") || word(first - 1, "billion") ||
                          is_number(first - 1) || word(first - 1, "share"))) ||
           (t_.fold(u) == "year's" &&
            (is(u + 1, Lex::Period) ||
             (is(u + 1, Lex::Unit) && lex_[u + 1]->unit == DurationUnit::Quarter))))) {
        consider(make(first, u + 1, TimexType::Date, Anchor::YearEarlier));
        return;
      }
      // "the corresponding period last year"
      if (k == Lex::Last && unit == DurationUnit::Year && first == m && first >= 3 &&
          is(first - 1, Lex::Period) &&
          (word(first - 2, "corresponding") || word(first - 2, "comparable") ||
           word(first - 2, "same")) &&
          is(first - 3, Lex::The)) {
        consider(make(first - 3, u + 1, TimexType::Date, Anchor::YearEarlier));
        return;
      }
      TimexCandidate c = make(first, u + 1, TimexType::Date, Anchor::Offset);
      c.offset = offset;
      switch (unit) {
        case DurationUnit::Decade:
          c.unit = Granularity::Decade;
          break;
        case DurationUnit::Century:
          c.unit = Granularity::Century;
          break;
        default:
          c.unit = granularity_of(unit);
      }
      // "last year's": the possessive stays inside the token, value unchanged.
      consider(c);
      return;
    }
    if (is(u, Lex::PartOfDay) && lex_value(u) == 3 && k == Lex::Last) {
      TimexCandidate c = make(first, u + 1, TimexType::Time, Anchor::Offset);
      c.unit = Granularity::Day;
      c.offset = -1;
      c.part_of_day = "NI";
      consider(c);
      return;
    }
    if (is(u, Lex::PartOfDay) && k == Lex::This) {
      TimexCandidate c = make(first, u + 1, TimexType::Time, Anchor::Offset);
      c.unit = Granularity::Day;
      c.part_of_day = kPartOfDayCodes[lex_value(u) & 3];
      consider(c);
      return;
    }
    if (is(u, Lex::Weekend) && !lex_[u]->plural) {
      TimexCandidate c = make(first, u + 1, TimexType::Date, Anchor::Weekday);
      c.weekday = 6;
      c.unit = Granularity::Weekend;
      c.direction = offset < 0   ? Direction::Past
                    : offset > 0 ? Direction::Future
                                 : Direction::ByTense;
      consider(c);
      return;
    }
    if (is(u, Lex::Season)) {
      TimexCandidate c = make(first, u + 1, TimexType::Date, Anchor::Season);
      c.part = lex_value(u);
      c.offset = offset;
      c.direction = offset < 0 ? Direction::Past : offset > 0 ? Direction::Future : Direction::This;
      consider(c);
      return;
    }
    if (u < n_ && cal_[u] != nullptr && cal_[u]->month != 0 && !cal_[u]->month_abbreviated &&
        first == m) {
      TimexCandidate c = make(first, u + 1, TimexType::Date, Anchor::Yearless);
      c.month = cal_[u]->month;
      c.unit = Granularity::Month;
      c.direction = offset < 0 ? Direction::Past : offset > 0 ? Direction::Future : Direction::This;
      consider(c);
      return;
    }
    if (u < n_ && cal_[u] != nullptr && cal_[u]->weekday != 0 && !cal_[u]->weekday_abbreviated) {
      TimexCandidate c = make(first, u + 1, TimexType::Date, Anchor::Weekday);
      c.weekday = cal_[u]->weekday;
      c.unit = Granularity::Day;
      c.direction = offset < 0   ? Direction::Past
                    : offset > 0 ? Direction::Future
                                 : Direction::ByTense;
      consider(c);
      return;
    }
    // "the coming months", "coming years": unspecified future.
    if (k == Lex::Coming && is(u, Lex::Unit) && lex_[u]->plural) {
      consider(literal(first, u + 1, TimexType::Date, "FUTURE_REF"));
    }
  }

  // "year-earlier", "the year-ago quarter", "a year earlier", "a year ago".
  void try_year_earlier(std::size_t first, std::size_t y) {
    if (!(word(y, "year") && punct(y + 1, "-") && attached(y + 1) && attached(y + 2) &&
          (is(y + 2, Lex::Earlier) || is(y + 2, Lex::Ago))))
      return;
    std::size_t end = y + 3;
    if (is(end, Lex::Period) ||
        (is(end, Lex::Unit) && lex_[end]->unit == DurationUnit::Quarter && !lex_[end]->plural))
      ++end;
    else if (ordinal_at(end) != 0 && is(end + 1, Lex::Unit) &&
             lex_[end + 1]->unit == DurationUnit::Quarter) {
      TimexCandidate c = make(first, end + 2, TimexType::Date, Anchor::Offset);
      c.offset = -1;
      c.unit = Granularity::Quarter;
      c.part = ordinal_at(end);
      c.direction = Direction::Past;
      consider(c);
      return;
    } else if (first != y) {
      return;  // "the year-earlier nine months" and the like stay untagged
    }
    consider(make(first, end, TimexType::Date, Anchor::YearEarlier));
  }

  void try_set_every(std::size_t i) {
    std::size_t j = i + 1;
    if (is(j, Lex::Unit) && !lex_[j]->plural) {
      const DurationUnit unit = lex_[j]->unit;
      consider(literal(i, j + 1, TimexType::Set, duration_value(1, unit)));
      return;
    }
    if (is_number(j) || is(j, Lex::Number)) {
      const auto count = parse_count(j);
      if (count && !count->vague && is(count->end, Lex::Unit) && lex_[count->end]->plural) {
        consider(literal(i, count->end + 1, TimexType::Set,
                         duration_value(count->value, lex_[count->end]->unit)));
      }
      return;
    }
    if (j < n_ && cal_[j] != nullptr && cal_[j]->weekday != 0 && !cal_[j]->weekday_abbreviated) {
      TimexCandidate c =
          literal(i, j + 1, TimexType::Set, "XXXX-WXX-" + std::to_string(cal_[j]->weekday));
      if (is(j + 1, Lex::PartOfDay)) {
        c.literal += std::string("T") + kPartOfDayCodes[lex_value(j + 1) & 3];
        c.end_token = j + 2;
      }
      consider(c);
      return;
    }
    if (j < n_ && cal_[j] != nullptr && cal_[j]->month != 0 && !cal_[j]->month_abbreviated) {
      consider(literal(i, j + 1, TimexType::Set, "XXXX-" + calendar::two_digits(cal_[j]->month)));
      return;
    }
    if (is(j, Lex::PartOfDay)) {
      consider(literal(i, j + 1, TimexType::Set,
                       std::string("XXXX-XX-XXT") + kPartOfDayCodes[lex_value(j) & 3]));
    }
  }

  struct Count {
    long value = 0;
    std::size_t end = 0;
    bool vague = false;
    bool article = false;
  };

  [[nodiscard]] std::optional<Count> parse_count(std::size_t i) const {
    if (i >= n_) return std::nullopt;
    if (is_number(i)) {
      if (!plain_number(i, 1, 6) || chained_left(i) || chained_right(i + 1) || after_currency(i)) {
        // Allow "30-year": a hyphen followed by a word is not a number chain.
        if (!(plain_number(i, 1, 6) && !chained_left(i) && !after_currency(i) &&
              punct(i + 1, "-") && i + 2 < n_ && t_[i + 2].kind == TokenKind::Word))
          return std::nullopt;
      }
      return Count{t_[i].number, i + 1, false, false};
    }
    const Lex k = kind(i);
    if (k == Lex::Number) {
      long value = lex_value(i);
      std::size_t j = i + 1;
      if (value >= 20 && value <= 90 && value % 10 == 0) {
        std::size_t h = j;
        if (punct(h, "-") && attached(h)) ++h;
        if (is(h, Lex::Number) && lex_value(h) >= 1 && lex_value(h) <= 9) {
          value += lex_value(h);
          j = h + 1;
        }
      }
      if (is(j, Lex::Number) && (lex_value(j) == 100 || lex_value(j) == 1000) && value < 100) {
        value *= lex_value(j);
        ++j;
      }
      return Count{value, j, false, false};
    }
    // "the next couple of years": the article goes with "next".
    if (k == Lex::Couple && is(i + 1, Lex::Of) && i > 0 &&
        (is(i - 1, Lex::Next) || is(i - 1, Lex::Past) || is(i - 1, Lex::Last) ||
         is(i - 1, Lex::Coming)))
      return Count{2, i + 2, false, false};
    if (k == Lex::Article) {
      if (is(i + 1, Lex::Couple) && is(i + 2, Lex::Of)) return Count{2, i + 3, false, false};
      if (word(i + 1, "few")) return Count{-1, i + 2, true, false};
      if (is(i + 1, Lex::Number) &&
          (lex_value(i + 1) == 100 || lex_value(i + 1) == 1000 || lex_value(i + 1) == 12))
        return Count{lex_value(i + 1), i + 2, false, false};
      return Count{1, i + 1, false, true};
    }
    if (k == Lex::Vague) {
      if (word(i, "some") && (is_number(i + 1) || is(i + 1, Lex::Number))) return std::nullopt;
      std::size_t j = i + 1;
      if (word(i, "dozens") || word(i, "hundreds")) {
        if (!is(j, Lex::Of)) return std::nullopt;
        ++j;
      }
      return Count{-1, j, true, false};
    }
    return std::nullopt;
  }

  // "$500 million a year", "four flights a week", "interviews a day": an
  // amount before "a <unit>" makes it a rate (TimeML SET), unless the phrase
  // goes on as an anchor ("a week before", "a year or two").
  [[nodiscard]] bool rate_noun(std::size_t p) const {
    if (p == 0 || t_[p].kind != TokenKind::Word || lex_[p] != nullptr || cal_[p] != nullptr)
      return false;
    const std::size_t q = p + 3;  // the token after "a <unit>"
    if (word(q, "before") || word(q, "after") || word(q, "or") || word(q, "and") || word(q, "of") ||
        word(q, "to") || word(q, "from"))
      return false;
    const std::string_view f = t_.fold(p);
    const bool amount = f == "million" || f == "billion" || f == "trillion" || f == "thousand";
    const bool plural_noun = f.size() >= 3 && f.back() == 's' && f[f.size() - 2] != 's' &&
                             f[f.size() - 2] != 'u' && f[f.size() - 2] != 'i' &&
                             f[f.size() - 2] != '\'';
    if (!amount && !plural_noun) return false;
    // The amount itself: "$500 million", "four flights", "hundreds of interviews".
    return is_number(p - 1) || is(p - 1, Lex::Number) || word(p - 1, "of") ||
           word(p - 1, "million") || word(p - 1, "billion") || word(p - 1, "thousand");
  }

  void try_duration(std::size_t i) {
    const auto count = parse_count(i);
    if (!count) return;
    std::size_t j = count->end;
    // "two to three weeks", "12 or 18 months": the first figure is kept.
    bool range = false;
    if ((is(j, Lex::To) || is(j, Lex::Or)) && !count->vague && !count->article) {
      if (const auto second = parse_count(j + 1); second && !second->vague && !second->article) {
        j = second->end;
        range = true;
      }
    }
    // "2 1/2 years", "two and a half years"
    bool half = false;
    if (!range && !count->vague && is_number(j) && t_[j].number == 1 && punct(j + 1, "/") &&
        attached(j + 1) && is_number(j + 2) && attached(j + 2) && t_[j + 2].number == 2 &&
        !chained_right(j + 3)) {
      half = true;
      j += 3;
    } else if (!range && !count->vague && !count->article && word(j, "and") &&
               is(j + 1, Lex::Article) && word(j + 2, "half")) {
      half = true;
      j += 3;
    }
    if (word(j, "more") || word(j, "additional") || word(j, "full") || word(j, "straight") ||
        word(j, "consecutive") || word(j, "trading") || word(j, "business") || word(j, "calendar"))
      ++j;
    if (punct(j, "-") && attached(j) && attached(j + 1)) ++j;  // "two-year"
    const bool unit_word =
        is(j, Lex::Unit) || (is(j, Lex::Weekend)) || (is(j, Lex::PartOfDay) && lex_value(j) == 3);
    if (!unit_word) return;
    const DurationUnit unit = lex_[j]->unit;
    const bool plural = lex_[j]->plural;
    if (count->article && (unit == DurationUnit::Second || unit == DurationUnit::Quarter ||
                           unit == DurationUnit::Night || unit == DurationUnit::Weekend || plural))
      return;
    if (count->vague && !plural) return;
    if (!count->vague && count->value == 0) return;
    if (!count->vague && count->value >= 1000 && !plural)
      return;                                      // "the 1988 quarter" names a year
    if (is(j, Lex::PartOfDay) && !plural) return;  // "one night" is usually a date
    std::size_t end = j + 1;
    // "8-month-old", "decades-long"; ages in years are not time expressions.
    if (punct(end, "-") && attached(end) && (word(end + 1, "old") || word(end + 1, "long"))) {
      if (word(end + 1, "old") && unit == DurationUnit::Year) return;
      end += 2;
    }
    if (unit == DurationUnit::Year && word(end, "old")) return;
    // "a year-earlier loss": the adjective alone is the date (see try_year_earlier).
    if (count->article && unit == DurationUnit::Year && punct(end, "-") && attached(end) &&
        attached(end + 1) && (is(end + 1, Lex::Earlier) || is(end + 1, Lex::Ago)))
      return;
    // "three-quarters of its food", "a quarter of the shares": fractions.
    if (unit == DurationUnit::Quarter && is(end, Lex::Of)) return;
    if (!half && !range && !count->vague && !plural && word(end, "and") &&
        is(end + 1, Lex::Article) && word(end + 2, "half") && !is(end + 3, Lex::Ago) &&
        !is(end + 3, Lex::Earlier) && !is(end + 3, Lex::Later)) {
      half = true;
      end += 3;
    }
    if (half) {
      if (is(end, Lex::Ago) || is(end, Lex::Earlier) || is(end, Lex::Later)) return;
      const auto v = half_duration(count->value, unit);
      consider(literal(i, end, TimexType::Duration, v ? *v : duration_value(count->value, unit)));
      return;
    }
    // Anchored offsets: "two years ago", "a year earlier", "three days later".
    const std::size_t a = end;
    const bool ago = is(a, Lex::Ago);
    const bool earlier = is(a, Lex::Earlier);
    const bool later =
        is(a, Lex::Later) || is(a, Lex::Hence) || (word(a, "from") && word(a + 1, "now"));
    // TimeBank marks "three days later" as the duration "three days"; only
    // "ago" (and the fixed "a year earlier") anchors to the publication date.
    if ((earlier || later) &&
        !(count->value == 1 && unit == DurationUnit::Year && earlier && !count->vague)) {
      consider(literal(i, end, TimexType::Duration,
                       duration_value(count->vague ? -1 : count->value, unit)));
      return;
    }
    if ((ago || earlier || later) && !range) {
      const std::size_t stop = (word(a, "from") ? a + 2 : a + 1);
      if (count->vague) {
        if (ago || earlier)
          consider(literal(i, stop, TimexType::Date, "PAST_REF"));
        else
          consider(literal(i, stop, TimexType::Date, "FUTURE_REF"));
        return;
      }
      if (count->value == 1 && unit == DurationUnit::Year && (ago || earlier)) {
        consider(make(i, stop, TimexType::Date, Anchor::YearEarlier));
        return;
      }
      TimexCandidate c = make(i, stop, TimexType::Date, Anchor::Offset);
      c.unit = granularity_of(unit);
      c.offset = (later ? 1 : -1) * count->value * unit_multiplier(unit);
      if (unit == DurationUnit::Hour || unit == DurationUnit::Minute ||
          unit == DurationUnit::Second)
        c.offset = 0;
      consider(c);
      return;
    }
    // "15 a year", "twice a week": a rate, i.e. a set.
    if (count->article && !plural && i > 0 &&
        (is_number(i - 1) || is(i - 1, Lex::Times) || punct(i - 1, "%") || is(i - 1, Lex::Number) ||
         rate_noun(i - 1))) {
      consider(literal(i, end, TimexType::Set, duration_value(1, unit)));
      return;
    }
    // "Islam will one day be ...", "he may one day return": some future day.
    if (!count->vague && !count->article && count->value == 1 && unit == DurationUnit::Day &&
        !plural && word(i, "one") && i > 0 &&
        (word(i - 1, "will") || word(i - 1, "would") || word(i - 1, "may") ||
         word(i - 1, "might") || word(i - 1, "could") || word(i - 1, "can") ||
         word(i - 1, "should") || word(i - 1, "shall")) &&
        end < n_ && t_[end].kind == TokenKind::Word && lex_[end] == nullptr) {
      consider(literal(i, end, TimexType::Date, "FUTURE_REF"));
      return;
    }
    const long value = count->vague || range ? -1 : count->value;
    if (range && !count->vague && count->value > 0) {
      consider(literal(i, end, TimexType::Duration, duration_value(count->value, unit)));
      return;
    }
    consider(literal(i, end, TimexType::Duration, duration_value(value, unit)));
  }

  void try_clock(std::size_t i) {
    // "High Noon", "high noon comes today": the idiom, not a clock time.
    if (kind(i) == Lex::Noon && i > 0 && word(i - 1, "high")) return;
    if (kind(i) == Lex::Noon || kind(i) == Lex::Midnight) {
      TimexCandidate c = make(i, i + 1, TimexType::Time, Anchor::SentenceDate);
      c.hour = kind(i) == Lex::Noon ? 12 : 24;
      c.minute = 0;
      consider(c);
      return;
    }
    if (!is_number(i) || t_[i].digits > 2 || t_[i].number > 24 || chained_left(i) ||
        after_currency(i))
      return;
    int hour = static_cast<int>(t_[i].number), minute = 0;
    std::size_t j = i + 1;
    bool colon = false;
    const std::string_view suffix = t_.number_suffix(i);
    int meridiem = 0;  // 1 am, 2 pm
    if (suffix == "am" || suffix == "a")
      meridiem = 1;
    else if (suffix == "pm" || suffix == "p")
      meridiem = 2;
    else if (!suffix.empty())
      return;
    if (meridiem == 0 && (punct(j, ":") || punct(j, ".")) && attached(j) &&
        plain_number(j + 1, 2, 2) && attached(j + 1) && t_[j + 1].number < 60) {
      colon = punct(j, ":");
      if (!colon && !(word(j + 2, "a") || word(j + 2, "p") || word(j + 2, "am") ||
                      word(j + 2, "pm") || word(j + 2, "uhr") || word(j + 2, "h")))
        return;  // "2.27" is a decimal unless a clock word follows
      minute = static_cast<int>(t_[j + 1].number);
      j += 2;
      if (chained_right(j)) return;
    }
    if (meridiem == 0) {
      if ((word(j, "a") || word(j, "p")) && punct(j + 1, ".") && attached(j + 1) &&
          word(j + 2, "m") && attached(j + 2)) {
        meridiem = word(j, "a") ? 1 : 2;
        j += 3;
        // The final stop of "p.m." may also end the sentence; keep it only when
        // a zone or date follows or nothing capitalised starts a new sentence.
        if (punct(j, ".") && attached(j) &&
            (!(j + 1 < n_ && t_[j + 1].capitalised && t_[j + 1].space_before) ||
             is(j + 1, Lex::TimeZone) || (j + 1 < n_ && cal_[j + 1] != nullptr)))
          ++j;
      } else if (word(j, "am") || word(j, "pm")) {
        if (word(j, "am") && t_[j].capitalised && !colon)
          return;  // "5 AM" is fine but "5 Am..." is a name
        meridiem = word(j, "am") ? 1 : 2;
        ++j;
      } else if (is(j, Lex::OClock)) {
        ++j;
      } else if (word(j, "uhr") || word(j, "h")) {
        ++j;
      } else if (!colon) {
        return;
      }
    }
    if (meridiem != 0 && (hour < 1 || hour > 12)) return;
    if (meridiem == 2 && hour < 12) hour += 12;
    if (meridiem == 1 && hour == 12) hour = 0;
    if (hour > 24 || minute > 59) return;
    TimexCandidate c = make(i, j, TimexType::Time, Anchor::SentenceDate);
    c.hour = hour;
    c.minute = minute;
    if (is(j, Lex::TimeZone)) {
      c.utc = lex_value(j) == 1;
      c.end_token = j + 1;
    }
    consider(c);
  }

  // Broadcast transcripts spell years out: "nineteen ninety-six".
  struct SpelledYear {
    int year = 0;
    std::size_t end = 0;
  };
  // "nineteen ninety-four" (broadcast transcripts spell years out).
  [[nodiscard]] std::optional<SpelledYear> spelled_year_at(std::size_t i) const {
    if (!is(i, Lex::Number)) return std::nullopt;
    const int century = lex_value(i);
    if (century < 11 || century > 20) return std::nullopt;
    const auto rest = parse_count(i + 1);
    if (!rest || rest->vague || rest->article || is_number(i + 1) || rest->value < 10 ||
        rest->value > 99)
      return std::nullopt;
    if (is(rest->end, Lex::Unit)) return std::nullopt;  // "twenty thirty years" is no year
    return SpelledYear{century * 100 + static_cast<int>(rest->value), rest->end};
  }

  // A year in digits or spelled out; returns its end token.
  [[nodiscard]] std::optional<SpelledYear> any_year_at(std::size_t i) const {
    if (const auto y = year_at(i)) return SpelledYear{*y, i + 1};
    return spelled_year_at(i);
  }

  void try_spelled_year(std::size_t i) {
    const auto y = spelled_year_at(i);
    if (!y) return;
    TimexCandidate c = make(i, y->end, TimexType::Date, Anchor::Absolute);
    c.year = y->year;
    c.unit = Granularity::Year;
    consider(c);
  }

  void try_locale_phrase(std::size_t i) {
    if (t_[i].kind != TokenKind::Word) return;
    const auto* ids = v_.phrases_starting_with(t_.fold(i));
    if (ids == nullptr) return;
    for (const std::uint16_t id : *ids) {
      const RelativePhrase& p = v_.phrases()[id];
      std::size_t j = i;
      bool ok = true;
      for (const std::string& w : p.words) {
        if (j >= n_ || t_.fold(j) != w) {
          ok = false;
          break;
        }
        ++j;
      }
      if (!ok) continue;
      if (p.present) {
        consider(literal(i, j, TimexType::Date, "PRESENT_REF"));
      } else if (p.weekday != 0) {
        TimexCandidate c = make(i, j, TimexType::Date, Anchor::Weekday);
        c.weekday = p.weekday;
        c.direction = p.offset < 0   ? Direction::Past
                      : p.offset > 0 ? Direction::Future
                                     : Direction::ByTense;
        consider(c);
      } else {
        TimexCandidate c = make(i, j, TimexType::Date, Anchor::Offset);
        c.unit = p.unit;
        c.offset = p.offset;
        consider(c);
      }
    }
  }

  void try_number_template(std::size_t i) {
    for (const RelativeNumberTemplate& t : v_.number_templates()) {
      std::size_t j = i;
      bool ok = true;
      for (const std::string& w : t.before) {
        if (j >= n_ || t_.fold(j) != w) {
          ok = false;
          break;
        }
        ++j;
      }
      if (!ok || !plain_number(j, 1, 3) || chained_left(j) || chained_right(j + 1)) continue;
      const long count = t_[j].number;
      ++j;
      for (const std::string& w : t.after) {
        if (j >= n_ || t_.fold(j) != w) {
          ok = false;
          break;
        }
        ++j;
      }
      if (!ok || t.hours) continue;
      TimexCandidate c = make(i, j, TimexType::Date, Anchor::Offset);
      c.unit = t.unit;
      c.offset = t.sign * count;
      consider(c);
    }
  }

  // ---- post passes ----------------------------------------------------
  void extend_left(std::vector<TimexCandidate>& out) const {
    std::size_t floor = 0;
    for (TimexCandidate& c : out) {
      const bool dated = c.type == TimexType::Date || c.type == TimexType::Time;
      const bool is_duration = c.type == TimexType::Duration;
      for (bool grew = true; grew && c.first_token > floor;) {
        grew = false;
        const std::size_t p = c.first_token - 1;
        const Lex k = kind(p);
        if (dated && c.anchor != Anchor::Literal) {
          if (k == Lex::Early || k == Lex::Late || k == Lex::Earlier || k == Lex::Later ||
              k == Lex::Mid || (k == Lex::Fiscal && c.anchor == Anchor::Absolute) ||
              word(p, "around")) {
            c.first_token = p;
            grew = true;
          } else if (punct(p, "-") && attached(c.first_token) && p > floor && is(p - 1, Lex::Mid)) {
            c.first_token = p - 1;
            grew = true;
          } else if (k == Lex::Of && p > floor &&
                     (is(p - 1, Lex::End) || is(p - 1, Lex::Beginning) || is(p - 1, Lex::Middle))) {
            c.first_token = p - 1;
            if (p - 1 > floor && is(p - 2, Lex::The)) c.first_token = p - 2;
            grew = true;
          } else if (k == Lex::The &&
                     (c.unit == Granularity::Decade || c.unit == Granularity::Century) &&
                     c.anchor == Anchor::Absolute) {
            c.first_token = p;
            grew = true;
          }
        } else if (is_duration) {
          if (k == Lex::The || k == Lex::Past || k == Lex::Last || k == Lex::Next ||
              k == Lex::Coming || k == Lex::Previous || k == Lex::Following || k == Lex::Approx ||
              (k == Lex::Over && !is(p + 1, Lex::The)) || (k == Lex::Vague && word(p, "some")) ||
              (k == Lex::Ordinal && lex_value(p) == 1) || word(p, "another") || word(p, "final") ||
              word(p, "remaining") || word(p, "within")) {
            c.first_token = p;
            grew = true;
          } else if (p > floor && ((k == Lex::Than && (word(p - 1, "more") || word(p - 1, "less") ||
                                                       word(p - 1, "fewer"))) ||
                                   (k == Lex::Least && is(p - 1, Lex::At)) ||
                                   (k == Lex::To && is(p - 1, Lex::Up)))) {
            c.first_token = p - 1;
            grew = true;
          }
        }
      }
      floor = c.end_token;
    }
  }

  [[nodiscard]] static bool is_day_date(const TimexCandidate& c) {
    if (c.type != TimexType::Date || c.unit != Granularity::Day) return false;
    return c.anchor == Anchor::Weekday || c.anchor == Anchor::Offset ||
           ((c.anchor == Anchor::Absolute || c.anchor == Anchor::Yearless) && c.day != 0);
  }

  void compose(std::vector<TimexCandidate>& out) const {
    std::vector<TimexCandidate> merged;
    merged.reserve(out.size());
    for (std::size_t k = 0; k < out.size(); ++k) {
      TimexCandidate c = out[k];
      const std::size_t next_first = k + 1 < out.size() ? out[k + 1].first_token : n_;
      // "Friday morning", "yesterday afternoon"
      // "night" is left out: news uses "Friday night" for the date itself
      // (TimeBank annotates most of them as plain dates).
      if (is_day_date(c) && c.part_of_day == nullptr && c.hour < 0 && c.end_token < next_first &&
          is(c.end_token, Lex::PartOfDay) && lex_value(c.end_token) != 3) {
        c.part_of_day = kPartOfDayCodes[lex_value(c.end_token) & 3];
        c.type = TimexType::Time;
        ++c.end_token;
      }
      // "10 p.m. Wednesday", "5 p.m. EST, Nov. 9"
      if (c.anchor == Anchor::SentenceDate && k + 1 < out.size()) {
        std::size_t gap = c.end_token;
        if (punct(gap, ",") || is(gap, Lex::On)) ++gap;
        if (out[k + 1].first_token == gap && is_day_date(out[k + 1]) &&
            out[k + 1].part_of_day == nullptr) {
          TimexCandidate d = out[k + 1];
          d.first_token = c.first_token;
          d.hour = c.hour;
          d.minute = c.minute;
          d.utc = c.utc;
          d.type = TimexType::Time;
          merged.push_back(d);
          ++k;
          continue;
        }
      }
      merged.push_back(c);
      // "April 24 and 25": the second day of the month is a date of its own.
      const std::size_t e = c.end_token;
      if (c.type == TimexType::Date &&
          (c.anchor == Anchor::Absolute || c.anchor == Anchor::Yearless) &&
          c.unit == Granularity::Day && c.month != 0 && c.day != 0 && c.holiday == 0 &&
          c.part_of_day == nullptr && c.hour < 0 && (word(e, "and") || word(e, "or")) &&
          e + 1 < next_first) {
        const auto d = day_at(e + 1);
        const bool closed = e + 2 >= n_ || punct(e + 2, ".") || punct(e + 2, ",") ||
                            punct(e + 2, ";") || punct(e + 2, ")");
        if (d && *d > c.day && closed && e + 2 <= next_first &&
            calendar::is_valid(c.year != 0 ? c.year : 2000, c.month, *d)) {
          TimexCandidate second = c;
          second.first_token = e + 1;
          second.end_token = e + 2;
          second.day = *d;
          merged.push_back(second);
        }
      }
    }
    out.swap(merged);
  }

  const TokenizedText& t_;
  const LocaleCalendarVocabulary& v_;
  std::size_t n_;
  std::vector<const LexEntry*> lex_;
  std::vector<const CalendarWord*> cal_;
  TimexCandidate best_;
  bool have_best_ = false;
};

}  // namespace

std::vector<TimexCandidate> TimexScanner::scan(const TokenizedText& tokens) const {
  return ScanPass(tokens, vocabulary_).run();
}

}  // namespace newsindex
