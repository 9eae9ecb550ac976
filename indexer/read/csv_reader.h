// Reads CSV and TSV archives (.csv, .tsv, and .gz): a header row, then one article per record.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "article_reader.h"
#include "line_reader.h"
#include "problem_reporter.h"
#include "reader_options.h"

namespace newsindex {

// Columns are recognised by name (corpus/README.md) or mapped with ReaderOptions::columns. Fields
// may be quoted (RFC 4180), with separators, quotes and newlines inside; a field is quoted when it
// starts with '"', in TSV as in CSV. A bad record is reported as FILE:LINE (the line it starts on)
// and skipped. The file is streamed: only one record is held in memory.
class CsvReader final : public ArticleReader {
 public:
  // display_name is the path as the user gave it, used in messages and as the article origin.
  // Throws InputError when the file cannot be opened.
  CsvReader(const std::filesystem::path& path, std::string display_name, ProblemReporter& problems,
            const ReaderOptions& options, char separator);

  [[nodiscard]] std::optional<Article> next() override;
  [[nodiscard]] std::uint64_t bytes_consumed() const override { return lines_.bytes_consumed(); }

 private:
  // The article fields a column can hold: id, title, text, date, source, url, language, authors,
  // section.
  static constexpr std::size_t kFieldCount = 9;

  struct Record {
    std::vector<std::string> fields;
    std::size_t first_line = 0;
  };
  enum class RecordStatus { kRecord, kSkipped, kEnd };

  // The next record, blank lines passed over; an over-long record or one whose quote never closes
  // is reported (kSkipped).
  [[nodiscard]] RecordStatus read_record(Record& record);
  // Finds the field columns in the header; false (after reporting why) when the file cannot be
  // read as articles.
  [[nodiscard]] bool read_header();
  [[nodiscard]] std::optional<Article> article_of(const Record& record);

  LineReader lines_;
  std::string display_name_;
  ProblemReporter& problems_;
  ReaderOptions options_;
  char separator_;
  std::string line_;
  bool started_ = false;
  bool finished_ = false;
  std::size_t header_size_ = 0;
  std::array<std::optional<std::size_t>, kFieldCount> columns_;
  std::vector<std::string> column_names_;  // as the header gives them, for messages
  std::size_t records_ = 0;
  bool reported_short_record_ = false;
};

}  // namespace newsindex
