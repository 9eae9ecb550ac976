// The article a JSON record describes: the fields and rules of corpus/README.md, shared by the
// readers of JSON Lines and of JSON files.
#pragma once

#include <exception>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "article.h"
#include "problem_reporter.h"
#include "source_location.h"

namespace newsindex {

// The article `record` describes. A record that cannot be indexed (not an object, no text, a known
// field of the wrong type) is reported at `where` as skipped and gives nullopt; a date that cannot
// be read is reported and left out. `fallback_date` (--date) dates records that give none.
[[nodiscard]] std::optional<Article> json_article(
    const nlohmann::json& record, const SourceLocation& where, ProblemReporter& problems,
    const std::optional<PublicationDate>& fallback_date);

// "invalid JSON: REASON" for an exception of nlohmann's parser, without its
// "[json.exception.parse_error.101]" prefix. nlohmann counts positions from the start of the text
// it parsed; `position` ("line 12, column 4") replaces its own when that text is a piece of a
// larger file. Without it, the text is taken to be one line, and only its column is given.
[[nodiscard]] std::string describe_parse_error(const std::exception& error,
                                               std::string_view position = {});

// The name of a JSON value's type for messages: "a number", "an array", "null".
[[nodiscard]] std::string json_type_name(const nlohmann::json& value);

}  // namespace newsindex
