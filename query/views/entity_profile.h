// The report of one entity, as plain data: its names, how often and when it is mentioned, who and
// what it appears with, and its latest headlines ("newsquery entity"). Built by EntityProfiler.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "facet_report.h"
#include "schema.h"

namespace newsindex {

struct ProfileHeadline {
  std::string id;
  std::string date;
  std::string source;
  std::string title;
};

// A name that counts as the entity through the index's entity resolution, with its own articles
// and why ("curation team.curation:4 (merge)", or the archive rule's evidence).
struct ResolvedName {
  std::string name;
  std::size_t articles = 0;
  std::string reason;
};

// Another entity the name given may mean.
struct OtherEntity {
  std::string name;
  std::string filter;
  std::size_t articles = 0;
  schema::EntityKind kind = schema::EntityKind::kPerson;
};

struct EntityProfile {
  schema::EntityKind kind = schema::EntityKind::kPerson;
  std::string name;    // canonical display name
  std::string filter;  // the search filter that selects its articles
  std::vector<std::pair<std::string, std::size_t>> aliases;  // other written forms, by articles
  std::vector<ResolvedName> resolved_from;  // names resolved to it across the archive
  std::vector<OtherEntity> also;            // others the name may mean, most articles first
  std::size_t articles = 0;
  std::string first_mention;  // publication day of the first and last article ("" if undated)
  std::string last_mention;
  Histogram timeline;
  std::vector<FacetList> cooccurring;  // person, org, place, without the entity itself
  std::vector<ProfileHeadline> recent;
};

}  // namespace newsindex
