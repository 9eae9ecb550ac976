#include "index_statistics.h"

#include <nlohmann/json.hpp>

#include "counted_noun.h"
#include "input_limits.h"
#include "schema.h"

namespace newsindex {
namespace {

std::size_t count_terms(const Xapian::Database& database, std::string_view prefix) {
  std::size_t count = 0;
  std::string start(prefix);
  for (auto term = database.allterms_begin(start); term != database.allterms_end(start); ++term) {
    ++count;
  }
  return count;
}

std::string day_text(const std::string& value) {
  auto day = schema::parse_day_value(value);
  return day ? schema::day_label(*day) : std::string();
}

// "1 person", "5 people": the schema's facet headings give only the plural.
std::string counted_entities(schema::EntityKind kind, std::size_t count) {
  switch (kind) {
    case schema::EntityKind::kPerson:
      return counted_noun(count, "person", "people");
    case schema::EntityKind::kOrganisation:
      return counted_noun(count, "organisation", "organisations");
    case schema::EntityKind::kPlace:
      return counted_noun(count, "place", "places");
    case schema::EntityKind::kMisc:
      break;
  }
  return counted_noun(count, "other name", "other names");
}

}  // namespace

IndexStatistics collect_statistics(const IndexLayout& layout) {
  Xapian::Database database = layout.open_for_reading();
  IndexStatistics statistics;
  statistics.index = layout.folder().string();
  statistics.articles = database.get_doccount();
  statistics.shards = layout.shard_paths().size();
  statistics.bytes_on_disk = layout.size_on_disk();
  statistics.schema_version = database.get_metadata(std::string(schema::kVersionKey));
  if (statistics.articles > 0) {
    statistics.first_published =
        day_text(database.get_value_lower_bound(schema::kPublishedDaySlot));
    statistics.last_published = day_text(database.get_value_upper_bound(schema::kPublishedDaySlot));
  }
  for (schema::EntityKind kind : schema::kFacetedEntityKinds) {
    statistics.entities[schema::entity_kind_index(kind)] =
        count_terms(database, schema::entity_term_prefix(kind));
  }
  return statistics;
}

void print_statistics(const IndexStatistics& s, std::ostream& out) {
  out << "index           " << s.index << '\n'
      << "articles        " << s.articles << '\n'
      << "shards          " << s.shards << '\n'
      << "size on disk    " << describe_size(s.bytes_on_disk) << '\n'
      << "published       "
      << (s.first_published.empty() ? "(no dates)" : s.first_published + " to " + s.last_published)
      << '\n'
      << "schema version  " << s.schema_version << '\n'
      << "entities        ";
  const char* separator = "";
  for (schema::EntityKind kind : schema::kFacetedEntityKinds) {
    out << separator << counted_entities(kind, s.entities[schema::entity_kind_index(kind)]);
    separator = ", ";
  }
  out << '\n';
}

void print_statistics_json(const IndexStatistics& s, std::ostream& out) {
  using Json = nlohmann::ordered_json;
  auto optional = [](const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); };
  Json json = {{"version", 1},
               {"index", s.index},
               {"articles", s.articles},
               {"shards", s.shards},
               {"bytes_on_disk", s.bytes_on_disk},
               {"first_published", optional(s.first_published)},
               {"last_published", optional(s.last_published)},
               {"schema_version", s.schema_version},
               {"entities", Json::object()}};
  for (schema::EntityKind kind : schema::kFacetedEntityKinds) {
    json["entities"][std::string(schema::entity_kind_info(kind).json_key)] =
        s.entities[schema::entity_kind_index(kind)];
  }
  out << json.dump(2) << '\n';
}

}  // namespace newsindex
