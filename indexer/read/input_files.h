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

// What a run reads, and what the folders it was given held besides.
struct InputSelection {
  std::vector<InputFile> files;
  // Files inside the folders of another type than the supported ones, as display names: not
  // read, and not a problem (a folder of clippings holds pictures too), but the user is told
  // how many, so that an archive in a format we do not read is not passed over unnoticed.
  std::vector<std::string> files_of_other_types;
};

// The format a file name implies (.jsonl, .jsonl.gz, .txt), or nullopt.
[[nodiscard]] std::optional<InputFormat> input_format(const std::filesystem::path& path);

// Files named directly must have a supported extension; folders are walked recursively, in name
// order, taking the supported files and setting the others aside (hidden entries are passed
// over). Missing paths and unsupported files named directly are reported as skipped.
[[nodiscard]] InputSelection collect_input_files(const std::vector<std::string>& paths,
                                                 ProblemReporter& problems);

// `fallback_date` (--date) dates the articles that give no date. Throws InputError when the file
// cannot be opened.
[[nodiscard]] std::unique_ptr<ArticleReader> open_reader(
    const InputFile& file, ProblemReporter& problems,
    const std::optional<PublicationDate>& fallback_date = {});

}  // namespace newsindex
