// Identifiers of feature templates.  They are part of the model file's meaning: renumbering them
// silently invalidates trained models, so new templates go at the end.
#pragma once

#include <cstdint>

#include "word_forms.h"

namespace newsindex::ner {

enum FeatureTemplate : std::uint64_t {
  kFtBias = 1,
  kFtWord,
  kFtWordCapitalised,
  kFtShape,
  kFtPrefix,  // + length 1..4
  kFtSuffix = kFtPrefix + 8,
  kFtPrevWord = kFtSuffix + 8,
  kFtPrevWord2,
  kFtNextWord,
  kFtNextWord2,
  kFtPrevShape,
  kFtNextShape,
  kFtShapeTrigram,
  kFtPrevWordWord,
  kFtWordNextWord,
  kFtSentenceStartShape,
  kFtCapsLineShape,
  kFtCapsLineWord,
  kFtCasePrior,
  kFtGazetteer,
  kFtGazetteerPlace,
  kFtPrevGazetteer,
  kFtNextGazetteer,
  kFtOrgSuffixAhead,
  kFtTitleBehind,
  kFtTitleBehind2,
  kFtPrevWordShape,
  kFtNextWordShape,
  kFtLength,
  kFtFirstLineShape,
  kFtCluster,  // + granularity 0..2
  kFtPrevCluster = kFtCluster + 3,
  kFtNextCluster,
  kFtTableLineShape,
  kFtTableLineWord,
  kFtNextWordShapeAtStart,
  kFtElsewherePrev,
  kFtElsewhereNext,
  kFtElsewhereCase,
  kFtTableArticleShape,
  kFtTableArticleWord,
  kFtTableArticleGazetteer,
  // decoder features
  kFtPrevTag = 100,
  kFtPrevTag2,
  kFtPrevTags,
  kFtPrevTagWord,
  kFtPrevTagShape,
  kFtHistory,
  kFtHistoryCapsLine,
  kFtHistoryShape,
};

inline std::uint64_t feature(FeatureTemplate t, std::uint64_t value) noexcept {
  return combine_hash(static_cast<std::uint64_t>(t), value);
}
inline std::uint64_t feature(FeatureTemplate t, std::uint64_t a, std::uint64_t b) noexcept {
  return combine_hash(combine_hash(static_cast<std::uint64_t>(t), a), b);
}
inline std::uint64_t feature(FeatureTemplate t, std::uint64_t a, std::uint64_t b,
                             std::uint64_t c) noexcept {
  return combine_hash(combine_hash(combine_hash(static_cast<std::uint64_t>(t), a), b), c);
}

}  // namespace newsindex::ner
