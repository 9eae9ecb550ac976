// Runs one family of scanner rules alone on a sentence and resolves what it finds against a
// publication date, so that a family's tests read as phrase -> TIMEX3 value and fail only for
// that family's rules.
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "date_tagger.h"
#include "locale_calendar_vocabulary.h"
#include "recogniser.h"
#include "scan_text.h"
#include "tense_estimator.h"
#include "text_tokens.h"
#include "timex_resolver.h"
#include "timex_scanner.h"

namespace newsindex::timex_test {

inline constexpr std::chrono::year_month_day kFriday{std::chrono::year{2025}, std::chrono::month{4},
                                                     std::chrono::day{11}};  // a Friday

struct Found {
  std::string text, value;
  TimexType type;
};

// ICU look-ups are slow: one vocabulary per language for the whole test program.
inline const LocaleCalendarVocabulary& vocabulary(std::string_view language) {
  static std::map<std::string, std::unique_ptr<LocaleCalendarVocabulary>, std::less<>> cache;
  auto it = cache.find(language);
  if (it == cache.end())
    it = cache.emplace(std::string(language), std::make_unique<LocaleCalendarVocabulary>(language))
             .first;
  return *it->second;
}

using CandidatePass = void (*)(const ScanText&, std::vector<TimexCandidate>&);

// The mentions `family` finds in `text`, with `pass` (if any) run on its candidates first.
inline std::vector<Found> recognise(std::vector<Recogniser> family, std::string_view text,
                                    std::optional<std::chrono::year_month_day> reference = kFriday,
                                    std::string_view language = "en",
                                    CandidatePass pass = nullptr) {
  const LocaleCalendarVocabulary& v = vocabulary(language);
  const TokenizedText tokens(text);
  const ScanText s(tokens, v);
  std::vector<TimexCandidate> candidates = longest_matches(s, family);
  if (pass != nullptr) pass(s, candidates);
  const TenseEstimator tense(v);
  std::vector<Found> out;
  for (const TimexMention& m : TimexResolver(tense).resolve(tokens, candidates, reference))
    out.push_back({std::string(text.substr(m.begin, m.end - m.begin)), m.value, m.type});
  return out;
}

// "text=value" for every mention, in order: a whole result in one comparison.
inline std::string listed(const std::vector<Found>& found) {
  std::string out;
  for (const Found& f : found) {
    if (!out.empty()) out += "; ";
    out += f.text + "=" + f.value;
  }
  return out;
}

inline std::string find_with(std::vector<Recogniser> family, std::string_view text,
                             std::optional<std::chrono::year_month_day> reference = kFriday,
                             std::string_view language = "en") {
  return listed(recognise(std::move(family), text, reference, language));
}

}  // namespace newsindex::timex_test
