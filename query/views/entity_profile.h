// Everything the archive says about one entity: its names, how often and when it is mentioned,
// who and what it appears with, and its latest headlines ("newsquery entity").
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
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

struct ProfileOptions {
  std::optional<schema::EntityKind> kind;  // only look among this kind
  std::size_t limit = 10;                  // co-occurring values and headlines shown
  Granularity by = Granularity::kAuto;
};

class EntityProfiler {
 public:
  explicit EntityProfiler(const Xapian::Database& database) : database_(database) {}

  // The entity named `name` (a canonical name, an alias, or one word of the name; the most
  // mentioned match wins), or nullopt when the archive has none.
  [[nodiscard]] std::optional<EntityProfile> profile(const std::string& name,
                                                     const ProfileOptions& options) const;

 private:
  Xapian::Database database_;
};


}  // namespace newsindex
