#include "timex_scanner.h"

#include "adjacent_candidates.h"
#include "clock_times.h"
#include "day_references.h"
#include "deictic_expressions.h"
#include "durations.h"
#include "holidays.h"
#include "locale_phrases.h"
#include "month_day_dates.h"
#include "narrative_references.h"
#include "numeric_dates.h"
#include "quarters.h"
#include "recurring_sets.h"
#include "seasons.h"
#include "span_modifiers.h"
#include "the_phrases.h"
#include "vague_references.h"
#include "weekdays.h"
#include "year_references.h"
#include "years.h"

namespace newsindex {
namespace {

// Of equally long candidates at a token the first offered wins, so this order is part of the
// rules. The families from recognise_mid_part_of_day to recognise_year_end start at words of
// different kinds (unit words: with different words after them), so at most one of them offers
// anything at a token and their order among themselves does not matter.
constexpr Recogniser kRecognisers[] = {
    recognise_numeric_date,
    recognise_month_first,
    recognise_day_first,
    recognise_weekday,
    recognise_year,
    recognise_quarter,
    recognise_mid_part_of_day,
    recognise_modified_season,
    recognise_day_word,
    recognise_vague_word,
    recognise_every,
    recognise_set_adverb,
    recognise_year_earlier,
    recognise_unknown_amount,
    recognise_the_phrase,
    recognise_deictic,
    recognise_season_with_year,
    recognise_that_unit,
    recognise_these_days,
    recognise_year_end,
    recognise_duration,
    recognise_clock_time,
    recognise_spelled_year,
    recognise_locale_phrase,
    recognise_holiday,
    recognise_number_template,
};

// Most tokens start no expression, and asking every recogniser about each costs more than this
// test; the recognisers are asked only about tokens that pass it.
bool worth_trying(const ScanText& s, std::size_t i) {
  const Token& t = s.token(i);
  if (t.kind == TokenKind::Number) return true;
  if (t.kind == TokenKind::Punct) return s.punct(i, "'") || s.punct(i, "\xE2\x80\x99");
  const LocaleCalendarVocabulary& v = s.vocabulary();
  if (t.capitalised && v.is_english() && holiday_word(s.fold(i))) return true;
  if (s.fold(i) == "that" || s.fold(i) == "these") return true;
  return s.lex(i) != nullptr || s.cal(i) != nullptr ||
         v.phrases_starting_with(s.fold(i)) != nullptr || !v.number_templates().empty();
}

}  // namespace

std::vector<TimexCandidate> longest_matches(const ScanText& s,
                                            std::span<const Recogniser> recognisers) {
  std::vector<TimexCandidate> out;
  LongestCandidate choice;
  std::size_t i = 0;
  while (i < s.size()) {
    choice.clear();
    if (worth_trying(s, i))
      for (const Recogniser recognise : recognisers) recognise(s, i, choice);
    if (choice.found() && choice.best().end_token > i) {
      out.push_back(choice.best());
      i = choice.best().end_token;
    } else {
      ++i;
    }
  }
  return out;
}

std::vector<TimexCandidate> TimexScanner::scan(const TokenizedText& tokens) const {
  const ScanText s(tokens, vocabulary_);
  std::vector<TimexCandidate> out = longest_matches(s, kRecognisers);
  take_in_left_modifiers(s, out);
  compose_adjacent(s, out);
  return out;
}

}  // namespace newsindex
