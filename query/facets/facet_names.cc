#include "facet_names.h"

namespace newsindex {

const schema::FacetName& FacetNames::find(schema::NamedFacet facet, schema::Ordinal ordinal) {
  auto [it, inserted] = found_.try_emplace({facet, ordinal});
  if (!inserted) return it->second;
  if (resolution_ != nullptr) {
    if (const schema::FacetName* name = resolution_->name_of({facet, ordinal})) {
      it->second = *name;
      return it->second;
    }
  }
  const std::string key = schema::facet_name_key(facet, ordinal);
  std::optional<schema::FacetName> name = schema::decode_facet_name(database_.get_metadata(key));
  if (!name) name = in_other_shards(key);
  if (!name) {
    found_.erase(it);
    throw Xapian::DatabaseCorruptError("value " + std::to_string(ordinal) + " of facet '" +
                                       std::string(schema::named_facet_info(facet).name) +
                                       "' has no name in any shard");
  }
  it->second = std::move(*name);
  return it->second;
}

std::optional<schema::FacetName> FacetNames::in_other_shards(const std::string& key) {
  if (!other_shards_) {
    other_shards_.emplace();
    std::vector<std::filesystem::path> paths = layout_.shard_paths();
    // The first shard is the one database_ answered for.
    for (std::size_t i = 1; i < paths.size(); ++i) {
      other_shards_->emplace_back(paths[i].string());
    }
  }
  for (const Xapian::Database& shard : *other_shards_) {
    if (auto name = schema::decode_facet_name(shard.get_metadata(key))) return name;
  }
  return std::nullopt;
}

schema::EntityResolution entity_resolution(const Xapian::Database& database, bool reasons) {
  auto resolution = schema::decode_entity_resolution(
      database.get_metadata(std::string(schema::entity_resolution_key())), reasons);
  return resolution ? std::move(*resolution) : schema::EntityResolution();
}

std::optional<IndexTotals> index_totals(const Xapian::Database& database,
                                        const IndexLayout& layout) {
  const std::string key = schema::facet_totals_key();
  std::vector<std::filesystem::path> paths = layout.shard_paths();
  schema::FacetTotals sum;
  std::uint64_t digest = 0;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    // The first shard as the search sees it; the others at their latest revision.
    std::optional<Xapian::Database> opened;
    if (i > 0) opened.emplace(paths[i].string());
    const Xapian::Database& shard = i == 0 ? database : *opened;
    const std::string value = shard.get_metadata(key);
    auto totals = schema::decode_facet_totals(value);
    digest = schema::totals_digest(digest, value);
    // (The first shard's own count is checked by the sum below.)
    if (!totals || (i > 0 && totals->articles != shard.get_doccount())) return std::nullopt;
    sum.add(*totals);
  }
  // Also catches a shard that changed between the search's revision and the one read here.
  if (sum.articles != database.get_doccount()) return std::nullopt;
  return IndexTotals{std::move(sum), digest};
}

}  // namespace newsindex
