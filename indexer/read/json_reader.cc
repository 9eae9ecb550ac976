#include "json_reader.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "input_limits.h"
#include "json_article.h"
#include "whole_file.h"

namespace newsindex {
namespace {

using Json = nlohmann::json;

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
constexpr std::string_view kWhatAJsonFileHolds =
    "a .json file holds one article object or one array of them";

bool is_json_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

bool can_start_value(char c) {
  return c == '{' || c == '[' || c == '"' || c == '-' || (c >= '0' && c <= '9') || c == 't' ||
         c == 'f' || c == 'n';
}

// Where a JSON value ends, found without parsing it, so that each element of an array can be
// parsed (and fail) on its own.
struct Extent {
  std::size_t end;        // where reading goes on
  std::size_t parse_end;  // the text to give the parser: up to a mismatched bracket, included
  bool complete;          // false when brackets do not match or the file ends inside the value
};

// Counts brackets and skips strings (with their escapes); a scalar ends at the first ',', white
// space or closing bracket.
Extent value_extent(std::string_view text, std::size_t begin) {
  std::string closers;
  std::size_t at = begin;
  while (at < text.size()) {
    char c = text[at];
    if (c == '"') {
      for (++at; at < text.size() && text[at] != '"';) {
        at = text.find_first_of("\"\\", at);
        if (at == std::string_view::npos) break;
        if (text[at] == '\\') at += 2;
      }
      if (at >= text.size()) return {text.size(), text.size(), false};
      ++at;
      if (closers.empty()) return {at, at, true};
    } else if (c == '{' || c == '[') {
      closers.push_back(c == '{' ? '}' : ']');
      ++at;
    } else if (c == '}' || c == ']') {
      if (closers.empty()) return {at, at, true};
      if (c != closers.back()) return {at, at + 1, false};
      closers.pop_back();
      ++at;
      if (closers.empty()) return {at, at, true};
    } else if (closers.empty() && (c == ',' || is_json_space(c))) {
      return {at, at, true};
    } else {
      ++at;
    }
  }
  return {text.size(), text.size(), closers.empty()};
}

// The first line of `text` and the next one that is not blank, without their line ends.
std::pair<std::string_view, std::string_view> first_two_lines(std::string_view text) {
  auto line_at = [&](std::size_t begin) {
    std::size_t end = std::min(text.find('\n', begin), text.size());
    std::string_view line = text.substr(begin, end - begin);
    if (line.ends_with('\r')) line.remove_suffix(1);
    return std::pair{line, end};
  };
  auto [first, end] = line_at(0);
  while (end < text.size()) {
    auto [line, line_end] = line_at(end + 1);
    if (!is_blank(line)) return {first, line};
    end = line_end;
  }
  return {first, {}};
}

bool is_object_text(std::string_view line) {
  std::size_t start = line.find_first_not_of(" \t");
  return start != std::string_view::npos && line[start] == '{' &&
         Json::accept(line.begin(), line.end());
}

// The offset in a text of `size` bytes where the parser stopped, reading from `begin`.
std::size_t offset_of(const Json::parse_error& error, std::size_t begin, std::size_t size) {
  // nlohmann counts the bytes read, the one it stopped at included.
  std::size_t offset = begin + (error.byte > 0 ? error.byte - 1 : 0);
  return std::min(offset, size);
}

}  // namespace

JsonReader::JsonReader(const std::filesystem::path& path, std::string display_name,
                       ProblemReporter& problems, const ReaderOptions& options)
    : display_name_(std::move(display_name)),
      problems_(problems),
      fallback_date_(options.fallback_date) {
  WholeFile file = read_input_file(path, display_name_, kMaxJsonFileBytes);
  content_ = std::move(file.content);
  size_on_disk_ = file.stored_size;
  // A byte-order mark is not part of the first value.
  if (content_.starts_with(kByteOrderMark)) position_ = line_start_ = kByteOrderMark.size();
}

std::uint64_t JsonReader::bytes_consumed() const {
  if (layout_ == Layout::kDone) return size_on_disk_;
  if (content_.empty()) return 0;
  // Compressed files shrink the text evenly enough for a progress bar.
  return static_cast<std::uint64_t>(static_cast<double>(position_) /
                                    static_cast<double>(content_.size()) *
                                    static_cast<double>(size_on_disk_));
}

std::optional<Article> JsonReader::next() {
  if (layout_ == Layout::kUnknown) find_layout();
  switch (layout_) {
    case Layout::kObject:
      return the_object();
    case Layout::kArray:
      return next_in_array();
    case Layout::kLines:
      return next_line();
    case Layout::kUnknown:
    case Layout::kDone:
      break;
  }
  return std::nullopt;
}

void JsonReader::find_layout() {
  skip_space();
  if (position_ == content_.size()) {
    problems_.report(ProblemKind::kSkipped, {display_name_, 0}, "empty file");
    return finish();
  }
  // A binary file named .json would otherwise give a parse error that shows its bytes.
  if (content_.find('\0') != std::string::npos) {
    problems_.report(ProblemKind::kSkipped, {display_name_, 0},
                     "binary file (NUL bytes), not JSON");
    return finish();
  }
  char first = content_[position_];
  if (first == '[') {
    advance(position_ + 1);
    layout_ = Layout::kArray;
  } else if (first != '{') {
    report_not_json();
  } else {
    // JSON Lines in a .json file: the first line, or the next one when the first is broken, is
    // an object by itself, and more follows. A pretty-printed object never has one on its first
    // two lines ("{", then "  \"id\": ...").
    auto [line, next_line] = first_two_lines(std::string_view(content_).substr(position_));
    bool lines = !next_line.empty() && (is_object_text(line) || is_object_text(next_line));
    layout_ = lines ? Layout::kLines : Layout::kObject;
  }
}

void JsonReader::report_not_json() {
  SourceLocation where{display_name_, line_};
  try {
    Json value =
        Json::parse(content_.begin() + static_cast<std::ptrdiff_t>(position_), content_.end());
    problems_.report(
        ProblemKind::kSkipped, where,
        "expected an article object or an array of them, got " + json_type_name(value));
  } catch (const Json::exception& error) {
    std::string reason = parse_error_reason(error, position_);
    constexpr std::string_view kInvalid = "invalid JSON: ";
    if (reason.starts_with(kInvalid)) reason.erase(0, kInvalid.size());
    problems_.report(ProblemKind::kSkipped, where, "not JSON: " + reason);
  }
  finish();
}

std::optional<Article> JsonReader::the_object() {
  Extent extent = value_extent(content_, position_);
  std::optional<Article> article = article_at(position_, extent.parse_end);
  advance(extent.end);
  if (extent.complete) report_trailing_content("the article object");
  finish();
  return article;
}

std::optional<Article> JsonReader::next_in_array() {
  for (;;) {
    skip_space();
    if (position_ == content_.size()) {
      problems_.report(ProblemKind::kSkipped, {display_name_, line_},
                       "the array is not closed: the file ends before its ']' (cut short?)");
      finish();
      return std::nullopt;
    }
    char c = content_[position_];
    if (c == ']') {
      advance(position_ + 1);
      if (elements_ == 0) {
        problems_.report(ProblemKind::kSkipped, {display_name_, 0}, "no articles (an empty array)");
      }
      report_trailing_content("the array");
      finish();
      return std::nullopt;
    }
    if (expect_separator_) {
      if (c == ',') {
        advance(position_ + 1);
        expect_separator_ = false;
        continue;
      }
      if (c != '{') {
        problems_.report(
            ProblemKind::kSkipped, {display_name_, line_},
            "invalid JSON: expected ',' or ']' after the element that starts at line " +
                std::to_string(last_element_line_) + ", found '" + std::string(1, c) +
                "'; the rest of the file is not read");
        finish();
        return std::nullopt;
      }
      problems_.report(ProblemKind::kWarning, {display_name_, line_},
                       "missing ',' before this array element; read as if it were there");
    } else if (c == ',') {
      problems_.report(ProblemKind::kWarning, {display_name_, line_},
                       "empty array element (two commas in a row) passed over");
      advance(position_ + 1);
      continue;
    }
    if (elements_ == 0 && !can_start_value(c)) {
      report_not_json();
      return std::nullopt;
    }
    ++elements_;
    expect_separator_ = true;
    last_element_line_ = line_;
    Extent extent = value_extent(content_, position_);
    std::size_t error_offset = 0;
    std::optional<Article> article = article_at(position_, extent.parse_end, &error_offset);
    if (!extent.complete && extent.end == content_.size()) {
      // The file is cut short inside this element, which the parser's message has said.
      finish();
      return article;
    }
    if (!extent.complete && error_offset > position_ && error_offset < extent.end &&
        content_[error_offset] == '{') {
      // An element that lacks its closing brace runs into the next one, where the parser stops:
      // that one is read on its own.
      advance(error_offset);
      expect_separator_ = false;
    } else {
      advance(extent.end);
    }
    if (article) return article;
  }
}

std::optional<Article> JsonReader::next_line() {
  while (position_ < content_.size()) {
    std::size_t end = std::min(content_.find('\n', position_), content_.size());
    std::size_t stop = end;
    if (stop > position_ && content_[stop - 1] == '\r') --stop;
    std::optional<Article> article;
    if (!is_blank(std::string_view(content_).substr(position_, stop - position_))) {
      article = article_at(position_, stop);
    }
    advance(std::min(end + 1, content_.size()));
    if (article) return article;
  }
  finish();
  return std::nullopt;
}

std::optional<Article> JsonReader::article_at(std::size_t begin, std::size_t end,
                                              std::size_t* error_offset) {
  SourceLocation where{display_name_, line_};
  Json record;
  try {
    record = Json::parse(content_.data() + begin, content_.data() + end);
  } catch (const Json::exception& error) {
    // Mostly parse_error; also out_of_range for numbers no double holds ("1e999").
    if (const auto* parse_error = dynamic_cast<const Json::parse_error*>(&error)) {
      if (error_offset != nullptr) *error_offset = offset_of(*parse_error, begin, content_.size());
    }
    problems_.report(ProblemKind::kSkipped, where, parse_error_reason(error, begin));
    return std::nullopt;
  }
  return json_article(record, where, problems_, fallback_date_);
}

std::string JsonReader::parse_error_reason(const std::exception& error, std::size_t begin) const {
  const auto* parse_error = dynamic_cast<const Json::parse_error*>(&error);
  if (parse_error == nullptr) return describe_parse_error(error);
  return describe_parse_error(error, position_of(offset_of(*parse_error, begin, content_.size())));
}

std::string JsonReader::position_of(std::size_t offset) const {
  std::size_t line = line_;
  std::size_t line_start = line_start_;
  for (std::size_t at = position_; at < offset; ++at) {
    if (content_[at] == '\n') {
      ++line;
      line_start = at + 1;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(offset - line_start + 1);
}

void JsonReader::advance(std::size_t to) {
  for (std::size_t at = position_; at < to; ++at) {
    if (content_[at] == '\n') {
      ++line_;
      line_start_ = at + 1;
    }
  }
  position_ = to;
}

void JsonReader::skip_space() {
  std::size_t end = position_;
  while (end < content_.size() && is_json_space(content_[end])) ++end;
  advance(end);
}

void JsonReader::report_trailing_content(const std::string& value_name) {
  skip_space();
  if (position_ < content_.size()) {
    problems_.report(
        ProblemKind::kSkipped, {display_name_, line_},
        "content after " + value_name + " is not read (" + std::string(kWhatAJsonFileHolds) + ")");
  }
}

void JsonReader::finish() {
  layout_ = Layout::kDone;
  content_ = std::string();
}

}  // namespace newsindex
