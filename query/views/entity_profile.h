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

struct EntityProfile {
  schema::EntityKind kind = schema::EntityKind::kPerson;
  std::string name;    // canonical display name
  std::string filter;  // the search filter that selects its articles
  std::vector<std::pair<std::string, std::size_t>> aliases;  // other written forms, by articles
  std::size_t articles = 0;
  std::string first_mention;  // publication day of the first and last article ("" if undated)
  std::string last_mention;
  Histogram timeline;
  std::vector<FacetList> cooccurring;  // person, org, place, without the entity itself
  std::vector<ProfileHeadline> recent;
};

}  // namespace newsindex
