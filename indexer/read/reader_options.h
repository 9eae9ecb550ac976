// What the user tells the readers beyond the files themselves (newsindex add / extract options).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "article.h"

namespace newsindex {

struct ReaderOptions {
  // --date: the publication date of articles that give none.
  std::optional<PublicationDate> fallback_date;
  // --columns: an article field ("text", "date", ...) → the name of the CSV/TSV column that holds
  // it, for headers the readers do not recognise by themselves.
  std::map<std::string, std::string> columns;
};

// Parses --columns, "text=body,date=published": FIELD=COLUMN pairs separated by commas. The fields
// are those of corpus/README.md (id, title, text, date, source, url, language, authors, section).
// Throws std::invalid_argument naming the bad pair (an unknown field, a missing '=', a field given
// twice).
[[nodiscard]] std::map<std::string, std::string> parse_column_mapping(std::string_view spec);

}  // namespace newsindex
