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
#include "reader_options.h"

namespace newsindex {

// What a file's name says it holds. kXml and kHtml are settled by content when the file is opened
// (a .xml file may be RSS, Atom, NITF or NewsML-G2; a .html file may be a saved feed).
enum class InputFormat { kJsonLines, kPlainText, kJson, kCsv, kTsv, kHtml, kXml, kWarc };

// What an XML or HTML file turns out to hold, from its first bytes.
enum class MarkupKind { kHtml, kRss, kAtom, kNitf, kNewsMl, kUnknownXml };

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

// The extensions read, for messages: ".jsonl, .json, .csv, ...".
[[nodiscard]] std::string supported_extensions();

// The format a file name implies (any of supported_extensions(), also with .gz), or nullopt.
[[nodiscard]] std::optional<InputFormat> input_format(const std::filesystem::path& path);

// Files named directly must have a supported extension; folders are walked recursively, in name
// order, taking the supported files and setting the others aside (hidden entries are passed
// over). Missing paths and unsupported files named directly are reported as skipped.
[[nodiscard]] InputSelection collect_input_files(const std::vector<std::string>& paths,
                                                 ProblemReporter& problems);

// What markup a file starting with `head` holds: the root element, past any XML declaration,
// comments, processing instructions and doctype. `root_name` receives the root element's name
// (for the message about an unknown kind).
[[nodiscard]] MarkupKind markup_kind(std::string_view head, std::string* root_name = nullptr);

// Opens the reader for the file's format (by content for XML and HTML). Throws InputError when
// the file cannot be opened, or holds XML of a kind no reader knows.
[[nodiscard]] std::unique_ptr<ArticleReader> open_reader(const InputFile& file,
                                                         ProblemReporter& problems,
                                                         const ReaderOptions& options = {});

}  // namespace newsindex
