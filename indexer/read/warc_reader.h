// Reads web archives (.warc, .warc.gz with one gzip member per record).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "article_reader.h"
#include "problem_reporter.h"
#include "reader_options.h"

namespace newsindex {

// Every HTTP response record with an HTML payload becomes an article (as HtmlReader reads a page), with the target URI as url and, when the page names no canonical URL, as id. Other records are skipped and counted; problems are reported as FILE@OFFSET (the record's offset in the uncompressed stream).
class WarcReader final : public ArticleReader {
 public:
  // display_name is the path as the user gave it, used in messages and as the article origin.
  // Throws InputError when the file cannot be opened.
  WarcReader(const std::filesystem::path& path, std::string display_name, ProblemReporter& problems,
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
