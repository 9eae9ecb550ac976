// A strict CSV reader for tests that check what the tools write is RFC 4180, as a spreadsheet
// reads it.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace newsindex::testing {

using Rows = std::vector<std::vector<std::string>>;

// A strict RFC 4180 reader: records end with CRLF; a field holding a comma, quote, CR or LF is
// quoted, its quotes doubled. nullopt for anything else (a bare LF, a stray quote).
inline std::optional<Rows> parse_csv(const std::string& text) {
  Rows rows;
  std::vector<std::string> row;
  std::string field;
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '"') {
      for (++i;; ++i) {
        if (i >= text.size()) return std::nullopt;
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            field += '"';
            ++i;
            continue;
          }
          ++i;
          break;
        }
        field += text[i];
      }
    } else {
      for (; i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n'; ++i) {
        if (text[i] == '"') return std::nullopt;
        field += text[i];
      }
    }
    row.push_back(std::move(field));
    field.clear();
    if (i < text.size() && text[i] == ',') {
      ++i;
      if (i == text.size()) return std::nullopt;
      continue;
    }
    if (text.compare(i, 2, "\r\n") != 0) return std::nullopt;
    i += 2;
    rows.push_back(std::move(row));
    row.clear();
  }
  return rows;
}

}  // namespace newsindex::testing
