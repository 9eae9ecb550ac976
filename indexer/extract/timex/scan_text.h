// The text as the recognisers read it: the tokens, each word's English lexicon entry and calendar
// word looked up once, and the small token tests all rules are written in.
#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "english_lexicon.h"
#include "locale_calendar_vocabulary.h"
#include "text_tokens.h"

namespace newsindex {

class ScanText {
 public:
  ScanText(const TokenizedText& tokens, const LocaleCalendarVocabulary& vocabulary);

  [[nodiscard]] std::size_t size() const noexcept { return n_; }
  [[nodiscard]] const Token& token(std::size_t i) const noexcept { return t_[i]; }
  [[nodiscard]] std::string_view fold(std::size_t i) const noexcept { return t_.fold(i); }
  [[nodiscard]] std::string_view number_suffix(std::size_t i) const noexcept {
    return t_.number_suffix(i);
  }
  // Unchecked, like token(): callers test the index first (is() and kind() do).
  [[nodiscard]] const LexEntry* lex(std::size_t i) const noexcept { return lex_[i]; }
  [[nodiscard]] const CalendarWord* cal(std::size_t i) const noexcept { return cal_[i]; }
  [[nodiscard]] const LocaleCalendarVocabulary& vocabulary() const noexcept { return v_; }
  [[nodiscard]] const GrammarWords& grammar() const noexcept { return v_.grammar(); }

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
  // A duration unit word in the singular or plural ("year", "weeks").
  [[nodiscard]] bool is_unit(std::size_t i, DurationUnit unit) const {
    return is(i, Lex::Unit) && lex_[i]->unit == unit;
  }
  [[nodiscard]] bool is_singular_unit(std::size_t i, DurationUnit unit) const {
    return is_unit(i, unit) && !lex_[i]->plural;
  }
  // A full, capitalisation-checked weekday or month name ("Friday", not "Fri").
  [[nodiscard]] bool is_full_weekday(std::size_t i) const {
    return i < n_ && cal_[i] != nullptr && cal_[i]->weekday != 0 && !cal_[i]->weekday_abbreviated;
  }
  [[nodiscard]] bool is_full_month(std::size_t i) const {
    return i < n_ && cal_[i] != nullptr && cal_[i]->month != 0 && !cal_[i]->month_abbreviated;
  }
  // TIMEX3 code of a part-of-day word ("morning" -> "MO").
  [[nodiscard]] const char* part_of_day_code(std::size_t i) const {
    static constexpr const char* kCodes[] = {"MO", "AF", "EV", "NI"};
    return kCodes[lex_value(i) & 3];
  }

  // A digit group glued by separators to other digits belongs to a larger
  // number (score "3-1", phone number, "1986/87", decimal) and is no date.
  [[nodiscard]] bool chained_left(std::size_t i) const;
  [[nodiscard]] bool chained_right(std::size_t end) const;
  [[nodiscard]] bool after_currency(std::size_t i) const;

 private:
  const TokenizedText& t_;
  const LocaleCalendarVocabulary& v_;
  std::size_t n_;
  std::vector<const LexEntry*> lex_;
  std::vector<const CalendarWord*> cal_;
};

// Modifier words that place a unit relative to a reference: -1 "last", 0 "this", +1 "next".
[[nodiscard]] std::optional<int> deictic_offset(Lex k);

}  // namespace newsindex
