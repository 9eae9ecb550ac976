#include "jsonl_reader.h"

#include <nlohmann/json.hpp>

#include "byte_size.h"
#include "input_limits.h"
#include "json_article.h"

namespace newsindex {
namespace {

using Json = nlohmann::json;

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
  Json record;
  try {
    record = Json::parse(line);
  } catch (const Json::exception& error) {
    // Mostly parse_error; also out_of_range for numbers no double holds ("1e999").
    problems_.report(ProblemKind::kSkipped, where, describe_parse_error(error));
    return std::nullopt;
  }
  return json_article(record, where, problems_, fallback_date_);
}

}  // namespace newsindex
