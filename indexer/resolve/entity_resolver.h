// Decides what each extracted name of an index counts as (schema/entity_resolution.h): the
// archive's own resolution of short names (ShortNameRule), then the user's curation file on top,
// whose decisions win. Run after every indexing run and by "newsindex curate"; the articles are
// never rewritten.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

#include "curation_file.h"
#include "index_names.h"
#include "schema.h"
#include "short_name_rule.h"

namespace newsindex {

struct ResolutionOutcome {
  schema::EntityResolution resolution;
  std::size_t archive_mappings = 0;
  std::size_t curated_mappings = 0;
  // Decisions about names the index does not have (yet: they apply once it does), and decisions
  // that cannot apply, each naming the file and line.
  std::vector<std::string> notes;
};

class EntityResolver {
 public:
  // `database`: the whole index; `shards`: each of its shards. Both must outlive this object.
  EntityResolver(const Xapian::Database& database, const std::vector<Xapian::Database>& shards,
                 ShortNameSettings settings = {});

  [[nodiscard]] ResolutionOutcome resolve(const std::optional<CurationFile>& curation) const;

 private:
  const Xapian::Database& database_;
  IndexNames names_;
  ShortNameSettings settings_;
};

// The curation file stored in the index (shard 0), or nullopt when there is none. Throws
// CurationError when it no longer parses (it was checked when stored).
[[nodiscard]] std::optional<CurationFile> stored_curation(const Xapian::Database& first_shard);

// What `resolution` changes in the index's totals, for totals as the shards store them now.
[[nodiscard]] schema::TotalsCorrection totals_correction(
    const schema::EntityResolution& resolution, const Xapian::Database& database,
    const std::vector<Xapian::Database>& shards);

// Rebuilds the resolution of the index whose shards are open for writing, from the curation file
// it stores, and stores it in shard 0 (committing it). Returns what was decided.
ResolutionOutcome update_entity_resolution(std::vector<Xapian::WritableDatabase>& shards);

}  // namespace newsindex
