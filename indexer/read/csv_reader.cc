#include "csv_reader.h"

#include "line_reader.h"

namespace newsindex {

CsvReader::CsvReader(const std::filesystem::path& path, std::string display_name, ProblemReporter& problems,
     const ReaderOptions& options, char /*separator*/)
    : path_(path), display_name_(std::move(display_name)), problems_(problems), options_(options) {
  throw InputError(display_name_, "this format is not read yet");
}

std::optional<Article> CsvReader::next() { return std::nullopt; }

}  // namespace newsindex
