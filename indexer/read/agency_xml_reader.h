// Reads news agencies' XML: NITF documents and NewsML-G2 news items.
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

// Headline, byline, dateline, issue date and body paragraphs; the agency's subject codes and entity
// annotations are kept as article metadata. Problems are reported as FILE:LINE.
class AgencyXmlReader final : public ArticleReader {
 public:
  // display_name is the path as the user gave it, used in messages and as the article origin.
  // Throws InputError when the file cannot be opened.
  AgencyXmlReader(const std::filesystem::path& path, std::string display_name,
                  ProblemReporter& problems, const ReaderOptions& options);
  ~AgencyXmlReader() override;

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
  struct Items;
  std::unique_ptr<Items> items_;
  bool parsed_ = false;
};

}  // namespace newsindex
