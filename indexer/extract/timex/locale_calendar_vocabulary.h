// Month names, weekday names, numeric date order and relative-day phrases of
// one language, all read from ICU's locale data so that every inflected form
// ICU knows (format and stand-alone, wide and abbreviated: Russian genitive
// "апреля", Finnish partitive "huhtikuuta") is recognised without hand-typed
// tables. English names are always included because non-English news quotes
// English dates often enough.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "calendar_arithmetic.h"
#include "word_filter.h"

namespace newsindex {

// Order of the numeric fields in the locale's short date pattern.
enum class NumericDateOrder : std::uint8_t { MonthDayYear, DayMonthYear, YearMonthDay };

struct CalendarWord {
  std::uint8_t month = 0;    // 1..12 when the word names a month
  std::uint8_t weekday = 0;  // ISO 1..7 when the word names a weekday
  bool month_abbreviated = false;
  bool weekday_abbreviated = false;
  // English month/weekday names are only trusted when capitalised ("May",
  // "March" and "Sun" are ordinary words in lower case).
  bool needs_capital = false;
};

// A fixed relative phrase from ICU's RelativeDateTimeFormatter ("gestern",
// "l'année dernière", "в прошлом году", "viime perjantaina").
struct RelativePhrase {
  std::vector<std::string> words;  // token folds
  calendar::Granularity unit = calendar::Granularity::Day;
  int offset = 0;            // in units; for weekdays -1 last, 0 this, +1 next
  std::uint8_t weekday = 0;  // ISO weekday for "last Friday"-type phrases
  bool present = false;      // "now"
};

// "vor N Tagen", "il y a N jours", "N дней назад": words around the number.
struct RelativeNumberTemplate {
  std::vector<std::string> before, after;
  calendar::Granularity unit = calendar::Granularity::Day;
  int sign = -1;
  bool hours = false;  // hour-based templates become durations-from-now, not dates
};

// Small closed-class word lists that ICU does not provide: prepositions that
// introduce a year, words that follow a year ("года"), and auxiliaries that
// mark future tense. They are grammar, not calendar data.
struct GrammarWords {
  std::vector<std::string> year_introducers;
  std::vector<std::string> year_followers;
  std::vector<std::string> date_connectors;  // "de", "del", "of" between day, month and year
  std::vector<std::string> future_cues;
};

struct StringViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    return std::hash<std::string_view>{}(s);
  }
};

class LocaleCalendarVocabulary {
 public:
  explicit LocaleCalendarVocabulary(std::string_view language);

  [[nodiscard]] const CalendarWord* find(std::string_view fold) const noexcept {
    if (!filter_.may_contain(fold)) return nullptr;
    const auto it = words_.find(fold);
    return it == words_.end() ? nullptr : &it->second;
  }
  [[nodiscard]] NumericDateOrder numeric_order() const noexcept { return order_; }
  [[nodiscard]] const std::vector<RelativePhrase>& phrases() const noexcept { return phrases_; }
  [[nodiscard]] const std::vector<RelativeNumberTemplate>& number_templates() const noexcept {
    return templates_;
  }
  [[nodiscard]] const GrammarWords& grammar() const noexcept { return grammar_; }
  [[nodiscard]] bool is_english() const noexcept { return english_; }
  [[nodiscard]] const std::string& language() const noexcept { return language_; }

  // Indices into phrases() whose first word is fold.
  [[nodiscard]] const std::vector<std::uint16_t>* phrases_starting_with(
      std::string_view fold) const noexcept {
    // English has none (ICU's relative phrases are read for other languages only), and the scanner
    // asks for every word: no hashing then.
    if (phrase_index_.empty()) return nullptr;
    const auto it = phrase_index_.find(fold);
    return it == phrase_index_.end() ? nullptr : &it->second;
  }

 private:
  void add_names(const char* locale_id, bool english);
  void add_relative_phrases(const char* locale_id);
  void add_number_templates(const char* locale_id);

  std::string language_;
  bool english_ = true;
  NumericDateOrder order_ = NumericDateOrder::MonthDayYear;
  std::unordered_map<std::string, CalendarWord, StringViewHash, std::equal_to<>> words_;
  WordFilter filter_;  // of words_
  std::vector<RelativePhrase> phrases_;
  std::unordered_map<std::string, std::vector<std::uint16_t>, StringViewHash, std::equal_to<>>
      phrase_index_;
  std::vector<RelativeNumberTemplate> templates_;
  GrammarWords grammar_;
};

}  // namespace newsindex
