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
  WholeFile page = read_input_file(path_, display_name_, kMaxPageBytes);
  // Not 0 even for an empty file: 0 is what next() tests for "not read yet".
  consumed_ = std::max<std::uint64_t>(1, page.stored_size);
  WebPageReader pages(problems_, options_);
  return pages.read(page.content, PageSource{{display_name_, 0}, {}, {}});
}

}  // namespace newsindex
