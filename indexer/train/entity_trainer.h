// Training the entity model: newsindex's "train" command, not part of what indexing runs.
#pragma once

#include <filesystem>
#include <ostream>

namespace newsindex {

struct TrainingOptions {
  int epochs = 25;
  unsigned seed = 20240501;   // document order shuffling; a fixed seed makes training reproducible
  float prune_below = 0.02f;  // drop features whose averaged weights are all smaller than this
  unsigned case_prior_min_count = 2;
  // Share of capitalised training tokens whose own word features are hidden on each visit, so that
  // the model also learns to tag names it has not memorised.
  float word_dropout = 0.1f;
  // Share of capitalised training tokens whose features from the same word elsewhere in the
  // article (FeatureExtractor::elsewhere_features) are hidden on each visit, so that a name
  // mentioned once is still a name.
  float elsewhere_dropout = 0.7f;
  // Word clusters to learn cluster features from and store in the model (WordClusters::from_text);
  // none when empty.
  std::filesystem::path clusters;
};

// Trains on CoNLL-style JSON Lines ({"text", "entities": [{"start","end","type"}]}, code-point
// offsets, types PER/ORG/LOC/MISC) and writes a gzip-compressed model file.  Progress goes to
// `log`.  Throws std::runtime_error on unreadable input or an unwritable output path.
void train_entity_model(const std::filesystem::path& conll_jsonl,
                        const std::filesystem::path& model_out, const TrainingOptions& options,
                        std::ostream& log);

}  // namespace newsindex
