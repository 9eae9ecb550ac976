// Lists the entities of one kind with their article counts, as facets count them (resolved, from
// the index's totals when it keeps them), and the names resolved to each ("newsquery entities").
#pragma once

#include <string>

#include "entity_list.h"
#include "index_layout.h"
#include "index_reader.h"
#include "schema.h"

namespace newsindex {

struct EntityListRequest {
  schema::EntityKind kind = schema::EntityKind::kPerson;
  std::string pattern;     // only names whose folded form contains this folded text
  std::size_t limit = 50;  // 0 for all
};

class EntityLister {
 public:
  // Throws IndexError when the index cannot be opened.
  explicit EntityLister(const IndexLayout& layout) : reader_(layout) {}

  [[nodiscard]] EntityList list(const EntityListRequest& request);

 private:
  IndexReader reader_;
};

}  // namespace newsindex
