// Reads a file line by line, gunzipping it on the fly when it is gzip-compressed.
#pragma once

#include <zlib.h>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace newsindex {

// A file that cannot be opened or read; what() is "FILE: reason".
class InputError : public std::runtime_error {
 public:
  InputError(const std::string& file, std::string reason)
      : std::runtime_error(file + ": " + reason), reason_(std::move(reason)) {}
  // Without the file name, for reports that name the file their own way.
  [[nodiscard]] const std::string& reason() const { return reason_; }

 private:
  std::string reason_;
};

// A zlib error message without the path zlib starts it with: the reports name the file already.
[[nodiscard]] std::string zlib_message(const char* message, const std::filesystem::path& path);

// What a file's name promises about its bytes.
enum class Compression {
  kAny,   // gzip or not: read as found
  kGzip,  // a .gz name: a file that is not gzip is an error, not JSON to guess at
};

class LineReader {
 public:
  // Throws InputError when the file cannot be opened.
  LineReader(const std::filesystem::path& path, std::size_t max_line_bytes,
             Compression compression = Compression::kAny);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  enum class Status { kLine, kTooLong, kEnd };

  // Reads the next line without its "\n" (or "\r\n") into `line`. A line longer than
  // `max_line_bytes` is passed over without being kept (kTooLong; too_long_bytes() says how long
  // it was). Throws InputError on a read error, a truncated gzip stream, or a file that is not
  // gzip although it must be.
  Status next(std::string& line);
  [[nodiscard]] std::size_t too_long_bytes() const { return too_long_bytes_; }
  // Bytes of the file read so far (compressed bytes for gzip files).
  [[nodiscard]] std::uint64_t bytes_consumed() const;
  // 1-based number of the line last returned.
  [[nodiscard]] std::size_t line_number() const { return line_number_; }

 private:
  bool fill();
  [[nodiscard]] std::string position() const;

  std::filesystem::path path_;
  gzFile file_ = nullptr;
  std::vector<char> buffer_;
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  bool eof_ = false;
  std::size_t line_number_ = 0;
  std::size_t max_line_bytes_;
  std::size_t too_long_bytes_ = 0;
  Compression compression_;
  bool read_anything_ = false;
};

}  // namespace newsindex
