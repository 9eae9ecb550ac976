// The entities of one kind, as resolved, with their article counts and the names that count as
// each ("newsquery entities"), for users to review the archive's and their own resolutions.
// Built by EntityLister.
#pragma once

#include <string>
#include <vector>

#include "entity_profile.h"
#include "schema.h"

namespace newsindex {

struct ListedEntity {
  std::string name;
  std::string filter;  // selects exactly `articles` articles
  std::size_t articles = 0;
  bool hidden = false;                 // left out of facet lists by the curation file
  std::vector<ResolvedName> variants;  // names resolved to it, with their own articles and why
};

struct EntityList {
  schema::EntityKind kind = schema::EntityKind::kPerson;
  std::string pattern;                 // "" for all
  std::size_t matching = 0;            // entities that match the pattern, before the limit
  std::vector<ListedEntity> entities;  // most articles first
};

}  // namespace newsindex
