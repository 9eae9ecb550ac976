// Reads news feeds: RSS 2.0 (and RSS 1.0) and Atom, one article per item or entry.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "article_reader.h"
#include "problem_reporter.h"
#include "reader_options.h"

namespace newsindex {

// Link, date (RFC 822 or RFC 3339), title, author and the content or else the summary, whose HTML
// is reduced to its text. A bad item is reported as FILE:LINE and skipped.
class FeedReader final : public ArticleReader {
 public:
  // display_name is the path as the user gave it, used in messages and as the article origin.
  // Throws InputError when the file cannot be opened.
  FeedReader(const std::filesystem::path& path, std::string display_name, ProblemReporter& problems,
             const ReaderOptions& options);
  ~FeedReader() override;

  [[nodiscard]] std::optional<Article> next() override;
  [[nodiscard]] std::uint64_t bytes_consumed() const override { return consumed_; }

 private:
  std::filesystem::path path_;
  std::string display_name_;
  ProblemReporter& problems_;
  ReaderOptions options_;
  std::uint64_t consumed_ = 0;
  // The file's bytes until the first next() parses them (problems are reported from next()).
  std::string content_;
  std::uint64_t stored_size_ = 0;
  struct Feed;
  std::unique_ptr<Feed> feed_;
  bool parsed_ = false;
};

}  // namespace newsindex
