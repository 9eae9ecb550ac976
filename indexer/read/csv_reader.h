// Reads CSV and TSV archives (.csv, .tsv, and .gz): a header row, then one article per record.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "article_reader.h"
#include "problem_reporter.h"
#include "reader_options.h"

namespace newsindex {

// Columns are recognised by name (corpus/README.md) or mapped with ReaderOptions::columns. Fields may be quoted (RFC 4180), with separators, quotes and newlines inside; a bad record is reported as FILE:LINE (the line it starts on) and skipped.
class CsvReader final : public ArticleReader {
 public:
  // display_name is the path as the user gave it, used in messages and as the article origin.
  // Throws InputError when the file cannot be opened.
  CsvReader(const std::filesystem::path& path, std::string display_name, ProblemReporter& problems,
     const ReaderOptions& options, char separator);

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
