// Turns the paths a user gives into the list of input files to read, and opens each with the
// reader for its format.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "article_reader.h"
#include "problem_reporter.h"

namespace newsindex {

enum class InputFormat { kJsonLines, kPlainText };

struct InputFile {
  std::filesystem::path path;
  std::string display_name;  // as the user would write it: the argument, or argument/relative
  InputFormat format;
  std::uintmax_t size_bytes = 0;
};

// The format a file name implies (.jsonl, .jsonl.gz, .txt), or nullopt.
[[nodiscard]] std::optional<InputFormat> input_format(const std::filesystem::path& path);

// Files named directly must have a supported extension; folders are walked recursively, in name
// order, taking the supported files and ignoring the rest (and hidden entries). Missing paths
// and unsupported files are reported as skipped.
[[nodiscard]] std::vector<InputFile> collect_input_files(const std::vector<std::string>& paths,
                                                         ProblemReporter& problems);

// Throws InputError when the file cannot be opened.
[[nodiscard]] std::unique_ptr<ArticleReader> open_reader(const InputFile& file,
                                                         ProblemReporter& problems);

}  // namespace newsindex
