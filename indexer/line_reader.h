// Reads a file line by line, gunzipping it on the fly when it is gzip-compressed.
#pragma once

#include <zlib.h>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace newsindex {

// A file that cannot be opened or read; what() names the file and the reason.
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class LineReader {
 public:
  // Throws InputError when the file cannot be opened.
  explicit LineReader(const std::filesystem::path& path);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // Reads the next line without its "\n" (or "\r\n"). Returns false at the end of the file.
  // Throws InputError on a read error or a truncated gzip stream.
  bool next(std::string& line);
  // 1-based number of the line last returned.
  [[nodiscard]] std::size_t line_number() const { return line_number_; }

 private:
  bool fill();

  std::filesystem::path path_;
  gzFile file_ = nullptr;
  std::vector<char> buffer_;
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  bool eof_ = false;
  std::size_t line_number_ = 0;
};

}  // namespace newsindex
