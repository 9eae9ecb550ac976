// Named-entity tagger for English news: people, organisations, places and other names
// (nationalities, events, products), as used for the archive's facets.
//
//   auto tagger = newsindex::EntityTagger::load("indexer/ner/model/en-conll.model");
//   for (const auto& m : tagger.tag(article_text)) { ... m.begin, m.end, m.type ... }
//
// The model is an averaged perceptron over BILOU tags trained on CoNLL-2003 (see
// train_entity_model), with gazetteer features built at load time from ICU locale data.
#pragma once

#include <cstddef>
#include <filesystem>
#include <iosfwd>
#include <memory>
#include <string_view>
#include <vector>

namespace newsindex {

enum class EntityType { Person, Organisation, Place, Misc };

struct EntityMention {
  std::size_t begin, end;  // UTF-8 byte offsets into the text given to tag(), end exclusive
  EntityType type;
};

namespace ner {
class TaggerModel;
}

class EntityTagger {
 public:
  // Throws std::runtime_error naming the file when it is missing, unreadable, truncated or of
  // another format.
  static EntityTagger load(const std::filesystem::path& model);

  // Thread-safe: the tagger is immutable after load; working memory and score caches are kept
  // per thread (about 6 MB each), and cached scores never change the result.
  // Invalid UTF-8 is tolerated (bad bytes are skipped).  Throws std::length_error for texts of 4
  // GiB or more.
  [[nodiscard]] std::vector<EntityMention> tag(std::string_view utf8_text) const;

 private:
  explicit EntityTagger(std::shared_ptr<const ner::TaggerModel> model) : model_(std::move(model)) {}
  std::shared_ptr<const ner::TaggerModel> model_;
};

struct TrainingOptions {
  int epochs = 15;
  unsigned seed = 20240501;   // document order shuffling; a fixed seed makes training reproducible
  float prune_below = 0.02f;  // drop features whose averaged weights are all smaller than this
  unsigned case_prior_min_count = 2;
};

// Trains on CoNLL-style JSON Lines ({"text", "entities": [{"start","end","type"}]}, code-point
// offsets, types PER/ORG/LOC/MISC) and writes a gzip-compressed model file.  Progress goes to
// `log`.  Throws std::runtime_error on unreadable input or an unwritable output path.
void train_entity_model(const std::filesystem::path& conll_jsonl,
                        const std::filesystem::path& model_out, const TrainingOptions& options,
                        std::ostream& log);

}  // namespace newsindex
