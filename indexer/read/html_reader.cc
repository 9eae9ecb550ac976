#include "html_reader.h"

#include "input_limits.h"
#include "web_page.h"
#include "whole_file.h"

namespace newsindex {

HtmlReader::HtmlReader(const std::filesystem::path& path, std::string display_name,
                       ProblemReporter& problems, const ReaderOptions& options)
    : path_(path), display_name_(std::move(display_name)), problems_(problems), options_(options) {}

std::optional<Article> HtmlReader::next() {
  if (consumed_ > 0) return std::nullopt;
  std::string bytes = read_whole_file(path_, kMaxPageBytes);
  std::error_code ignored;
  consumed_ = std::max<std::uint64_t>(1, std::filesystem::file_size(path_, ignored));
  WebPageReader pages(problems_, options_);
  return pages.read(bytes, PageSource{{display_name_, 0}, {}, {}});
}

}  // namespace newsindex
