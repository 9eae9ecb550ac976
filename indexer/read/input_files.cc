#include "input_files.h"

#include <algorithm>

#include "jsonl_reader.h"
#include "plain_text_reader.h"

namespace newsindex {
namespace fs = std::filesystem;

namespace {

bool ends_with(const std::string& name, std::string_view suffix) {
  if (name.size() < suffix.size()) return false;
  return std::equal(suffix.begin(), suffix.end(),
                    name.end() - static_cast<std::ptrdiff_t>(suffix.size()), [](char a, char b) {
                      if (b >= 'A' && b <= 'Z') b = static_cast<char>(b - 'A' + 'a');
                      return a == b;
                    });
}

bool is_hidden(const fs::path& path) {
  std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

std::uintmax_t size_of(const fs::path& path) {
  std::error_code error;
  std::uintmax_t size = fs::file_size(path, error);
  return error ? 0 : size;
}

}  // namespace

std::optional<InputFormat> input_format(const fs::path& path) {
  std::string name = path.filename().string();
  if (ends_with(name, ".jsonl") || ends_with(name, ".jsonl.gz")) return InputFormat::kJsonLines;
  if (ends_with(name, ".txt")) return InputFormat::kPlainText;
  return std::nullopt;
}

InputSelection collect_input_files(const std::vector<std::string>& paths,
                                   ProblemReporter& problems) {
  InputSelection selection;
  std::vector<InputFile>& files = selection.files;
  for (const std::string& argument : paths) {
    fs::path root(argument);
    std::error_code error;
    fs::file_status status = fs::status(root, error);
    if (!fs::exists(status)) {
      problems.report(ProblemKind::kSkipped, {argument, 0}, "no such file or folder");
      continue;
    }
    if (error) {
      problems.report(ProblemKind::kSkipped, {argument, 0}, "cannot access: " + error.message());
      continue;
    }
    if (!fs::is_directory(status)) {
      std::optional<InputFormat> format = input_format(root);
      if (!format) {
        problems.report(ProblemKind::kSkipped, {argument, 0},
                        "unsupported file type (expected .jsonl, .jsonl.gz or .txt)");
        continue;
      }
      files.push_back({root, argument, *format, size_of(root)});
      continue;
    }
    std::vector<InputFile> found;
    std::vector<fs::path> other_types;
    fs::recursive_directory_iterator walk(root, fs::directory_options::skip_permission_denied,
                                          error);
    for (; !error && walk != fs::recursive_directory_iterator(); walk.increment(error)) {
      const fs::directory_entry& entry = *walk;
      if (is_hidden(entry.path())) {
        if (entry.is_directory(error)) walk.disable_recursion_pending();
        continue;
      }
      if (!entry.is_regular_file(error)) continue;
      if (std::optional<InputFormat> format = input_format(entry.path())) {
        found.push_back({entry.path(), entry.path().string(), *format, size_of(entry.path())});
      } else {
        other_types.push_back(entry.path());
      }
    }
    if (error) {
      problems.report(ProblemKind::kSkipped, {argument, 0},
                      "cannot read folder: " + error.message());
    }
    std::sort(found.begin(), found.end(),
              [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
    files.insert(files.end(), std::make_move_iterator(found.begin()),
                 std::make_move_iterator(found.end()));
    std::sort(other_types.begin(), other_types.end());
    for (const fs::path& path : other_types) {
      selection.files_of_other_types.push_back(path.string());
    }
  }
  return selection;
}

std::unique_ptr<ArticleReader> open_reader(const InputFile& file, ProblemReporter& problems,
                                           const std::optional<PublicationDate>& fallback_date) {
  switch (file.format) {
    case InputFormat::kJsonLines:
      return std::make_unique<JsonlReader>(file.path, file.display_name, problems, fallback_date);
    case InputFormat::kPlainText:
      return std::make_unique<PlainTextReader>(file.path, file.display_name, problems,
                                               fallback_date);
  }
  return nullptr;
}

}  // namespace newsindex
