#include "csv_reader.h"

#include <algorithm>
#include <string_view>

#include "input_limits.h"
#include "publication_date.h"
#include "schema.h"

namespace newsindex {
namespace {

enum Field : std::size_t {
  kId,
  kTitle,
  kText,
  kDate,
  kSource,
  kUrl,
  kLanguage,
  kAuthors,
  kSection
};

struct FieldColumns {
  std::string_view field;
  // The header names that hold the field, the first found winning.
  std::array<std::string_view, 4> names;
};

// Names of the columns found without --columns, as spreadsheets and scrapers name them.
constexpr std::array<FieldColumns, 9> kFieldColumns = {{
    {"id", {"id"}},
    {"title", {"title", "headline"}},
    {"text", {"text", "body", "content", "article"}},
    {"date", {"date", "published", "pubdate", "publication_date"}},
    {"source", {"source"}},
    {"url", {"url", "link"}},
    {"language", {"language", "lang"}},
    {"authors", {"authors", "author", "byline"}},
    {"section", {"section"}},
}};

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

std::string_view trimmed(std::string_view text) {
  std::size_t begin = text.find_first_not_of(" \t\r\n\f\v");
  if (begin == std::string_view::npos) return {};
  std::size_t end = text.find_last_not_of(" \t\r\n\f\v");
  return text.substr(begin, end - begin + 1);
}

std::string lowercase(std::string_view text) {
  std::string lowered(text);
  for (char& c : lowered) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lowered;
}

// Header names and --columns are matched trimmed and without regard to ASCII case.
std::string header_key(std::string_view name) {
  return lowercase(trimmed(name));
}

// A .gz name promises gzip; other names are read as found.
Compression compression_of(const std::filesystem::path& path) {
  return lowercase(path.extension().string()) == ".gz" ? Compression::kGzip : Compression::kAny;
}

std::string listed(const std::vector<std::string>& names) {
  std::string list;
  for (const std::string& name : names) {
    if (!list.empty()) list += ", ";
    list += name.empty() ? "\"\"" : name;
  }
  return list;
}

std::vector<std::string> split_authors(std::string_view text) {
  std::vector<std::string> names;
  while (!text.empty()) {
    std::size_t end = std::min(text.find(';'), text.size());
    if (std::string_view name = trimmed(text.substr(0, end)); !name.empty()) {
      names.emplace_back(name);
    }
    text.remove_prefix(std::min(end + 1, text.size()));
  }
  return names;
}

}  // namespace

CsvReader::CsvReader(const std::filesystem::path& path, std::string display_name,
                     ProblemReporter& problems, const ReaderOptions& options, char separator)
    : lines_(path, kMaxLineBytes, compression_of(path)),
      display_name_(std::move(display_name)),
      problems_(problems),
      options_(options),
      separator_(separator) {}

std::optional<Article> CsvReader::next() {
  if (!started_) {
    started_ = true;
    finished_ = !read_header();
  }
  while (!finished_) {
    Record record;
    switch (read_record(record)) {
      case RecordStatus::kEnd:
        finished_ = true;
        if (records_ == 0) {
          problems_.report(ProblemKind::kSkipped, {display_name_, 0},
                           "no articles: a header and no records");
        }
        break;
      case RecordStatus::kSkipped:
        ++records_;
        break;
      case RecordStatus::kRecord:
        ++records_;
        if (std::optional<Article> article = article_of(record)) return article;
        break;
    }
  }
  return std::nullopt;
}

CsvReader::RecordStatus CsvReader::read_record(Record& record) {
  enum class State { kFieldStart, kUnquoted, kQuoted, kQuoteInQuoted };
  State state = State::kFieldStart;
  std::string field;
  std::size_t quote_line = 0;
  std::size_t record_bytes = 0;
  bool too_long = false;
  record.fields.clear();
  record.first_line = 0;
  for (;;) {
    LineReader::Status status = lines_.next(line_);
    if (status == LineReader::Status::kEnd) {
      if (record.first_line == 0) return RecordStatus::kEnd;
      // Only a quoted field goes on past its line: this one is never closed.
      std::string skipped_record =
          record.first_line == quote_line
              ? "its record"
              : "the record from line " + std::to_string(record.first_line);
      problems_.report(ProblemKind::kSkipped, {display_name_, quote_line},
                       "quoted field never closed: no '\"' ends the field that opens here before "
                       "the end of the file (line " +
                           std::to_string(lines_.line_number()) + "); " + skipped_record +
                           " is skipped");
      return RecordStatus::kSkipped;
    }
    if (record.first_line == 0) {
      if (status == LineReader::Status::kLine) {
        // A byte-order mark is not part of the first column's name.
        if (lines_.line_number() == 1 && line_.starts_with(kByteOrderMark)) {
          line_.erase(0, kByteOrderMark.size());
        }
        if (is_blank(line_)) continue;
      }
      record.first_line = lines_.line_number();
    }
    if (status == LineReader::Status::kTooLong) {
      // The line's bytes are gone, and with them whether a quote opened or closed in it: a record
      // is taken to end with it, a quoted field to go on.
      record_bytes += lines_.too_long_bytes();
      too_long = true;
    } else {
      record_bytes += line_.size() + 1;
      too_long = too_long || record_bytes > kMaxLineBytes;
      if (state == State::kQuoted) field += '\n';
      const std::string_view line = line_;
      for (std::size_t at = 0; at < line.size();) {
        char c = line[at];
        switch (state) {
          case State::kFieldStart:
            if (c == '"') {
              state = State::kQuoted;
              quote_line = lines_.line_number();
              ++at;
              continue;
            }
            state = State::kUnquoted;
            [[fallthrough]];
          case State::kUnquoted: {
            // A quote inside an unquoted field is an ordinary character.
            std::size_t end = std::min(line.find(separator_, at), line.size());
            field.append(line.substr(at, end - at));
            at = end;
            if (at < line.size()) {
              record.fields.push_back(std::move(field));
              field.clear();
              state = State::kFieldStart;
              ++at;
            }
            break;
          }
          case State::kQuoted: {
            std::size_t end = std::min(line.find('"', at), line.size());
            field.append(line.substr(at, end - at));
            at = end;
            if (at < line.size()) {
              state = State::kQuoteInQuoted;
              ++at;
            }
            break;
          }
          case State::kQuoteInQuoted:
            if (c == '"') {
              field += '"';
              state = State::kQuoted;
            } else if (c == separator_) {
              record.fields.push_back(std::move(field));
              field.clear();
              state = State::kFieldStart;
            } else {
              // Text after a closing quote ("a"b) is kept, as spreadsheets do.
              field += c;
              state = State::kUnquoted;
            }
            ++at;
            break;
        }
      }
    }
    if (state == State::kQuoted && status == LineReader::Status::kLine) {
      if (too_long) {
        // Still looking for the end of the record, but no longer keeping it.
        field.clear();
        record.fields.clear();
      }
      continue;
    }
    if (state == State::kQuoted && status == LineReader::Status::kTooLong) continue;
    if (too_long) {
      problems_.report(ProblemKind::kSkipped, {display_name_, record.first_line},
                       "record of " + describe_size(record_bytes) + " is longer than the " +
                           describe_size(kMaxLineBytes) + " limit");
      return RecordStatus::kSkipped;
    }
    record.fields.push_back(std::move(field));
    return RecordStatus::kRecord;
  }
}

bool CsvReader::read_header() {
  Record header;
  switch (read_record(header)) {
    case RecordStatus::kEnd:
      if (header.first_line == 0) {
        problems_.report(ProblemKind::kSkipped, {display_name_, 0}, "empty file");
      }
      return false;
    case RecordStatus::kSkipped:
      return false;
    case RecordStatus::kRecord:
      break;
  }
  for (const std::string& name : header.fields) {
    if (name.find('\0') != std::string::npos) {
      // A binary file named .csv would otherwise give an error for every "record" in it.
      problems_.report(
          ProblemKind::kSkipped, {display_name_, 0},
          std::string("binary file (NUL bytes), not ") + (separator_ == '\t' ? "TSV" : "CSV"));
      return false;
    }
  }
  header_size_ = header.fields.size();
  std::vector<std::string> keys;
  for (const std::string& name : header.fields) {
    column_names_.emplace_back(trimmed(name));
    keys.push_back(header_key(name));
  }
  auto column_named = [&](std::string_view key) -> std::optional<std::size_t> {
    auto found = std::find(keys.begin(), keys.end(), key);
    if (found == keys.end()) return std::nullopt;
    return static_cast<std::size_t>(found - keys.begin());
  };

  std::vector<bool> mapped(keys.size(), false);
  for (const auto& [field, column] : options_.columns) {
    auto spec = std::find_if(
        kFieldColumns.begin(), kFieldColumns.end(),
        [&wanted = field](const FieldColumns& names) { return names.field == wanted; });
    if (spec == kFieldColumns.end()) {
      problems_.report(ProblemKind::kSkipped, {display_name_, 0},
                       "--columns names \"" + field + "\", which is not an article field");
      return false;
    }
    std::optional<std::size_t> index = column_named(header_key(column));
    if (!index) {
      problems_.report(ProblemKind::kSkipped, {display_name_, 0},
                       "no column \"" + column + "\" (--columns " + field + "=" + column +
                           ") in the header, whose columns are: " + listed(column_names_));
      return false;
    }
    columns_[static_cast<std::size_t>(spec - kFieldColumns.begin())] = *index;
    mapped[*index] = true;
  }
  for (std::size_t field = 0; field < kFieldCount; ++field) {
    if (columns_[field]) continue;
    for (std::string_view name : kFieldColumns[field].names) {
      if (name.empty()) break;
      // A column --columns gave to one field is not also another's by its name.
      if (std::optional<std::size_t> index = column_named(name); index && !mapped[*index]) {
        columns_[field] = index;
        break;
      }
    }
  }
  if (!columns_[kText]) {
    problems_.report(ProblemKind::kSkipped, {display_name_, 0},
                     "no text column (text, body, content or article) in the header, whose "
                     "columns are: " +
                         listed(column_names_) +
                         "; name the one that holds the text with --columns text=COLUMN");
    return false;
  }
  return true;
}

std::optional<Article> CsvReader::article_of(const Record& record) {
  SourceLocation where{display_name_, record.first_line};
  const std::vector<std::string>& fields = record.fields;
  if (fields.size() > header_size_) {
    // Trailing separators (a spreadsheet's empty columns) lose nothing.
    if (!std::all_of(fields.begin() + static_cast<std::ptrdiff_t>(header_size_), fields.end(),
                     [](const std::string& field) { return is_blank(field); })) {
      problems_.report(ProblemKind::kSkipped, where,
                       std::to_string(fields.size()) + " fields where the header has " +
                           std::to_string(header_size_) +
                           " (a separator in a field that is not quoted?)");
      return std::nullopt;
    }
  } else if (fields.size() < header_size_ && !reported_short_record_) {
    // Some exports leave out empty last fields; a record cut in two by an unquoted line break
    // is short too, so the user hears of it, once a file.
    reported_short_record_ = true;
    problems_.report(ProblemKind::kWarning, where,
                     std::to_string(fields.size()) + " fields where the header has " +
                         std::to_string(header_size_) +
                         ": the missing last fields are read as empty (in later records too, "
                         "without another warning)");
  }
  auto value = [&](Field field) -> std::string_view {
    std::optional<std::size_t> column = columns_[field];
    if (!column || *column >= fields.size()) return {};
    return fields[*column];
  };
  auto trimmed_value = [&](Field field) { return std::string(trimmed(value(field))); };

  Article article;
  article.origin = where;
  article.text = std::string(value(kText));
  if (is_blank(article.text)) {
    const std::string& column = column_names_[*columns_[kText]];
    problems_.report(ProblemKind::kSkipped, where,
                     *columns_[kText] < fields.size()
                         ? "empty text (column " + column + ")"
                         : "missing text: the record ends before column " + column);
    return std::nullopt;
  }
  if (std::size_t size = article.text.size(); truncate_text(article.text)) {
    problems_.report(
        ProblemKind::kDropped, where,
        "text of " + describe_size(size) + " cut to the first " + describe_size(kMaxTextBytes));
  }
  article.title = trimmed_value(kTitle);
  article.id = trimmed_value(kId);
  if (article.id.empty()) {
    article.id = schema::derived_article_id(article.title + '\n' + article.text);
  }
  article.source = trimmed_value(kSource);
  article.url = trimmed_value(kUrl);
  article.language = schema::language_code(trimmed(value(kLanguage)));
  article.authors = split_authors(value(kAuthors));
  article.section = trimmed_value(kSection);

  std::string_view date = trimmed(value(kDate));
  // A date given but unreadable is reported and not replaced by a guess.
  if (date.empty()) {
    article.date = options_.fallback_date;
  } else if (auto parsed = parse_publication_date(date)) {
    if (auto reason = implausible_date_reason(*parsed)) {
      problems_.report(ProblemKind::kWarning, where, *reason);
    }
    article.date = std::move(parsed);
  } else {
    problems_.report(ProblemKind::kDropped, where, unparsable_date_reason(date));
  }
  return article;
}

}  // namespace newsindex
