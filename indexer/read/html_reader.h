// Reads a saved HTML news page (.html, .htm, and .gz): one article.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "article_reader.h"
#include "problem_reporter.h"
#include "reader_options.h"

namespace newsindex {

// The article's text without the page's navigation, banners and footer (main_text_extractor.h),
// with the title, date, author, source and language from the page's metadata (page_metadata.h). A
// page that does not hold an article (an index page) is reported and skipped.
class HtmlReader final : public ArticleReader {
 public:
  // display_name is the path as the user gave it, used in messages and as the article origin.
  // Throws InputError when the file cannot be opened.
  HtmlReader(const std::filesystem::path& path, std::string display_name, ProblemReporter& problems,
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
