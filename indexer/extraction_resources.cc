#include "extraction_resources.h"

namespace newsindex {

ExtractionResources::ExtractionResources(const ExtractionConfig& config) : config_(config) {
  TextFolder folder;
  aliases_ = EntityAliases::builtin(folder);
  for (const std::filesystem::path& list : config_.entity_lists) aliases_.add_file(list, folder);
  if (config_.entities) tagger_ = EntityTagger::load(config_.model);
}

ArticleAnalyzer ExtractionResources::make_analyzer() const {
  return ArticleAnalyzer(tagger_ ? &*tagger_ : nullptr, aliases_,
                         AnalysisOptions{config_.entities, config_.dates});
}

std::filesystem::path default_entity_model() {
  return NEWSINDEX_DEFAULT_ENTITY_MODEL;
}

}  // namespace newsindex
