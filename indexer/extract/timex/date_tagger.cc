#include "date_tagger.h"

#include "locale_calendar_vocabulary.h"
#include "tense_estimator.h"
#include "text_tokens.h"
#include "timex_resolver.h"
#include "timex_scanner.h"

namespace newsindex {

std::string_view to_string(TimexType type) noexcept {
  switch (type) {
    case TimexType::Date:
      return "DATE";
    case TimexType::Time:
      return "TIME";
    case TimexType::Duration:
      return "DURATION";
    case TimexType::Set:
      return "SET";
  }
  return "DATE";
}

DateTagger::DateTagger(std::string_view language)
    : vocabulary_(std::make_unique<const LocaleCalendarVocabulary>(language)),
      scanner_(std::make_unique<const TimexScanner>(*vocabulary_)) {}

DateTagger::~DateTagger() = default;
DateTagger::DateTagger(DateTagger&&) noexcept = default;
DateTagger& DateTagger::operator=(DateTagger&&) noexcept = default;

std::vector<TimexMention> DateTagger::tag(
    std::string_view utf8_text, std::optional<std::chrono::year_month_day> reference) const {
  if (!vocabulary_ || !scanner_ || utf8_text.empty()) return {};
  const TokenizedText tokens(utf8_text);
  const std::vector<TimexCandidate> candidates = scanner_->scan(tokens);
  const TenseEstimator tense(*vocabulary_);
  return TimexResolver(tense).resolve(tokens, candidates, reference);
}

}  // namespace newsindex
