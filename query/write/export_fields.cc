#include <algorithm>
#include <array>
#include <stdexcept>
#include <string_view>

#include "export_writer.h"

namespace newsindex {
namespace {

// In ExportField order. The names are those of the JSON hits and of the filters.
constexpr std::array<std::string_view, 16> kFieldNames = {
    "rank",    "id",      "date",   "title",  "source", "url",   "language",
    "authors", "section", "origin", "person", "org",    "place", "mentioned_dates",
    "snippet", "text"};

}  // namespace

std::vector<std::string> export_field_names() {
  return {kFieldNames.begin(), kFieldNames.end()};
}

std::vector<std::string> default_export_fields() {
  return {"id",     "date", "title", "source",         "url", "language", "origin",
          "person", "org",  "place", "mentioned_dates"};
}

std::vector<ExportField> parse_export_fields(const std::vector<std::string>& names) {
  std::vector<ExportField> fields;
  for (const std::string& name : names) {
    const auto found = std::find(kFieldNames.begin(), kFieldNames.end(), name);
    if (found == kFieldNames.end()) throw std::invalid_argument("unknown field '" + name + "'");
    fields.push_back(static_cast<ExportField>(found - kFieldNames.begin()));
  }
  return fields;
}

}  // namespace newsindex
