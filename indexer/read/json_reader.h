// Reads JSON archives (.json, .json.gz): one article object, or an array of them.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "article_reader.h"
#include "problem_reporter.h"
#include "reader_options.h"

namespace newsindex {

// Objects have the fields of JSON Lines (corpus/README.md). A bad element is reported as FILE:LINE (the line it starts on) and skipped; the others are read.
class JsonReader final : public ArticleReader {
 public:
  // display_name is the path as the user gave it, used in messages and as the article origin.
  // Throws InputError when the file cannot be opened.
  JsonReader(const std::filesystem::path& path, std::string display_name, ProblemReporter& problems,
     const ReaderOptions& options);

  [[nodiscard]] std::optional<Article> next() override;
  [[nodiscard]] std::uint64_t bytes_consumed() const override { return consumed_; }

 private:
  std::filesystem::path path_;
  std::string display_name_;
  ProblemReporter& problems_;
  ReaderOptions options_;
  std::uint64_t consumed_ = 0;
};

}  // namespace newsindex
