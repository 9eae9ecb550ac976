// Reads web archives (.warc, .warc.gz with one gzip member per record, as crawlers and web
// archives write them).
#pragma once

#include <zlib.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "article_reader.h"
#include "problem_reporter.h"
#include "reader_options.h"
#include "web_page.h"

namespace newsindex {

// Every HTTP response record with status 200 and an HTML payload becomes an article, read as
// WebPageReader reads a page, with the target URI as url (and id) when the page names no canonical
// URL. The payload's transfer and content encodings (chunked, gzip, deflate) are undone. Other
// records (requests, metadata, revisits, redirects, images) are passed over and counted in one
// note at the end of the file. Problems are reported as FILE@OFFSET, the record's offset in the
// uncompressed stream; a malformed record is skipped to the next "WARC/" header.
class WarcReader final : public ArticleReader {
 public:
  // display_name is the path as the user gave it. Throws InputError when the file cannot be
  // opened.
  WarcReader(const std::filesystem::path& path, std::string display_name, ProblemReporter& problems,
             const ReaderOptions& options);
  ~WarcReader() override;
  WarcReader(const WarcReader&) = delete;
  WarcReader& operator=(const WarcReader&) = delete;

  [[nodiscard]] std::optional<Article> next() override;
  [[nodiscard]] std::uint64_t bytes_consumed() const override;

 private:
  // Fills the buffer to hold at least `bytes` past begin_; false when the file ends first.
  bool want(std::size_t bytes);
  // The next line (without CR LF) of at most `max_bytes`; nullopt at the end of the file.
  std::optional<std::string> line(std::size_t max_bytes);
  // Passes over `bytes` bytes, keeping them when `keep` is given.
  bool take(std::uint64_t bytes, std::string* keep);
  // Moves to the next line that starts a WARC record; false at the end of the file.
  bool resynchronise();
  std::optional<Article> response(const std::map<std::string, std::string>& headers,
                                  std::string block, std::uint64_t offset);
  void report_passed_over();

  std::filesystem::path path_;
  std::string display_name_;
  ProblemReporter& problems_;
  ReaderOptions options_;
  WebPageReader pages_;
  gzFile file_ = nullptr;
  std::string buffer_;
  std::size_t begin_ = 0;
  std::uint64_t offset_ = 0;  // of buffer_[begin_] in the uncompressed stream
  bool eof_ = false;
  bool read_a_record_ = false;
  // What kind of record was passed over (singular, plural) → how many.
  std::map<std::pair<std::string, std::string>, std::size_t> passed_over_;
};

}  // namespace newsindex
