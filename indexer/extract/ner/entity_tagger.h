// Named-entity tagger for English news: people, organisations, places and other names
// (nationalities, events, products), as used for the archive's facets.
//
//   auto tagger = newsindex::EntityTagger::load("indexer/extract/ner/model/en-conll.model");
//   for (const auto& m : tagger.tag(article_text)) { ... m.begin, m.end, m.type ... }
//
// The model is an averaged perceptron over BILOU tags trained on CoNLL-2003 (see
// train/entity_trainer.h), with gazetteer features built at load time from ICU locale data.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tag_scheme.h"

namespace newsindex {

// The tagger's types are the model's (Person, Organisation, Place, Misc).
using EntityType = ner::NameType;

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
  // `rules_left_out` names document rules (document_rule_names()) the tagger skips, to measure
  // what each contributes; an unknown name throws std::invalid_argument listing the rules.
  static EntityTagger load(const std::filesystem::path& model,
                           std::span<const std::string> rules_left_out = {});

  // The document rules applied after decoding, in their order (ner/mention_rules.cc).
  [[nodiscard]] static std::vector<std::string> document_rule_names();

  // Thread-safe: the tagger is immutable after load; working memory and score caches are kept
  // per thread (about 6 MB each), and cached scores never change the result.
  // Invalid UTF-8 is tolerated (bad bytes are skipped).  Throws std::length_error for texts of 4
  // GiB or more.
  [[nodiscard]] std::vector<EntityMention> tag(std::string_view utf8_text) const;

  // Whether the model's training text writes this word (any case given) with a capital first
  // letter in mid-sentence, not in lower case or in capitals: "PARIS" is "Paris", "NATO" is not
  // "Nato". False for words it saw too rarely to say.
  [[nodiscard]] bool usually_capitalised(std::string_view word) const;
  // Whether the model's training text writes this word in mid-sentence capitalised or in capitals
  // nearly always ("Mexico", "USDA"). False for words it writes in lower case, or both ways
  // ("bill" and "Bill"), and for words it saw too rarely to say ("eurobond").
  [[nodiscard]] bool usually_written_with_capitals(std::string_view word) const;
  // Whether the gazetteer lists this name (any case given, read word by word as the gazetteer
  // reads its own names) as a country, region or city ("Chicago", "new york").
  [[nodiscard]] bool known_place(std::string_view name) const;

 private:
  EntityTagger(std::shared_ptr<const ner::TaggerModel> model, std::uint32_t skipped_rules)
      : model_(std::move(model)), skipped_rules_(skipped_rules) {}
  std::shared_ptr<const ner::TaggerModel> model_;
  std::uint32_t skipped_rules_ = 0;
};

}  // namespace newsindex
