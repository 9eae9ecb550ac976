#include "warc_reader.h"

#include "line_reader.h"

namespace newsindex {

WarcReader::WarcReader(const std::filesystem::path& path, std::string display_name, ProblemReporter& problems,
     const ReaderOptions& options)
    : path_(path), display_name_(std::move(display_name)), problems_(problems), options_(options) {
  throw InputError(display_name_, "this format is not read yet");
}

std::optional<Article> WarcReader::next() { return std::nullopt; }

}  // namespace newsindex
