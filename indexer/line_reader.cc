#include "line_reader.h"

#include <cerrno>
#include <cstring>

namespace newsindex {
namespace {
constexpr std::size_t kBufferSize = 1 << 18;
}

LineReader::LineReader(const std::filesystem::path& path) : path_(path), buffer_(kBufferSize) {
  errno = 0;
  // zlib reads uncompressed files transparently, so one reader serves .jsonl and .jsonl.gz.
  file_ = gzopen(path.c_str(), "rb");
  if (file_ == nullptr) {
    throw InputError(path.string() +
                     ": cannot open: " + (errno != 0 ? std::strerror(errno) : "out of memory"));
  }
  gzbuffer(file_, 1 << 17);
}

LineReader::~LineReader() {
  if (file_ != nullptr) gzclose(file_);
}

bool LineReader::fill() {
  if (eof_) return false;
  if (begin_ > 0) {
    std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (end_ == buffer_.size()) buffer_.resize(buffer_.size() * 2);
  int got = gzread(file_, buffer_.data() + end_, static_cast<unsigned>(buffer_.size() - end_));
  if (got < 0) {
    int code = 0;
    const char* message = gzerror(file_, &code);
    throw InputError(path_.string() + ": read error after line " + std::to_string(line_number_) +
                     ": " + (code == Z_ERRNO ? std::strerror(errno) : message));
  }
  if (got == 0) {
    eof_ = true;
    int code = 0;
    const char* message = gzerror(file_, &code);
    if (code != Z_OK && code != Z_STREAM_END) {
      throw InputError(path_.string() + ": " + message + " after line " +
                       std::to_string(line_number_));
    }
    return false;
  }
  end_ += static_cast<std::size_t>(got);
  return true;
}

bool LineReader::next(std::string& line) {
  std::size_t scanned = begin_;
  for (;;) {
    const char* start = buffer_.data() + scanned;
    const void* newline = std::memchr(start, '\n', end_ - scanned);
    if (newline != nullptr) {
      std::size_t stop =
          static_cast<std::size_t>(static_cast<const char*>(newline) - buffer_.data());
      std::size_t length = stop - begin_;
      if (length > 0 && buffer_[stop - 1] == '\r') --length;
      line.assign(buffer_.data() + begin_, length);
      begin_ = stop + 1;
      ++line_number_;
      return true;
    }
    scanned = end_ - begin_;
    if (!fill()) break;
    // fill() moved the unread bytes to the front of the buffer.
  }
  if (begin_ == end_) return false;
  // The last line has no newline.
  line.assign(buffer_.data() + begin_, end_ - begin_);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  begin_ = end_;
  ++line_number_;
  return true;
}

}  // namespace newsindex
