#include "extraction_resources.h"

#include <future>

namespace newsindex {

ExtractionResources::ExtractionResources(const ExtractionConfig& config) : config_(config) {
  // The model loads on another thread while the alias tables are built: both come before the
  // first article.
  std::future<EntityTagger> tagger;
  if (config_.entities) {
    tagger = std::async(std::launch::async, [this] {
      return EntityTagger::load(config_.model, config_.rules_left_out);
    });
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
  // The data folder sits beside the binary's folder both in a build tree (build/indexer/newsindex,
  // build/share/newsindex) and in an installed prefix (bin/newsindex, share/newsindex), so a
  // moved prefix still finds its model; the configured prefix comes next.
  const std::filesystem::path name = NEWSINDEX_ENTITY_MODEL_NAME;
  std::error_code error;
  const std::filesystem::path executable = std::filesystem::read_symlink("/proc/self/exe", error);
  std::filesystem::path beside = executable.parent_path().parent_path() / "share/newsindex" / name;
  if (!error && std::filesystem::exists(beside, error)) return beside;
  std::filesystem::path installed = std::filesystem::path(NEWSINDEX_DATA_DIR) / name;
  if (std::filesystem::exists(installed, error)) return installed;
  return error ? installed : beside;
}

}  // namespace newsindex
