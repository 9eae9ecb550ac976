// Reads one article from a plain-text file (.txt): an optional "Key: value" header block, a blank
// line, then the body. The rules are documented in corpus/README.md.
#pragma once

#include <filesystem>
#include <string>

#include "article_reader.h"
#include "problem_reporter.h"

namespace newsindex {

class PlainTextReader final : public ArticleReader {
 public:
  // display_name is the path as the user gave it. The publication date is the header's, else
  // the day the file's name starts with, else `fallback_date` (--date). Throws InputError when
  // the file cannot be read.
  PlainTextReader(const std::filesystem::path& path, std::string display_name,
                  ProblemReporter& problems, std::optional<PublicationDate> fallback_date = {});

  [[nodiscard]] std::optional<Article> next() override;
  // A text file is read whole: nothing, then everything.
  [[nodiscard]] std::uint64_t bytes_consumed() const override { return consumed_; }

 private:
  std::filesystem::path path_;
  std::string display_name_;
  ProblemReporter& problems_;
  std::optional<PublicationDate> fallback_date_;
  bool done_ = false;
  std::uint64_t consumed_ = 0;
};

// The title of a file without a header: its first line when that is short enough to be a
// headline, otherwise its first sentence (shortened at a word boundary if still too long).
[[nodiscard]] std::string title_from_body(std::string_view body);

}  // namespace newsindex
