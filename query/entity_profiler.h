// Builds the profile of one entity ("newsquery entity"): finds the entity a name means, matches
// its articles newest first, counts the entities they name and the forms it was written in.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>

#include "entity_profile.h"
#include "facet_report.h"
#include "index_layout.h"
#include "index_reader.h"
#include "schema.h"

namespace newsindex {

struct ProfileOptions {
  std::optional<schema::EntityKind> kind;  // only look among this kind
  std::size_t limit = 10;                  // co-occurring values and headlines shown
  Granularity by = Granularity::kAuto;
};

class EntityProfiler {
 public:
  // Throws IndexError when the index cannot be opened.
  explicit EntityProfiler(const IndexLayout& layout) : reader_(layout) {}

  // The entity named `name` (a canonical name, an alias, or one word of the name; the most
  // mentioned match wins), or nullopt when the archive has none. Throws IndexError.
  [[nodiscard]] std::optional<EntityProfile> profile(const std::string& name,
                                                     const ProfileOptions& options);

 private:
  IndexReader reader_;
};

}  // namespace newsindex
