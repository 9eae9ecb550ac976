// Reads JSON archives (.json, .json.gz): one article object, or an array of them.
#pragma once

#include <cstdint>
#include <exception>
#include <filesystem>
#include <optional>
#include <string>

#include "article_reader.h"
#include "problem_reporter.h"
#include "reader_options.h"

namespace newsindex {

// Objects have the fields of JSON Lines (corpus/README.md). The file is held in memory (up to
// kMaxJsonFileBytes), but an array's elements are parsed one at a time: a bad element is reported
// as FILE:LINE (the line it starts on) and skipped, and the others are read. A .json file that
// holds JSON Lines (an object per line) is read as JSON Lines.
class JsonReader final : public ArticleReader {
 public:
  // display_name is the path as the user gave it, used in messages and as the article origin.
  // Throws InputError when the file cannot be opened or read, or is larger than the limit.
  JsonReader(const std::filesystem::path& path, std::string display_name, ProblemReporter& problems,
             const ReaderOptions& options);

  [[nodiscard]] std::optional<Article> next() override;
  [[nodiscard]] std::uint64_t bytes_consumed() const override;

 private:
  enum class Layout { kUnknown, kObject, kArray, kLines, kDone };

  // What the file holds, from its first value (and first lines); reports a file that holds no
  // articles at all.
  void find_layout();
  [[nodiscard]] std::optional<Article> next_in_array();
  [[nodiscard]] std::optional<Article> next_line();
  [[nodiscard]] std::optional<Article> the_object();
  // Reports why what follows position_ is not JSON, or not the JSON of articles.
  void report_not_json();
  // The article of the JSON value in [begin, end), begin being position_. When it does not parse,
  // *error_offset (if given) says where the parser stopped.
  [[nodiscard]] std::optional<Article> article_at(std::size_t begin, std::size_t end,
                                                  std::size_t* error_offset = nullptr);
  // "invalid JSON: ..." for a parser's exception on the text from `begin` (position_ or later).
  [[nodiscard]] std::string parse_error_reason(const std::exception& error,
                                               std::size_t begin) const;
  // Moves position_ to `to`, counting the lines passed.
  void advance(std::size_t to);
  void skip_space();
  // Reports anything but white space after the value that ended at position_.
  void report_trailing_content(const std::string& value_name);
  // "line 3, column 14" for a byte offset of content_ at or after position_.
  [[nodiscard]] std::string position_of(std::size_t offset) const;
  void finish();

  std::string display_name_;
  ProblemReporter& problems_;
  std::optional<PublicationDate> fallback_date_;
  std::string content_;
  std::uint64_t size_on_disk_ = 0;
  Layout layout_ = Layout::kUnknown;
  std::size_t position_ = 0;
  std::size_t line_ = 1;  // of position_
  std::size_t line_start_ = 0;
  std::size_t elements_ = 0;
  bool expect_separator_ = false;
  std::size_t last_element_line_ = 0;
};

}  // namespace newsindex
