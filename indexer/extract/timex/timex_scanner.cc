#include "timex_scanner.h"

#include <vector>

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

// Words that place a time relative to something else ("yesterday", "last", "the", "every",
// "recently", "year-end"): the lexicon kind of the word says which families can read it, so
// each family is only asked about the words it starts at.
void recognise_relative(const ScanText& s, std::size_t i, LongestCandidate& out) {
  switch (s.kind(i)) {
    case Lex::Mid:
      recognise_mid_part_of_day(s, i, out);
      recognise_modified_season(s, i, out);
      return;
    case Lex::Early:
    case Lex::Late:
      recognise_modified_season(s, i, out);
      return;
    case Lex::Today:
    case Lex::Yesterday:
    case Lex::Tomorrow:
    case Lex::Tonight:
      recognise_day_word(s, i, out);
      return;
    case Lex::PresentRef:
    case Lex::PastRef:
    case Lex::FutureRef:
    case Lex::Recent:
    case Lex::Current:
    case Lex::Present:
    case Lex::Later:
      recognise_vague_word(s, i, out);
      return;
    case Lex::Every:
    case Lex::Each:
      recognise_every(s, i, out);
      return;
    case Lex::SetAdverb:
      recognise_set_adverb(s, i, out);
      return;
    case Lex::Unit:
      recognise_year_earlier(s, i, out);
      recognise_unknown_amount(s, i, out);
      recognise_year_end(s, i, out);
      return;
    case Lex::The:
      recognise_the_phrase(s, i, out);
      return;
    case Lex::Last:
    case Lex::Past:
    case Lex::Previous:
    case Lex::Next:
    case Lex::Coming:
    case Lex::Following:
    case Lex::This:
    case Lex::Same:
    case Lex::Latest:
      recognise_deictic(s, i, out);
      return;
    case Lex::Season:
      recognise_season_with_year(s, i, out);
      return;
    case Lex::None:  // "that day", "these days"
      recognise_that_unit(s, i, out);
      recognise_these_days(s, i, out);
      return;
    default:
      return;
  }
}

// Of equally long candidates at a token the first offered wins, so this order is part of the
// rules.
constexpr Recogniser kRecognisers[] = {
    recognise_numeric_date,     // "2025-04-11", "04/11/2025"
    recognise_month_first,      // "April 11, 2025", "April 2025", "April"
    recognise_day_first,        // "11 April 2025"
    recognise_weekday,          // "Friday", "Friday, April 11"
    recognise_year,             // "2025", "the 1990s", "the 20th century"
    recognise_quarter,          // "the first quarter", "second-half"
    recognise_relative,         // "yesterday", "last week", "the future", "every Monday"
    recognise_duration,         // "three years", "two years ago", "15 a year"
    recognise_clock_time,       // "2 p.m.", "noon"
    recognise_spelled_year,     // "nineteen ninety-six"
    recognise_locale_phrase,    // "gestern", "l'année dernière"
    recognise_holiday,          // "Thanksgiving Day", "by Christmas"
    recognise_number_template,  // "vor 3 Tagen"
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
  if (s.fold(i).size() > 7 && s.fold(i).ends_with("long")) return true;  // "weeklong"
  return s.lex(i) != nullptr || s.cal(i) != nullptr ||
         v.phrases_starting_with(s.fold(i)) != nullptr || !v.number_templates().empty();
}

bool opening_quote(const ScanText& s, std::size_t i) {
  return s.punct(i, "\"") || s.punct(i, "'") || s.punct(i, "\u201C") || s.punct(i, "\u2018");
}

// A title in quotes, "60 Minutes", "This Week" or "Seven Days in May", names a programme or a
// book, not a time: the expression follows an opening quote and goes on in title case after its
// first word. A quoted "Today" or "Last week, we ..." is still read.
void drop_quoted_titles(const ScanText& s, std::vector<TimexCandidate>& candidates) {
  std::erase_if(candidates, [&](const TimexCandidate& c) {
    const std::size_t f = c.first_token;
    if (f == 0 || !opening_quote(s, f - 1) || !s.attached(f) || c.end_token - f < 2) return false;
    for (std::size_t k = f + 1; k < c.end_token; ++k)
      if (s.token(k).kind != TokenKind::Word || !s.token(k).capitalised) return false;
    return true;
  });
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
  if (s.vocabulary().is_english()) drop_quoted_titles(s, out);
  take_in_left_modifiers(s, out);
  compose_adjacent(s, out);
  return out;
}

}  // namespace newsindex
