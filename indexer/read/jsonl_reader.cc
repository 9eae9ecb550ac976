#include "jsonl_reader.h"

#include <nlohmann/json.hpp>

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

std::string type_name(const Json& value) {
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

// nlohmann's messages start with "[json.exception.parse_error.101] parse error at line 1, " which
// says nothing to a user who already gets FILE:LINE.
std::string describe_parse_error(const Json::exception& error) {
  std::string message = error.what();
  if (auto bracket = message.find("] "); bracket != std::string::npos) {
    message.erase(0, bracket + 2);
  }
  if (auto at = message.find("at line 1, "); at != std::string::npos) {
    message.erase(at, 11);
    message.insert(at, "at ");
  }
  constexpr std::size_t kMaxMessage = 240;
  if (message.size() > kMaxMessage) message = message.substr(0, kMaxMessage) + "...";
  return "invalid JSON: " + message;
}

// The value of an optional string field; null and absent mean empty.
std::string optional_string(const Json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return {};
  if (!it->is_string()) {
    throw RecordError{std::string("field \"") + key + "\" must be a string, not " + type_name(*it)};
  }
  return it->get<std::string>();
}

std::string article_id(const Json& object) {
  auto it = object.find("id");
  if (it == object.end() || it->is_null()) return {};
  if (it->is_number_integer() || it->is_number_unsigned()) return it->dump();
  if (!it->is_string()) {
    throw RecordError{"field \"id\" must be a string or an integer, not " + type_name(*it)};
  }
  return it->get<std::string>();
}

std::vector<std::string> authors(const Json& object) {
  auto it = object.find("authors");
  if (it == object.end() || it->is_null()) return {};
  if (it->is_string()) return {it->get<std::string>()};
  if (!it->is_array()) {
    throw RecordError{"field \"authors\" must be an array of strings, not " + type_name(*it)};
  }
  std::vector<std::string> names;
  for (const Json& name : *it) {
    if (!name.is_string()) {
      throw RecordError{"field \"authors\" must be an array of strings, but holds " +
                        type_name(name)};
    }
    names.push_back(name.get<std::string>());
  }
  return names;
}

// A .gz name promises gzip; other names are read as found (a gzipped .jsonl reads fine).
Compression compression_of(const std::filesystem::path& path) {
  std::string extension = path.extension().string();
  for (char& c : extension) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return extension == ".gz" ? Compression::kGzip : Compression::kAny;
}

bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

}  // namespace

JsonlReader::JsonlReader(const std::filesystem::path& path, std::string display_name,
                         ProblemReporter& problems, std::optional<PublicationDate> fallback_date)
    : lines_(path, kMaxLineBytes, compression_of(path)),
      display_name_(std::move(display_name)),
      problems_(problems),
      fallback_date_(std::move(fallback_date)) {}

std::optional<Article> JsonlReader::next() {
  for (;;) {
    LineReader::Status status = lines_.next(line_);
    if (status == LineReader::Status::kEnd) {
      if (!saw_content_) problems_.report(ProblemKind::kSkipped, {display_name_, 0}, "empty file");
      return std::nullopt;
    }
    SourceLocation where{display_name_, lines_.line_number()};
    if (status == LineReader::Status::kTooLong) {
      saw_content_ = true;
      problems_.report(ProblemKind::kSkipped, where,
                       "line of " + describe_size(lines_.too_long_bytes()) +
                           " is longer than the " + describe_size(kMaxLineBytes) + " limit");
      continue;
    }
    // A byte-order mark is not part of the first record.
    if (lines_.line_number() == 1 && line_.starts_with("\xEF\xBB\xBF")) line_.erase(0, 3);
    if (is_blank(line_)) continue;
    if (!saw_content_ && line_.find('\0') != std::string::npos) {
      // A binary file named .jsonl would otherwise give an error for every "line" in it.
      problems_.report(ProblemKind::kSkipped, {display_name_, 0},
                       "binary file (NUL bytes), not JSON Lines");
      return std::nullopt;
    }
    saw_content_ = true;
    if (std::optional<Article> article = parse(line_)) return article;
  }
}

std::optional<Article> JsonlReader::parse(const std::string& line) {
  SourceLocation where{display_name_, lines_.line_number()};
  try {
    Json object;
    try {
      object = Json::parse(line);
    } catch (const Json::exception& error) {
      // Mostly parse_error; also out_of_range for numbers no double holds ("1e999").
      throw RecordError{describe_parse_error(error)};
    }
    if (!object.is_object()) throw RecordError{"expected a JSON object, got " + type_name(object)};

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
      problems_.report(
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
      article.date = fallback_date_;
    } else if (!date->is_string()) {
      problems_.report(ProblemKind::kDropped, where,
                       std::string("field \"") + date_key + "\" must be a string, not " +
                           type_name(*date) + "; indexed without a date");
    } else if (auto parsed = parse_publication_date(date->get_ref<const std::string&>())) {
      if (auto reason = implausible_date_reason(*parsed)) {
        problems_.report(ProblemKind::kWarning, where, *reason);
      }
      article.date = std::move(parsed);
    } else {
      problems_.report(ProblemKind::kDropped, where,
                       unparsable_date_reason(date->get_ref<const std::string&>()));
    }
    return article;
  } catch (const RecordError& error) {
    problems_.report(ProblemKind::kSkipped, where, error.reason);
    return std::nullopt;
  }
}

}  // namespace newsindex
