#include "reader_options.h"

#include <algorithm>
#include <array>
#include <stdexcept>

namespace newsindex {
namespace {

// The article fields of corpus/README.md, in its order.
constexpr std::array<std::string_view, 9> kFields = {
    "id", "title", "text", "date", "source", "url", "language", "authors", "section"};

std::string_view trimmed(std::string_view text) {
  std::size_t begin = text.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return {};
  return text.substr(begin, text.find_last_not_of(" \t") - begin + 1);
}

std::string field_list() {
  std::string list;
  for (std::string_view field : kFields) {
    if (!list.empty()) list += ", ";
    list += field;
  }
  return list;
}

}  // namespace

std::map<std::string, std::string> parse_column_mapping(std::string_view spec) {
  std::map<std::string, std::string> mapping;
  if (trimmed(spec).empty()) return mapping;
  for (;;) {
    std::size_t comma = std::min(spec.find(','), spec.size());
    std::string_view pair = trimmed(spec.substr(0, comma));
    std::string quoted = "\"" + std::string(pair) + "\"";
    std::size_t equals = pair.find('=');
    if (pair.empty()) {
      throw std::invalid_argument(
          "an empty FIELD=COLUMN pair (two commas in a row, or one at an "
          "end)");
    }
    if (equals == std::string_view::npos) {
      throw std::invalid_argument(quoted + " is not FIELD=COLUMN (text=body, say)");
    }
    std::string field(trimmed(pair.substr(0, equals)));
    std::string column(trimmed(pair.substr(equals + 1)));
    std::transform(field.begin(), field.end(), field.begin(), [](char c) {
      return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    });
    if (field.empty()) throw std::invalid_argument(quoted + " names no field before '='");
    if (std::find(kFields.begin(), kFields.end(), field) == kFields.end()) {
      throw std::invalid_argument(quoted + ": unknown field \"" + field + "\" (the fields are " +
                                  field_list() + ")");
    }
    if (column.empty()) throw std::invalid_argument(quoted + " names no column after '='");
    if (!mapping.emplace(field, column).second) {
      throw std::invalid_argument("field \"" + field + "\" is given twice");
    }
    if (comma == spec.size()) break;
    spec.remove_prefix(comma + 1);
  }
  return mapping;
}

}  // namespace newsindex
