// Everything a loaded tagger needs, immutable after construction: weights, case-prior lexicon, word
// clusters and gazetteer. Also the on-disk format (gzip-compressed binary) shared by the trainer
// and the loader.
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>

#include "case_prior_lexicon.h"
#include "feature_extractor.h"
#include "gazetteer.h"
#include "weight_table.h"
#include "word_clusters.h"

namespace newsindex::ner {

class TaggerModel {
 public:
  TaggerModel(WeightTable weights, CasePriorLexicon lexicon, WordClusters clusters,
              Gazetteer gazetteer)
      : weights_(std::move(weights)),
        lexicon_(std::move(lexicon)),
        clusters_(std::move(clusters)),
        gazetteer_(std::move(gazetteer)),
        serial_(next_serial()) {}

  static void save(const std::filesystem::path& path, const TrainedWeights& weights,
                   const CasePriorLexicon& lexicon, const WordClusters& clusters);
  static TaggerModel load(const std::filesystem::path& path);

  [[nodiscard]] const WeightTable& weights() const noexcept { return weights_; }
  [[nodiscard]] const CasePriorLexicon& lexicon() const noexcept { return lexicon_; }
  [[nodiscard]] const WordClusters& clusters() const noexcept { return clusters_; }
  [[nodiscard]] const Gazetteer& gazetteer() const noexcept { return gazetteer_; }
  // Distinguishes models for per-thread caches (StaticScorer): unlike an address, a serial is
  // never reused by a later model.
  [[nodiscard]] std::uint64_t serial() const noexcept { return serial_; }
  [[nodiscard]] FeatureExtractor extractor() const noexcept {
    return FeatureExtractor(gazetteer_, lexicon_, clusters_);
  }

 private:
  WeightTable weights_;
  CasePriorLexicon lexicon_;
  WordClusters clusters_;
  Gazetteer gazetteer_;
  std::uint64_t serial_;

  static std::uint64_t next_serial() noexcept {
    static std::atomic<std::uint64_t> counter{0};
    return ++counter;
  }
};

}  // namespace newsindex::ner
