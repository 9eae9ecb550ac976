#include "whole_file.h"

#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <memory>

#include "byte_size.h"
#include "line_reader.h"

namespace newsindex {
namespace {

struct GzCloser {
  void operator()(gzFile file) const { gzclose(file); }
};
using GzFile = std::unique_ptr<gzFile_s, GzCloser>;

bool has_gz_name(const std::filesystem::path& path) {
  std::string extension = path.extension().string();
  for (char& c : extension) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return extension == ".gz";
}

GzFile open(const std::filesystem::path& path) {
  errno = 0;
  // zlib reads uncompressed files transparently.
  GzFile file(gzopen(path.c_str(), "rb"));
  if (!file) {
    throw InputError(path.string(), std::string("cannot open: ") +
                                        (errno != 0 ? std::strerror(errno) : "out of memory"));
  }
  gzbuffer(file.get(), 1 << 17);
  return file;
}

// Appends up to `limit` more bytes; false at the end of the file.
bool read_some(gzFile file, const std::filesystem::path& path, std::string& into,
               std::size_t limit) {
  constexpr std::size_t kChunk = 1 << 18;
  std::size_t old_size = into.size();
  std::size_t want = std::min(kChunk, limit);
  if (want == 0) return false;
  into.resize(old_size + want);
  int got = gzread(file, into.data() + old_size, static_cast<unsigned>(want));
  if (got < 0) {
    int code = 0;
    const char* message = gzerror(file, &code);
    throw InputError(path.string(),
                     "read error: " + (code == Z_ERRNO ? std::string(std::strerror(errno))
                                                       : zlib_message(message, path)));
  }
  into.resize(old_size + static_cast<std::size_t>(got));
  if (got == 0) {
    int code = 0;
    const char* message = gzerror(file, &code);
    if (code != Z_OK && code != Z_STREAM_END) {
      throw InputError(path.string(), zlib_message(message, path));
    }
    return false;
  }
  return true;
}

}  // namespace

std::string read_whole_file(const std::filesystem::path& path, std::size_t max_bytes) {
  GzFile file = open(path);
  std::string content;
  while (read_some(file.get(), path, content, max_bytes + 1 - content.size())) {
    if (!content.empty() && has_gz_name(path) && gzdirect(file.get()) == 1) {
      throw InputError(path.string(), "not a gzip file");
    }
    if (content.size() > max_bytes) {
      throw InputError(path.string(), "larger than the " + describe_size(max_bytes) +
                                          " limit for a file of this format");
    }
  }
  return content;
}

WholeFile read_input_file(const std::filesystem::path& path, const std::string& display_name,
                          std::size_t max_bytes) {
  WholeFile file;
  try {
    file.content = read_whole_file(path, max_bytes);
  } catch (const InputError& error) {
    throw InputError(display_name, error.reason());
  }
  std::error_code error;
  file.stored_size = std::filesystem::file_size(path, error);
  // A file the file system cannot size (a pipe) counts as its content.
  if (error) file.stored_size = file.content.size();
  return file;
}

std::string read_file_head(const std::filesystem::path& path, std::size_t max_bytes) {
  GzFile file = open(path);
  std::string content;
  while (content.size() < max_bytes &&
         read_some(file.get(), path, content, max_bytes - content.size())) {
  }
  return content;
}

}  // namespace newsindex
