// What extraction needs loaded once per run and shared, read-only, by every analyzer: the entity
// model and the alias tables.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "article_analyzer.h"
#include "entity_aliases.h"

namespace newsindex {

struct ExtractionConfig {
  bool entities = true;
  bool dates = true;
  std::filesystem::path model;                      // entity model file
  std::vector<std::filesystem::path> entity_lists;  // users' --entities files
  std::vector<std::string> rules_left_out;          // --without-rule: document rules skipped
};

class ExtractionResources {
 public:
  // Throws std::runtime_error (the model) or EntityListError (a list) with a message naming the
  // file.
  explicit ExtractionResources(const ExtractionConfig& config);

  [[nodiscard]] ArticleAnalyzer make_analyzer() const;

 private:
  ExtractionConfig config_;
  std::optional<EntityTagger> tagger_;
  EntityAliases aliases_;
};

// The model shipped with newsindex (indexer/extract/ner/model/en-conll.model in the source), as
// the build tree or the installed prefix holds it: share/newsindex/ beside the binary's folder,
// else the configured prefix's data folder.
[[nodiscard]] std::filesystem::path default_entity_model();
// Where the shipped model comes from, for --version (details: indexer/extract/ner/README.md).
inline constexpr std::string_view kShippedEntityModelProvenance =
    "averaged perceptron trained by 'newsindex train' on the CoNLL-2003 English training set "
    "(Reuters news of 1996-97; research use), with gazetteer features from ICU locale data and "
    "word clusters from English Wikipedia (Wikipedia contributors, CC BY-SA 3.0)";

}  // namespace newsindex
