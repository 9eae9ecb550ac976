#include "warc_reader.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>

#include "byte_size.h"
#include "counted_noun.h"
#include "input_limits.h"
#include "line_reader.h"
#include "page_charset.h"

namespace newsindex {
namespace {

constexpr std::size_t kMaxHeaderLine = 64 << 10;
constexpr std::size_t kMaxHeaderLines = 1000;

std::string lowercase(std::string_view text) {
  std::string lowered(text);
  for (char& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lowered;
}

std::string_view trim(std::string_view text) {
  std::size_t first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  std::size_t last = text.find_last_not_of(" \t\r");
  return text.substr(first, last - first + 1);
}

// "Name: value" lines up to a blank line, names lowercased. False when the lines end first.
bool parse_headers(std::string_view block, std::size_t& at,
                   std::map<std::string, std::string>& headers) {
  for (std::size_t count = 0; count < kMaxHeaderLines; ++count) {
    std::size_t end = block.find('\n', at);
    if (end == std::string_view::npos) return false;
    std::string_view header = block.substr(at, end - at);
    at = end + 1;
    if (header.ends_with('\r')) header.remove_suffix(1);
    if (header.empty()) return true;
    std::size_t colon = header.find(':');
    if (colon == std::string_view::npos) continue;
    headers.emplace(lowercase(trim(header.substr(0, colon))),
                    std::string(trim(header.substr(colon + 1))));
  }
  return false;
}

// Undoes "Transfer-Encoding: chunked"; nullopt when the chunks are broken.
std::optional<std::string> dechunk(std::string_view body) {
  std::string out;
  std::size_t at = 0;
  while (at < body.size()) {
    std::size_t end = body.find('\n', at);
    if (end == std::string_view::npos) return std::nullopt;
    std::string size_text(trim(body.substr(at, end - at)));
    at = end + 1;
    std::size_t size = 0;
    try {
      size = std::stoul(size_text, nullptr, 16);
    } catch (const std::exception&) {
      return std::nullopt;
    }
    if (size == 0) return out;
    if (size > body.size() - at) return std::nullopt;
    out.append(body.substr(at, size));
    at += size;
    // The CR LF after the chunk's data.
    while (at < body.size() && (body[at] == '\r' || body[at] == '\n')) ++at;
  }
  return out;
}

// Inflates with the window bits given (15 + 32: a zlib or gzip header, found automatically;
// -15: raw deflate); nullopt when the data is broken or too big.
std::optional<std::string> inflate_with(std::string_view body, int window_bits) {
  z_stream stream{};
  if (inflateInit2(&stream, window_bits) != Z_OK) return std::nullopt;
  std::string out;
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(body.data()));
  stream.avail_in = static_cast<uInt>(body.size());
  int status = Z_OK;
  char chunk[1 << 16];
  while (status == Z_OK) {
    stream.next_out = reinterpret_cast<Bytef*>(chunk);
    stream.avail_out = sizeof chunk;
    status = inflate(&stream, Z_NO_FLUSH);
    out.append(chunk, sizeof chunk - stream.avail_out);
    if (out.size() > kMaxPageBytes) status = Z_MEM_ERROR;
    if (status == Z_BUF_ERROR && stream.avail_in == 0) status = Z_STREAM_END;
  }
  inflateEnd(&stream);
  if (status != Z_STREAM_END) return std::nullopt;
  return out;
}

// Undoes "Content-Encoding: gzip" or "deflate"; nullopt when the data is broken or too big.
// "deflate" is meant to be zlib data, but servers have long sent raw deflate under that name:
// that is tried after.
std::optional<std::string> inflate_body(std::string_view body) {
  std::optional<std::string> out = inflate_with(body, 15 + 32);
  if (!out) out = inflate_with(body, -15);
  return out;
}

bool is_html(std::string_view content_type) {
  std::string type = lowercase(content_type.substr(0, content_type.find(';')));
  type = std::string(trim(type));
  return type == "text/html" || type == "application/xhtml+xml";
}

}  // namespace

WarcReader::WarcReader(const std::filesystem::path& path, std::string display_name,
                       ProblemReporter& problems, const ReaderOptions& options)
    : path_(path),
      display_name_(std::move(display_name)),
      problems_(problems),
      options_(options),
      pages_(problems_, options_) {
  errno = 0;
  // zlib reads the members of a record-per-member .warc.gz one after another, and plain files
  // as they are.
  file_ = gzopen(path.c_str(), "rb");
  if (file_ == nullptr) {
    throw InputError(path.string(), std::string("cannot open: ") +
                                        (errno != 0 ? std::strerror(errno) : "out of memory"));
  }
  gzbuffer(file_, 1 << 17);
}

WarcReader::~WarcReader() {
  if (file_ != nullptr) gzclose(file_);
}

std::uint64_t WarcReader::bytes_consumed() const {
  z_off_t offset = gzoffset(file_);
  return offset < 0 ? 0 : static_cast<std::uint64_t>(offset);
}

bool WarcReader::want(std::size_t bytes) {
  while (buffer_.size() - begin_ < bytes) {
    if (eof_) return false;
    if (begin_ > 0) {
      buffer_.erase(0, begin_);
      begin_ = 0;
    }
    std::size_t old_size = buffer_.size();
    std::size_t chunk = std::max<std::size_t>(1 << 18, bytes - old_size);
    buffer_.resize(old_size + chunk);
    int got = gzread(file_, buffer_.data() + old_size, static_cast<unsigned>(chunk));
    if (got < 0) {
      int code = 0;
      const char* message = gzerror(file_, &code);
      throw InputError(display_name_, "read error after offset " + std::to_string(offset_) + ": " +
                                          (code == Z_ERRNO ? std::string(std::strerror(errno))
                                                           : zlib_message(message, path_)));
    }
    buffer_.resize(old_size + static_cast<std::size_t>(got));
    if (got == 0) {
      eof_ = true;
      int code = 0;
      const char* message = gzerror(file_, &code);
      // A gzip stream cut short ends the data there: the record it cuts is reported at its
      // offset like any record the file ends inside, and the records before it stay read.
      if (code != Z_OK && code != Z_STREAM_END && code != Z_BUF_ERROR) {
        throw InputError(display_name_,
                         zlib_message(message, path_) + " after offset " + std::to_string(offset_));
      }
    }
  }
  return true;
}

std::optional<std::string> WarcReader::line(std::size_t max_bytes) {
  std::size_t searched = 0;
  for (;;) {
    std::size_t newline = buffer_.find('\n', begin_ + searched);
    if (newline != std::string::npos && newline - begin_ <= max_bytes) {
      std::string text = buffer_.substr(begin_, newline - begin_);
      offset_ += newline + 1 - begin_;
      begin_ = newline + 1;
      if (text.ends_with('\r')) text.pop_back();
      return text;
    }
    searched = buffer_.size() - begin_;
    if (searched > max_bytes || !want(searched + 1)) {
      // A line too long for a header, or the file's end: hand back what there is.
      std::size_t size = std::min(buffer_.size() - begin_, max_bytes);
      if (size == 0) return std::nullopt;
      std::string text = buffer_.substr(begin_, size);
      offset_ += size;
      begin_ += size;
      return text;
    }
  }
}

bool WarcReader::take(std::uint64_t bytes, std::string* keep) {
  while (bytes > 0) {
    if (begin_ == buffer_.size() && !want(1)) return false;
    std::size_t here =
        static_cast<std::size_t>(std::min<std::uint64_t>(bytes, buffer_.size() - begin_));
    if (keep != nullptr) keep->append(buffer_, begin_, here);
    begin_ += here;
    offset_ += here;
    bytes -= here;
  }
  return true;
}

bool WarcReader::resynchronise() {
  while (std::optional<std::string> text = line(kMaxHeaderLine)) {
    if (text->starts_with("WARC/")) {
      // Step back so that next() reads the header line again.
      std::size_t length = text->size() + 2;
      if (begin_ >= length && buffer_.compare(begin_ - length, 5, "WARC/") == 0) {
        begin_ -= length;
        offset_ -= length;
      } else if (begin_ >= length - 1 && buffer_.compare(begin_ - length + 1, 5, "WARC/") == 0) {
        begin_ -= length - 1;
        offset_ -= length - 1;
      }
      return true;
    }
  }
  return false;
}

void WarcReader::report_passed_over() {
  if (passed_over_.empty()) return;
  std::string list;
  std::size_t total = 0;
  for (const auto& [kind, count] : passed_over_) {
    if (!list.empty()) list += ", ";
    list += counted_noun(count, kind.first, kind.second);
    total += count;
  }
  problems_.report(
      ProblemKind::kWarning, {display_name_, 0},
      counted_noun(total, "record", "records") + " without an article passed over: " + list);
  passed_over_.clear();
}

std::optional<Article> WarcReader::next() {
  for (;;) {
    // Records are separated by two CR LFs; blank lines before a header are passed over.
    std::optional<std::string> version;
    std::uint64_t offset = offset_;
    while ((version = line(kMaxHeaderLine)) && trim(*version).empty()) offset = offset_;
    if (!version) {
      if (!read_a_record_) {
        problems_.report(ProblemKind::kSkipped, {display_name_, 0}, "empty file");
      }
      report_passed_over();
      return std::nullopt;
    }
    SourceLocation where{display_name_ + "@" + std::to_string(offset), 0};
    if (!version->starts_with("WARC/")) {
      if (!read_a_record_ && version->find('\0') != std::string::npos) {
        problems_.report(ProblemKind::kSkipped, {display_name_, 0},
                         "not a WARC file (binary content where a WARC header belongs)");
        return std::nullopt;
      }
      problems_.report(ProblemKind::kSkipped, where,
                       "expected a WARC record header (\"WARC/1.0\"); passed over to the next");
      if (!resynchronise()) {
        report_passed_over();
        return std::nullopt;
      }
      continue;
    }
    read_a_record_ = true;
    std::string header_block;
    for (std::size_t count = 0; count < kMaxHeaderLines; ++count) {
      std::optional<std::string> header = line(kMaxHeaderLine);
      if (!header || header->empty()) break;
      header_block += *header;
      header_block += '\n';
    }
    header_block += '\n';
    std::map<std::string, std::string> headers;
    std::size_t at = 0;
    (void)parse_headers(header_block, at, headers);
    auto length_header = headers.find("content-length");
    std::uint64_t length = 0;
    try {
      if (length_header == headers.end()) throw std::invalid_argument("missing");
      // stoull reads "-5" as a number near 2^64, which would swallow the rest of the file.
      if (length_header->second.empty() ||
          std::isdigit(static_cast<unsigned char>(length_header->second.front())) == 0) {
        throw std::invalid_argument("not a number");
      }
      std::size_t used = 0;
      length = std::stoull(length_header->second, &used);
      if (used != length_header->second.size()) throw std::invalid_argument("not a number");
    } catch (const std::exception&) {
      problems_.report(ProblemKind::kSkipped, where,
                       "WARC record without a valid Content-Length; passed over to the next");
      if (!resynchronise()) {
        report_passed_over();
        return std::nullopt;
      }
      continue;
    }
    std::string type = lowercase(headers["warc-type"]);
    bool response =
        type == "response" && lowercase(headers["content-type"]).starts_with("application/http");
    if (!response || length > kMaxPageBytes) {
      if (response) {
        problems_.report(ProblemKind::kSkipped, where,
                         "response of " + describe_size(length) + " is over the " +
                             describe_size(kMaxPageBytes) + " limit for a page");
      } else {
        std::string kind = type.empty() ? "untyped" : type;
        ++passed_over_[{kind + " record", kind + " records"}];
      }
      if (!take(length, nullptr)) {
        problems_.report(ProblemKind::kSkipped, where, "file ends inside the record");
        report_passed_over();
        return std::nullopt;
      }
      continue;
    }
    std::string block;
    if (!take(length, &block)) {
      problems_.report(ProblemKind::kSkipped, where,
                       "file ends inside the record (" + std::to_string(block.size()) + " of " +
                           std::to_string(length) + " bytes)");
      report_passed_over();
      return std::nullopt;
    }
    if (std::optional<Article> article = this->response(headers, std::move(block), offset)) {
      return article;
    }
  }
}

std::optional<Article> WarcReader::response(const std::map<std::string, std::string>& headers,
                                            std::string block, std::uint64_t offset) {
  SourceLocation where{display_name_ + "@" + std::to_string(offset), 0};
  std::size_t status_end = block.find('\n');
  std::string status_line = block.substr(0, status_end);
  std::map<std::string, std::string> http;
  std::size_t at = status_end + 1;
  if (status_end == std::string::npos || !parse_headers(block, at, http)) {
    problems_.report(ProblemKind::kSkipped, where, "HTTP response without complete headers");
    return std::nullopt;
  }
  // "HTTP/1.1 200 OK"
  std::size_t space = status_line.find(' ');
  std::string status = space == std::string::npos ? "" : status_line.substr(space + 1, 3);
  if (status != "200") {
    if (status.starts_with('3')) {
      ++passed_over_[{"redirect", "redirects"}];
    } else {
      ++passed_over_[{"response with status " + status, "responses with status " + status}];
    }
    return std::nullopt;
  }
  if (!is_html(http["content-type"])) {
    ++passed_over_[{"non-HTML response", "non-HTML responses"}];
    return std::nullopt;
  }
  std::string_view body = std::string_view(block).substr(at);
  std::string decoded;
  if (lowercase(http["transfer-encoding"]).find("chunked") != std::string::npos) {
    std::optional<std::string> joined = dechunk(body);
    // Crawlers that store the payload already de-chunked keep the header: read it as it is.
    if (joined) {
      decoded = std::move(*joined);
      body = decoded;
    }
  }
  std::string encoding = lowercase(http["content-encoding"]);
  if (encoding == "gzip" || encoding == "x-gzip" || encoding == "deflate") {
    std::optional<std::string> inflated = inflate_body(body);
    if (!inflated) {
      problems_.report(ProblemKind::kSkipped, where,
                       "payload's " + encoding + " content encoding is broken");
      return std::nullopt;
    }
    decoded = std::move(*inflated);
    body = decoded;
  }
  std::string charset = charset_parameter(http["content-type"]);
  auto uri = headers.find("warc-target-uri");
  std::string address = uri == headers.end() ? "" : uri->second;
  // Some writers put the URI in angle brackets, as WARC 1.0's grammar did.
  if (address.starts_with('<') && address.ends_with('>'))
    address = address.substr(1, address.size() - 2);
  return pages_.read(body, PageSource{where, charset, address});
}

}  // namespace newsindex
