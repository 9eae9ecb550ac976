#include "facet_fields.h"

namespace newsindex::schema {
namespace {
constexpr char kFacetPartSeparator = '\x1d';
}  // namespace

std::string encode_facet_fields(const FacetFields& fields) {
  std::string value;
  for (std::string_view part : {fields.day, fields.source, fields.language, fields.mentioned}) {
    // Separators in a source name would split the record: they are control characters, so drop
    // them.
    for (char c : part) {
      if (c != kFacetPartSeparator) value.push_back(c);
    }
    value.push_back(kFacetPartSeparator);
  }
  value.append(fields.entities);
  return value;
}

FacetFields parse_facet_fields(std::string_view value) {
  FacetFields fields;
  std::string_view* parts[] = {&fields.day, &fields.source, &fields.language, &fields.mentioned};
  for (std::string_view* part : parts) {
    std::size_t end = value.find(kFacetPartSeparator);
    if (end == std::string_view::npos) return fields;
    *part = value.substr(0, end);
    value.remove_prefix(end + 1);
  }
  fields.entities = value;
  return fields;
}

}  // namespace newsindex::schema
