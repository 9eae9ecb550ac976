#include "extraction_resources.h"

#include <future>

namespace newsindex {

ExtractionResources::ExtractionResources(const ExtractionConfig& config) : config_(config) {
  // The model loads on another thread while the alias tables are built: both come before the
  // first article.
  std::future<EntityTagger> tagger;
  if (config_.entities) {
    tagger = std::async(std::launch::async, [this] { return EntityTagger::load(config_.model); });
  }
  TextFolder folder;
  aliases_ = EntityAliases::builtin(folder);
  for (const std::filesystem::path& list : config_.entity_lists) aliases_.add_file(list, folder);
  if (tagger.valid()) tagger_ = tagger.get();
}

ArticleAnalyzer ExtractionResources::make_analyzer() const {
  return ArticleAnalyzer(tagger_ ? &*tagger_ : nullptr, aliases_,
                         AnalysisOptions{config_.entities, config_.dates});
}

std::filesystem::path default_entity_model() {
  return NEWSINDEX_DEFAULT_ENTITY_MODEL;
}

}  // namespace newsindex
