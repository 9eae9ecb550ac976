#include "input_files.h"

#include <algorithm>
#include <cctype>

#include "agency_xml_reader.h"
#include "csv_reader.h"
#include "feed_reader.h"
#include "html_reader.h"
#include "json_reader.h"
#include "jsonl_reader.h"
#include "line_reader.h"
#include "plain_text_reader.h"
#include "warc_reader.h"
#include "whole_file.h"

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

namespace {

struct Extension {
  std::string_view suffix;
  InputFormat format;
  bool may_be_gzipped;
};

// Plain text is read only uncompressed: a .txt.gz is more often a dump of something else.
constexpr Extension kExtensions[] = {
    {".jsonl", InputFormat::kJsonLines, true}, {".json", InputFormat::kJson, true},
    {".txt", InputFormat::kPlainText, false},  {".csv", InputFormat::kCsv, true},
    {".tsv", InputFormat::kTsv, true},         {".html", InputFormat::kHtml, true},
    {".htm", InputFormat::kHtml, true},        {".xml", InputFormat::kXml, true},
    {".rss", InputFormat::kXml, true},         {".atom", InputFormat::kXml, true},
    {".nitf", InputFormat::kXml, true},        {".warc", InputFormat::kWarc, true},
};

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f';
}

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == ':' || c == '.' || static_cast<unsigned char>(c) >= 0x80;
}

// The first bytes a reader looks at to tell the kinds apart: enough for long comments and
// doctypes before the root element.
constexpr std::size_t kHeadBytes = 16 << 10;

}  // namespace

std::string supported_extensions() {
  std::string list;
  for (const Extension& extension : kExtensions) {
    if (!list.empty()) list += ", ";
    list += extension.suffix;
  }
  return list + " (and .gz of all but .txt)";
}

std::optional<InputFormat> input_format(const fs::path& path) {
  std::string name = path.filename().string();
  for (const Extension& extension : kExtensions) {
    if (ends_with(name, extension.suffix)) return extension.format;
    if (extension.may_be_gzipped && ends_with(name, std::string(extension.suffix) + ".gz")) {
      return extension.format;
    }
  }
  return std::nullopt;
}

MarkupKind markup_kind(std::string_view head, std::string* root_name) {
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  std::size_t at = 0;
  for (;;) {
    while (at < head.size() && is_space(head[at])) ++at;
    if (at >= head.size() || head[at] != '<') return MarkupKind::kUnknownXml;
    std::string_view rest = head.substr(at);
    std::string_view close;
    if (rest.starts_with("<?")) {
      close = "?>";
    } else if (rest.starts_with("<!--")) {
      close = "-->";
    } else if (rest.starts_with("<!")) {
      // A doctype: "<!DOCTYPE html>" settles it; other doctypes (NITF's) are passed over, with
      // an internal subset in brackets, whose entity values may hold '>'.
      std::string lowered(rest.substr(0, 14));
      for (char& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (lowered.starts_with("<!doctype html")) return MarkupKind::kHtml;
      std::size_t bracket = rest.find('[');
      std::size_t first_close = rest.find('>');
      close = ">";
      if (bracket != std::string_view::npos && bracket < first_close) {
        std::size_t subset_end = rest.find(']', bracket);
        if (subset_end == std::string_view::npos) return MarkupKind::kUnknownXml;
        at += subset_end;
      }
    } else {
      break;
    }
    std::size_t end = head.find(close, at);
    if (end == std::string_view::npos) return MarkupKind::kUnknownXml;
    at = end + close.size();
  }
  std::size_t name_end = at + 1;
  while (name_end < head.size() && is_name_char(head[name_end])) ++name_end;
  std::string name(head.substr(at + 1, name_end - at - 1));
  if (root_name != nullptr) *root_name = name;
  // The local name decides; a prefix ("atom:feed") is as good as a default namespace.
  std::string local = name.substr(name.find(':') == std::string::npos ? 0 : name.find(':') + 1);
  std::string lowered = local;
  for (char& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lowered == "html") return MarkupKind::kHtml;
  if (local == "rss" || local == "RDF") return MarkupKind::kRss;
  if (local == "feed") return MarkupKind::kAtom;
  if (local == "nitf") return MarkupKind::kNitf;
  if (local == "newsMessage" || local == "newsItem" || local == "packageItem") {
    return MarkupKind::kNewsMl;
  }
  // A page saved without <html> (a fragment, or a sloppy CMS) still starts with an element.
  if (lowered == "head" || lowered == "body" || lowered == "meta" || lowered == "title" ||
      lowered == "div" || lowered == "p" || lowered == "article") {
    return MarkupKind::kHtml;
  }
  return MarkupKind::kUnknownXml;
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
                        "unsupported file type (expected " + supported_extensions() + ")");
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
                                           const ReaderOptions& options) {
  const fs::path& path = file.path;
  const std::string& name = file.display_name;
  switch (file.format) {
    case InputFormat::kJsonLines:
      return std::make_unique<JsonlReader>(path, name, problems, options.fallback_date);
    case InputFormat::kPlainText:
      return std::make_unique<PlainTextReader>(path, name, problems, options.fallback_date);
    case InputFormat::kJson:
      return std::make_unique<JsonReader>(path, name, problems, options);
    case InputFormat::kCsv:
      return std::make_unique<CsvReader>(path, name, problems, options, ',');
    case InputFormat::kTsv:
      return std::make_unique<CsvReader>(path, name, problems, options, '\t');
    case InputFormat::kWarc:
      return std::make_unique<WarcReader>(path, name, problems, options);
    case InputFormat::kHtml:
    case InputFormat::kXml:
      break;
  }
  std::string root;
  switch (markup_kind(read_file_head(path, kHeadBytes), &root)) {
    case MarkupKind::kHtml:
      return std::make_unique<HtmlReader>(path, name, problems, options);
    case MarkupKind::kRss:
    case MarkupKind::kAtom:
      return std::make_unique<FeedReader>(path, name, problems, options);
    case MarkupKind::kNitf:
    case MarkupKind::kNewsMl:
      return std::make_unique<AgencyXmlReader>(path, name, problems, options);
    case MarkupKind::kUnknownXml:
      break;
  }
  // A .html file may hold a page too broken to show its root; XML of an unknown kind is not
  // guessed at.
  if (file.format == InputFormat::kHtml) {
    return std::make_unique<HtmlReader>(path, name, problems, options);
  }
  throw InputError(name, root.empty() ? "not XML: expected RSS, Atom, NITF or NewsML-G2"
                                      : "XML with root element <" + root +
                                            "> is not RSS, Atom, NITF or NewsML-G2");
}

}  // namespace newsindex
