#include "json_article.h"

#include <nlohmann/json.hpp>

#include "byte_size.h"
#include "input_limits.h"
#include "publication_date.h"
#include "schema.h"

namespace newsindex {
namespace {

using Json = nlohmann::json;

// A record that cannot be indexed; the message says why.
struct RecordError {
  std::string reason;
};

// The value of an optional string field; null and absent mean empty.
std::string optional_string(const Json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return {};
  if (!it->is_string()) {
    throw RecordError{std::string("field \"") + key + "\" must be a string, not " +
                      json_type_name(*it)};
  }
  return it->get<std::string>();
}

std::string article_id(const Json& object) {
  auto it = object.find("id");
  if (it == object.end() || it->is_null()) return {};
  if (it->is_number_integer() || it->is_number_unsigned()) return it->dump();
  if (!it->is_string()) {
    throw RecordError{"field \"id\" must be a string or an integer, not " + json_type_name(*it)};
  }
  return it->get<std::string>();
}

std::vector<std::string> authors(const Json& object) {
  auto it = object.find("authors");
  if (it == object.end() || it->is_null()) return {};
  if (it->is_string()) return {it->get<std::string>()};
  if (!it->is_array()) {
    throw RecordError{"field \"authors\" must be an array of strings, not " + json_type_name(*it)};
  }
  std::vector<std::string> names;
  for (const Json& name : *it) {
    if (!name.is_string()) {
      throw RecordError{"field \"authors\" must be an array of strings, but holds " +
                        json_type_name(name)};
    }
    names.push_back(name.get<std::string>());
  }
  return names;
}

bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

Article article_of(const Json& object, const SourceLocation& where, ProblemReporter& problems,
                   const std::optional<PublicationDate>& fallback_date) {
  if (!object.is_object()) {
    throw RecordError{"expected a JSON object, got " + json_type_name(object)};
  }
  Article article;
  article.origin = where;
  article.title = optional_string(object, "title");
  article.text = optional_string(object, "text");
  if (article.text.empty()) article.text = optional_string(object, "body");
  if (is_blank(article.text)) {
    throw RecordError{object.contains("text") || object.contains("body")
                          ? "empty text"
                          : "missing \"text\" (or \"body\")"};
  }
  if (std::size_t size = article.text.size(); truncate_text(article.text)) {
    problems.report(
        ProblemKind::kDropped, where,
        "text of " + describe_size(size) + " cut to the first " + describe_size(kMaxTextBytes));
  }
  article.id = article_id(object);
  if (article.id.empty()) {
    article.id = schema::derived_article_id(article.title + '\n' + article.text);
  }
  article.source = optional_string(object, "source");
  article.url = optional_string(object, "url");
  article.language = schema::language_code(optional_string(object, "language"));
  article.section = optional_string(object, "section");
  article.authors = authors(object);

  // "dct" is the name the evaluation sets use for the publication date.
  const char* date_key = object.contains("date") ? "date" : "dct";
  auto date = object.find(date_key);
  // A date given but unreadable is reported and not replaced by a guess.
  if (date == object.end() || date->is_null()) {
    article.date = fallback_date;
  } else if (!date->is_string()) {
    problems.report(ProblemKind::kDropped, where,
                    std::string("field \"") + date_key + "\" must be a string, not " +
                        json_type_name(*date) + "; indexed without a date");
  } else if (auto parsed = parse_publication_date(date->get_ref<const std::string&>())) {
    if (auto reason = implausible_date_reason(*parsed)) {
      problems.report(ProblemKind::kWarning, where, *reason);
    }
    article.date = std::move(parsed);
  } else {
    problems.report(ProblemKind::kDropped, where,
                    unparsable_date_reason(date->get_ref<const std::string&>()));
  }
  return article;
}

}  // namespace

std::optional<Article> json_article(const nlohmann::json& record, const SourceLocation& where,
                                    ProblemReporter& problems,
                                    const std::optional<PublicationDate>& fallback_date) {
  try {
    return article_of(record, where, problems, fallback_date);
  } catch (const RecordError& error) {
    problems.report(ProblemKind::kSkipped, where, error.reason);
    return std::nullopt;
  }
}

std::string json_type_name(const nlohmann::json& value) {
  switch (value.type()) {
    case Json::value_t::null:
      return "null";
    case Json::value_t::boolean:
      return "a boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
      return "a number";
    case Json::value_t::array:
      return "an array";
    case Json::value_t::object:
      return "an object";
    default:
      return "a string";
  }
}

std::string describe_parse_error(const std::exception& error, std::string_view position) {
  // nlohmann's messages start with "[json.exception.parse_error.101] parse error at line 1, ",
  // which says nothing to a user who already gets FILE:LINE.
  std::string message = error.what();
  if (auto bracket = message.find("] "); bracket != std::string::npos) {
    message.erase(0, bracket + 2);
  }
  if (position.empty()) {
    if (auto at = message.find("at line 1, "); at != std::string::npos) {
      message.erase(at, 11);
      message.insert(at, "at ");
    }
  } else if (auto at = message.find("at line "); at != std::string::npos) {
    std::size_t start = at + 3;
    if (auto end = message.find(": ", start); end != std::string::npos) {
      message.replace(start, end - start, position);
    }
  }
  constexpr std::size_t kMaxMessage = 240;
  if (message.size() > kMaxMessage) message = message.substr(0, kMaxMessage) + "...";
  return "invalid JSON: " + message;
}

}  // namespace newsindex
