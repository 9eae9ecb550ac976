#include "line_reader.h"

#include <cerrno>
#include <cstring>

namespace newsindex {

std::string zlib_message(const char* message, const std::filesystem::path& path) {
  std::string text = message;
  std::string prefix = path.string() + ": ";
  if (text.starts_with(prefix)) text.erase(0, prefix.size());
  return text;
}

namespace {
constexpr std::size_t kBufferSize = 1 << 18;
}

LineReader::LineReader(const std::filesystem::path& path, std::size_t max_line_bytes,
                       Compression compression)
    : path_(path),
      buffer_(kBufferSize),
      max_line_bytes_(max_line_bytes),
      compression_(compression) {
  errno = 0;
  // zlib reads uncompressed files transparently, so one reader serves .jsonl and .jsonl.gz.
  file_ = gzopen(path.c_str(), "rb");
  if (file_ == nullptr) {
    throw InputError(path.string(), std::string("cannot open: ") +
                                        (errno != 0 ? std::strerror(errno) : "out of memory"));
  }
  gzbuffer(file_, 1 << 17);
}

std::uint64_t LineReader::bytes_consumed() const {
  z_off_t offset = gzoffset(file_);
  return offset < 0 ? 0 : static_cast<std::uint64_t>(offset);
}

std::string LineReader::position() const {
  return line_number_ == 0 ? "at the start" : "after line " + std::to_string(line_number_);
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
    throw InputError(path_.string(), "read error " + position() + ": " +
                                         (code == Z_ERRNO ? std::string(std::strerror(errno))
                                                          : zlib_message(message, path_)));
  }
  if (got == 0) {
    eof_ = true;
    int code = 0;
    const char* message = gzerror(file_, &code);
    if (code != Z_OK && code != Z_STREAM_END) {
      throw InputError(path_.string(), zlib_message(message, path_) + " " + position());
    }
    return false;
  }
  // zlib knows what the file is once it has read its first bytes. An empty file is not checked:
  // it is reported as empty.
  if (!read_anything_ && compression_ == Compression::kGzip && gzdirect(file_) == 1) {
    throw InputError(path_.string(), "not a gzip file");
  }
  read_anything_ = true;
  end_ += static_cast<std::size_t>(got);
  return true;
}

LineReader::Status LineReader::next(std::string& line) {
  std::size_t scanned = begin_;
  std::size_t discarded = 0;  // bytes of an over-long line already dropped from the buffer
  for (;;) {
    const char* start = buffer_.data() + scanned;
    const void* newline = std::memchr(start, '\n', end_ - scanned);
    if (newline != nullptr) {
      std::size_t stop =
          static_cast<std::size_t>(static_cast<const char*>(newline) - buffer_.data());
      const std::size_t line_begin = begin_;
      std::size_t length = stop - line_begin;
      begin_ = stop + 1;
      ++line_number_;
      if (discarded + length > max_line_bytes_) {
        too_long_bytes_ = discarded + length;
        return Status::kTooLong;
      }
      if (length > 0 && buffer_[stop - 1] == '\r') --length;
      line.assign(buffer_.data() + line_begin, length);
      return Status::kLine;
    }
    if (discarded + (end_ - begin_) > max_line_bytes_) {
      // Keep scanning for the end of this line, but do not keep its bytes.
      discarded += end_ - begin_;
      begin_ = end_;
    }
    scanned = end_ - begin_;
    if (!fill()) break;
    // fill() moved the unread bytes to the front of the buffer.
  }
  if (begin_ == end_ && discarded == 0) return Status::kEnd;
  ++line_number_;
  if (discarded + (end_ - begin_) > max_line_bytes_) {
    too_long_bytes_ = discarded + (end_ - begin_);
    begin_ = end_;
    return Status::kTooLong;
  }
  // The last line has no newline.
  line.assign(buffer_.data() + begin_, end_ - begin_);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  begin_ = end_;
  return Status::kLine;
}

}  // namespace newsindex
