// Public entry point of the temporal expression tagger.
//
// Finds dates, times, durations and sets in news text and normalises them to
// TIMEX3 values. Relative expressions ("on Friday", "last year") are resolved
// against the article's publication date when one is given; without it they
// keep X placeholders instead of being anchored to an invented date.
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsindex {

enum class TimexType { Date, Time, Duration, Set };

struct TimexMention {
  std::size_t begin, end;  // UTF-8 byte offsets into the tagged text, end exclusive
  TimexType type;
  std::string value;  // TIMEX3 value, e.g. "2025-04-11", "P3Y", "XXXX-WXX-1"
};

struct CivilDate {
  int year;
  unsigned month, day;
};

[[nodiscard]] std::string_view to_string(TimexType type) noexcept;

class LocaleCalendarVocabulary;
class TimexScanner;

class DateTagger {
 public:
  // ISO 639-1 code ("en", "de", ...). Languages without dedicated support get
  // the English rules only. All ICU look-ups happen here, once, so a tagger is
  // meant to be built per language and shared between threads.
  explicit DateTagger(std::string_view language);
  ~DateTagger();
  DateTagger(DateTagger&&) noexcept;
  DateTagger& operator=(DateTagger&&) noexcept;
  DateTagger(const DateTagger&) = delete;
  DateTagger& operator=(const DateTagger&) = delete;

  // const and thread-safe: all per-call state lives on the stack.
  [[nodiscard]] std::vector<TimexMention> tag(
      std::string_view utf8_text, std::optional<std::chrono::year_month_day> reference) const;

 private:
  std::unique_ptr<const LocaleCalendarVocabulary> vocabulary_;
  std::unique_ptr<const TimexScanner> scanner_;
};

}  // namespace newsindex
