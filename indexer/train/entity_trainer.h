// Training the entity model: newsindex's "train" command, not part of what indexing runs.
#pragma once

#include <filesystem>
#include <ostream>

namespace newsindex {

struct TrainingOptions {
  int epochs = 15;
  unsigned seed = 20240501;   // document order shuffling; a fixed seed makes training reproducible
  float prune_below = 0.02f;  // drop features whose averaged weights are all smaller than this
  unsigned case_prior_min_count = 2;
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
