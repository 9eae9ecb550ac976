// Reads JSON Lines archives (.jsonl, .jsonl.gz): one article object per line.
#pragma once

#include <filesystem>
#include <string>

#include "article_reader.h"
#include "line_reader.h"
#include "problem_reporter.h"

namespace newsindex {

// Field names and rules are documented in corpus/README.md. Blank lines are ignored; a line that
// is not a valid article is reported as FILE:LINE and skipped.
class JsonlReader final : public ArticleReader {
 public:
  // display_name is the path as the user gave it, used in messages and as the article origin.
  // `fallback_date` (--date) is the publication date of records without one. Throws InputError
  // when the file cannot be opened.
  JsonlReader(const std::filesystem::path& path, std::string display_name,
              ProblemReporter& problems, std::optional<PublicationDate> fallback_date = {});

  [[nodiscard]] std::optional<Article> next() override;
  [[nodiscard]] std::uint64_t bytes_consumed() const override { return lines_.bytes_consumed(); }

 private:
  std::optional<Article> parse(const std::string& line);

  LineReader lines_;
  std::string display_name_;
  ProblemReporter& problems_;
  std::optional<PublicationDate> fallback_date_;
  std::string line_;
  bool saw_content_ = false;
};

}  // namespace newsindex
