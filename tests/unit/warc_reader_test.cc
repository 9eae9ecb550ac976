#include "warc_reader.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "command_runner.h"
#include "input_files.h"
#include "line_reader.h"
#include "recording_problems.h"

namespace newsindex {
namespace {

namespace fs = std::filesystem;
using testing::RecordingProblems;
using testing::TempFolder;
using testing::write_file;

// About 90 words in three paragraphs: well over the words that tell an article from an index.
const char* kParagraphs =
    "<p>The lighthouse on the Hel peninsula was switched off on Monday for the first time in "
    "ninety years, while engineers replace the lamp and the clockwork that turns it.</p>"
    "<p>Ships passing the peninsula will be guided by a temporary beacon on the harbour wall "
    "until the work ends in May, the maritime office said in a statement.</p>"
    "<p>\"The old lamp served every sailor on this coast for generations,\" said Ewa Lis, the "
    "keeper, who has climbed its two hundred steps every evening for eleven years.</p>";

// A news page with a cookie banner, a navigation bar and a footer around the article. `head` goes
// into <head> (a charset, a canonical link); the page itself declares no charset otherwise.
std::string news_page(const std::string& head = "", const std::string& paragraphs = kParagraphs) {
  return "<!DOCTYPE html><html lang=\"en\"><head><title>Hel lighthouse goes dark | Coast "
         "Gazette</title><meta property=\"og:site_name\" content=\"Coast Gazette\">" +
         head +
         "</head><body><div id=\"cookie-banner\"><p>We use cookies to improve your experience. "
         "Accept all cookies or manage your preferences.</p></div>"
         "<nav><ul><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li>"
         "<li><a href=\"/horoscopes\">Horoscopes</a></li><li><a href=\"/weather\">Weather</a>"
         "</li></ul></nav><article><h1>Hel lighthouse goes dark</h1>" +
         paragraphs +
         "</article><footer><p>Copyright 2025 Coast Gazette. All rights reserved.</p></footer>"
         "</body></html>";
}

// An HTTP response message: status line, headers (each ending in CR LF), blank line, body.
std::string http_response(const std::string& status, const std::string& headers,
                          const std::string& body) {
  return "HTTP/1.1 " + status + "\r\n" + headers + "\r\n" + body;
}

std::string html_response(const std::string& body,
                          const std::string& content_type = "text/html; charset=utf-8") {
  return http_response("200 OK",
                       "Content-Type: " + content_type +
                           "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n",
                       body);
}

// One WARC 1.0 record, with the two CR LFs that end it. `length` overrides the Content-Length.
std::string warc_record(const std::string& type, const std::string& uri,
                        const std::string& content_type, const std::string& block,
                        const std::string& length = "") {
  static int serial = 0;
  std::string record =
      "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-" +
      std::to_string(100000000000 + ++serial) + ">\r\nWARC-Date: 2025-04-14T09:30:00Z\r\n";
  if (!uri.empty()) record += "WARC-Target-URI: " + uri + "\r\n";
  if (!content_type.empty()) record += "Content-Type: " + content_type + "\r\n";
  record += "Content-Length: " + (length.empty() ? std::to_string(block.size()) : length) +
            "\r\n\r\n" + block + "\r\n\r\n";
  return record;
}

std::string response_record(const std::string& uri, const std::string& http) {
  return warc_record("response", uri, "application/http; msgtype=response", http);
}

std::string warcinfo_record() {
  return warc_record("warcinfo", "", "application/warc-fields",
                     "software: test-crawler/1.0\r\nformat: WARC File Format 1.0\r\n");
}

std::string request_record(const std::string& uri) {
  return warc_record("request", uri, "application/http; msgtype=request",
                     "GET / HTTP/1.1\r\nHost: coast.example\r\n\r\n");
}

// A .warc.gz as crawlers write it: each record a gzip member of its own, appended to the file.
void write_warc_gz(const fs::path& path, const std::vector<std::string>& records) {
  fs::create_directories(path.parent_path());
  for (const std::string& record : records) {
    gzFile out = gzopen(path.c_str(), "ab");
    ASSERT_NE(out, nullptr);
    ASSERT_EQ(gzwrite(out, record.data(), static_cast<unsigned>(record.size())),
              static_cast<int>(record.size()));
    ASSERT_EQ(gzclose(out), Z_OK);
  }
}

std::string joined(const std::vector<std::string>& records) {
  std::string all;
  for (const std::string& record : records) all += record;
  return all;
}

std::string gzip(const std::string& data) {
  z_stream stream{};
  EXPECT_EQ(deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY),
            Z_OK);
  std::string out(deflateBound(&stream, data.size()) + 32, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&stream, Z_FINISH), Z_STREAM_END);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return out;
}

// "Transfer-Encoding: chunked": the data in chunks of `size` bytes, each after its hex length.
std::string chunked(const std::string& data, std::size_t size) {
  std::string out;
  for (std::size_t at = 0; at < data.size(); at += size) {
    std::string piece = data.substr(at, size);
    char length[16];
    std::snprintf(length, sizeof length, "%zx", piece.size());
    out += std::string(length) + "\r\n" + piece + "\r\n";
  }
  return out + "0\r\n\r\n";
}

std::string file_contents(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

struct ReadResult {
  std::vector<Article> articles;
  std::string error;  // an InputError's reason, when reading stopped with one
};

ReadResult read_all(const fs::path& path, const std::string& name, RecordingProblems& problems) {
  ReadResult result;
  try {
    WarcReader reader(path, name, problems, ReaderOptions{});
    while (std::optional<Article> article = reader.next()) {
      result.articles.push_back(std::move(*article));
    }
  } catch (const InputError& error) {
    result.error = error.reason();
  }
  return result;
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(WarcReader, OneArticleFromACrawlAndOneNoteCountingTheRecordsPassedOver) {
  TempFolder folder;
  const std::string uri = "https://coast.example/2025/04/hel-lighthouse";
  std::vector<std::string> records{
      warcinfo_record(),
      request_record(uri),
      response_record(uri, html_response(news_page())),
      response_record("https://coast.example/hel",
                      http_response("301 Moved Permanently",
                                    "Location: " + uri + "\r\nContent-Length: 0\r\n", "")),
      response_record("https://coast.example/logo.png",
                      http_response("200 OK", "Content-Type: image/png\r\nContent-Length: 8\r\n",
                                    "\x89PNG\r\n\x1a\n")),
      warc_record("revisit", uri, "application/http; msgtype=response",
                  "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n")};
  write_warc_gz(folder / "crawl.warc.gz", records);
  const std::size_t page_offset = records[0].size() + records[1].size();

  RecordingProblems problems;
  WarcReader reader(folder / "crawl.warc.gz", "crawl.warc.gz", problems, ReaderOptions{});
  std::optional<Article> article = reader.next();
  ASSERT_TRUE(article);
  // The records passed over are told of once, when the file is done.
  EXPECT_TRUE(problems.problems.empty());
  EXPECT_EQ(article->url, uri);
  EXPECT_EQ(article->id, uri);
  EXPECT_EQ(article->title, "Hel lighthouse goes dark");
  EXPECT_EQ(article->language, "en");
  EXPECT_EQ(article->source, "Coast Gazette");
  EXPECT_EQ(article->origin.to_string(), "crawl.warc.gz@" + std::to_string(page_offset));
  EXPECT_EQ(article->text.rfind("The lighthouse on the Hel peninsula was switched off", 0), 0u)
      << article->text;
  EXPECT_TRUE(article->text.ends_with("every evening for eleven years.")) << article->text;
  for (const char* boilerplate : {"cookies", "Horoscopes", "Copyright"}) {
    EXPECT_FALSE(has(article->text, boilerplate)) << boilerplate;
  }

  EXPECT_FALSE(reader.next());
  EXPECT_FALSE(reader.next());
  ASSERT_EQ(problems.problems.size(), 1u);
  const testing::RecordedProblem& note = problems.problems[0];
  EXPECT_EQ(note.kind, ProblemKind::kWarning);
  EXPECT_EQ(note.where, "crawl.warc.gz");
  EXPECT_TRUE(has(note.reason, "5 records without an article passed over")) << note.reason;
  for (const char* count : {"1 warcinfo record", "1 request record", "1 redirect,",
                            "1 non-HTML response,", "1 revisit record"}) {
    EXPECT_TRUE(has(note.reason, count)) << count << " in: " << note.reason;
  }
  // Progress is measured in the file's compressed bytes, all of them by the end.
  EXPECT_EQ(reader.bytes_consumed(), fs::file_size(folder / "crawl.warc.gz"));
}

TEST(WarcReader, OpenReaderPicksTheWarcReaderByExtension) {
  TempFolder folder;
  const std::string uri = "https://coast.example/a";
  write_warc_gz(folder / "crawl.warc.gz", {response_record(uri, html_response(news_page()))});
  std::optional<InputFormat> format = input_format(folder / "crawl.warc.gz");
  ASSERT_EQ(format, InputFormat::kWarc);
  EXPECT_EQ(input_format(folder / "crawl.warc"), InputFormat::kWarc);
  RecordingProblems problems;
  std::unique_ptr<ArticleReader> reader =
      open_reader({folder / "crawl.warc.gz", "crawl.warc.gz", *format, 0}, problems);
  std::optional<Article> article = reader->next();
  ASSERT_TRUE(article);
  EXPECT_EQ(article->url, uri);
  EXPECT_FALSE(reader->next());
  EXPECT_TRUE(problems.problems.empty());
}

TEST(WarcReader, UndoesChunkedTransferAndGzipContentEncoding) {
  TempFolder folder;
  const std::string uri = "https://coast.example/chunked";
  std::string compressed = gzip(news_page("<meta charset=\"utf-8\">"));
  std::string body = chunked(compressed, 100);
  ASSERT_GT(compressed.size(), 300u);  // several chunks
  write_warc_gz(folder / "chunked.warc.gz",
                {response_record(uri, http_response("200 OK",
                                                    "Content-Type: text/html; charset=utf-8\r\n"
                                                    "Transfer-Encoding: chunked\r\n"
                                                    "Content-Encoding: gzip\r\n",
                                                    body))});
  RecordingProblems problems;
  ReadResult read = read_all(folder / "chunked.warc.gz", "chunked.warc.gz", problems);
  EXPECT_TRUE(read.error.empty()) << read.error;
  ASSERT_EQ(read.articles.size(), 1u);
  EXPECT_EQ(read.articles[0].url, uri);
  EXPECT_EQ(read.articles[0].title, "Hel lighthouse goes dark");
  EXPECT_TRUE(has(read.articles[0].text, "the maritime office said in a statement."))
      << read.articles[0].text;
  EXPECT_TRUE(problems.problems.empty());
}

TEST(WarcReader, APayloadStoredDechunkedUnderAChunkedHeaderIsReadAsItIs) {
  TempFolder folder;
  write_warc_gz(
      folder / "dechunked.warc.gz",
      {response_record("https://coast.example/d", http_response("200 OK",
                                                                "Content-Type: text/html\r\n"
                                                                "Transfer-Encoding: chunked\r\n",
                                                                news_page()))});
  RecordingProblems problems;
  ReadResult read = read_all(folder / "dechunked.warc.gz", "dechunked.warc.gz", problems);
  ASSERT_EQ(read.articles.size(), 1u);
  EXPECT_TRUE(has(read.articles[0].text, "switched off on Monday")) << read.articles[0].text;
}

// "deflate" is meant to be zlib data, but servers have long sent raw deflate under that name.
TEST(WarcReader, ADeflateContentEncodingIsUndoneWithOrWithoutItsZlibWrapper) {
  TempFolder folder;
  std::vector<std::string> records;
  for (int window_bits : {15, -15}) {
    std::string page = news_page();
    z_stream stream{};
    ASSERT_EQ(
        deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY),
        Z_OK);
    std::string deflated(deflateBound(&stream, page.size()), '\0');
    stream.next_in = reinterpret_cast<Bytef*>(page.data());
    stream.avail_in = static_cast<uInt>(page.size());
    stream.next_out = reinterpret_cast<Bytef*>(deflated.data());
    stream.avail_out = static_cast<uInt>(deflated.size());
    ASSERT_EQ(deflate(&stream, Z_FINISH), Z_STREAM_END);
    deflated.resize(stream.total_out);
    deflateEnd(&stream);
    records.push_back(response_record(
        "https://coast.example/deflate" + std::to_string(window_bits),
        http_response("200 OK", "Content-Type: text/html\r\nContent-Encoding: deflate\r\n",
                      deflated)));
  }
  write_warc_gz(folder / "deflate.warc.gz", records);
  RecordingProblems problems;
  ReadResult read = read_all(folder / "deflate.warc.gz", "deflate.warc.gz", problems);
  for (const testing::RecordedProblem& problem : problems.problems) {
    ADD_FAILURE() << problem.where << ": " << problem.reason;
  }
  ASSERT_EQ(read.articles.size(), 2u);
  EXPECT_EQ(read.articles[0].url, "https://coast.example/deflate15");
  EXPECT_EQ(read.articles[1].url, "https://coast.example/deflate-15");
  EXPECT_TRUE(has(read.articles[1].text, "switched off on Monday")) << read.articles[1].text;
}

TEST(WarcReader, ABrokenContentEncodingIsSkippedAtTheRecord) {
  TempFolder folder;
  std::string first = response_record(
      "https://coast.example/broken",
      http_response("200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
                    "this is not gzip data at all"));
  write_warc_gz(folder / "broken.warc.gz",
                {first, response_record("https://coast.example/ok", html_response(news_page()))});
  RecordingProblems problems;
  ReadResult read = read_all(folder / "broken.warc.gz", "broken.warc.gz", problems);
  ASSERT_EQ(read.articles.size(), 1u);
  EXPECT_EQ(read.articles[0].url, "https://coast.example/ok");
  ASSERT_EQ(problems.problems.size(), 1u);
  EXPECT_EQ(problems.problems[0].kind, ProblemKind::kSkipped);
  EXPECT_EQ(problems.problems[0].where, "broken.warc.gz@0");
  EXPECT_TRUE(has(problems.problems[0].reason, "gzip")) << problems.problems[0].reason;
}

TEST(WarcReader, TheCharsetOfTheHttpHeaderDecodesAPageThatDeclaresNone) {
  TempFolder folder;
  // "Café" and curly quotes in windows-1252, declared only by the HTTP Content-Type.
  std::string paragraphs = std::string(kParagraphs) +
                           "<p>Visitors met at the Caf\xE9 Latarnia, where the owner called it "
                           "\x93the end of an era\x94.</p>";
  std::string page = news_page("", paragraphs);
  ASSERT_FALSE(has(page, "charset"));
  write_warc_gz(
      folder / "cp1252.warc.gz",
      {response_record("https://coast.example/cafe",
                       html_response(page, "text/html; charset=windows-1252")),
       // The same byte is another letter in another charset: the header decides, not a guess.
       response_record("https://coast.example/greek",
                       html_response(page, "text/html; charset=ISO-8859-7"))});
  RecordingProblems problems;
  ReadResult read = read_all(folder / "cp1252.warc.gz", "cp1252.warc.gz", problems);
  ASSERT_EQ(read.articles.size(), 2u);
  EXPECT_TRUE(has(read.articles[0].text, "Caf\xC3\xA9 Latarnia")) << read.articles[0].text;
  EXPECT_TRUE(has(read.articles[0].text, "\xE2\x80\x9Cthe end of an era\xE2\x80\x9D"))
      << read.articles[0].text;
  // é is 0xE9 in windows-1252; in ISO-8859-7 0xE9 is ι (U+03B9).
  EXPECT_TRUE(has(read.articles[1].text, "Caf\xCE\xB9 Latarnia")) << read.articles[1].text;
  EXPECT_TRUE(problems.problems.empty());
}

TEST(WarcReader, ARecordWithABadContentLengthIsSkippedAtItsOffsetAndTheNextOneRead) {
  TempFolder folder;
  std::vector<std::string> records{
      response_record("https://coast.example/first", html_response(news_page())),
      warc_record("response", "https://coast.example/bad", "application/http; msgtype=response",
                  html_response(news_page()), "twelve"),
      response_record("https://coast.example/third", html_response(news_page()))};
  write_warc_gz(folder / "bad.warc.gz", records);
  RecordingProblems problems;
  ReadResult read = read_all(folder / "bad.warc.gz", "bad.warc.gz", problems);
  EXPECT_TRUE(read.error.empty()) << read.error;
  ASSERT_EQ(read.articles.size(), 2u);
  EXPECT_EQ(read.articles[0].url, "https://coast.example/first");
  EXPECT_EQ(read.articles[1].url, "https://coast.example/third");
  EXPECT_EQ(read.articles[1].origin.to_string(),
            "bad.warc.gz@" + std::to_string(records[0].size() + records[1].size()));
  ASSERT_EQ(problems.problems.size(), 1u);
  EXPECT_EQ(problems.problems[0].kind, ProblemKind::kSkipped);
  // The offset of the record in the uncompressed stream: where the first record ends.
  EXPECT_EQ(problems.problems[0].where, "bad.warc.gz@" + std::to_string(records[0].size()));
  EXPECT_TRUE(has(problems.problems[0].reason, "Content-Length")) << problems.problems[0].reason;
}

TEST(WarcReader, AContentLengthTooShortLosesOnlyItsOwnRecord) {
  TempFolder folder;
  // Ten bytes short: the rest of the request is where the next header is expected.
  std::string block = "GET /short HTTP/1.1\r\nHost: coast.example\r\nUser-Agent: test\r\n\r\n";
  std::string short_record =
      warc_record("request", "https://coast.example/short", "application/http; msgtype=request",
                  block, std::to_string(block.size() - 10));
  std::vector<std::string> records{
      short_record, response_record("https://coast.example/next", html_response(news_page()))};
  write_file(folder / "short.warc", joined(records));
  RecordingProblems problems;
  ReadResult read = read_all(folder / "short.warc", "short.warc", problems);
  ASSERT_EQ(read.articles.size(), 1u);
  EXPECT_EQ(read.articles[0].url, "https://coast.example/next");
  EXPECT_EQ(read.articles[0].origin.to_string(), "short.warc@" + std::to_string(records[0].size()));
  ASSERT_FALSE(problems.problems.empty());
  EXPECT_EQ(problems.problems[0].kind, ProblemKind::kSkipped);
  EXPECT_TRUE(has(problems.problems[0].reason, "expected a WARC record header"))
      << problems.problems[0].reason;
}

TEST(WarcReader, AnUncompressedWarcIsReadToo) {
  TempFolder folder;
  std::vector<std::string> records{
      warcinfo_record(), response_record("https://coast.example/plain", html_response(news_page())),
      response_record("https://coast.example/plain2", html_response(news_page()))};
  write_file(folder / "plain.warc", joined(records));
  RecordingProblems problems;
  ReadResult read = read_all(folder / "plain.warc", "plain.warc", problems);
  EXPECT_TRUE(read.error.empty()) << read.error;
  ASSERT_EQ(read.articles.size(), 2u);
  EXPECT_EQ(read.articles[0].url, "https://coast.example/plain");
  EXPECT_EQ(read.articles[0].origin.to_string(), "plain.warc@" + std::to_string(records[0].size()));
  EXPECT_EQ(read.articles[1].url, "https://coast.example/plain2");
  EXPECT_TRUE(has(read.articles[1].text, "switched off on Monday"));
  ASSERT_EQ(problems.problems.size(), 1u);
  EXPECT_TRUE(has(problems.problems[0].reason,
                  "1 record without an article passed over: 1 warcinfo record"))
      << problems.problems[0].reason;
}

TEST(WarcReader, AnUncompressedFileCutInsideARecordKeepsTheArticlesBefore) {
  TempFolder folder;
  std::vector<std::string> records{
      response_record("https://coast.example/whole", html_response(news_page())),
      response_record("https://coast.example/cut", html_response(news_page()))};
  std::string all = joined(records);
  write_file(folder / "cut.warc", all.substr(0, records[0].size() + records[1].size() / 2));
  RecordingProblems problems;
  ReadResult read = read_all(folder / "cut.warc", "cut.warc", problems);
  EXPECT_TRUE(read.error.empty()) << read.error;
  ASSERT_EQ(read.articles.size(), 1u);
  EXPECT_EQ(read.articles[0].url, "https://coast.example/whole");
  ASSERT_EQ(problems.problems.size(), 1u);
  EXPECT_EQ(problems.problems[0].kind, ProblemKind::kSkipped);
  EXPECT_EQ(problems.problems[0].where, "cut.warc@" + std::to_string(records[0].size()));
  EXPECT_TRUE(has(problems.problems[0].reason, "file ends inside the record"))
      << problems.problems[0].reason;
}

TEST(WarcReader, ACompressedFileCutInsideARecordKeepsTheArticlesBefore) {
  TempFolder folder;
  std::vector<std::string> records{
      response_record("https://coast.example/whole", html_response(news_page())),
      response_record("https://coast.example/cut", html_response(news_page()))};
  write_warc_gz(folder / "whole.warc.gz", {records[0]});
  const std::uintmax_t first_member = fs::file_size(folder / "whole.warc.gz");
  write_warc_gz(folder / "whole.warc.gz", {records[1]});
  std::string compressed = file_contents(folder / "whole.warc.gz");
  // Cut in the middle of the second record's gzip member.
  write_file(folder / "cut.warc.gz",
             compressed.substr(0, first_member + (compressed.size() - first_member) / 2));
  RecordingProblems problems;
  ReadResult read = read_all(folder / "cut.warc.gz", "cut.warc.gz", problems);
  ASSERT_EQ(read.articles.size(), 1u) << read.error;
  EXPECT_EQ(read.articles[0].url, "https://coast.example/whole");
  // The cut record is reported at its offset in the uncompressed stream, like a cut in a plain
  // file, and the file is not an error as a whole.
  EXPECT_TRUE(read.error.empty()) << read.error;
  ASSERT_FALSE(problems.problems.empty());
  EXPECT_EQ(problems.problems[0].kind, ProblemKind::kSkipped);
  EXPECT_EQ(problems.problems[0].where, "cut.warc.gz@" + std::to_string(records[0].size()));
  EXPECT_TRUE(has(problems.problems[0].reason, "file ends inside the record"))
      << problems.problems[0].reason;
}

TEST(WarcReader, ANegativeContentLengthIsInvalidAndDoesNotSwallowTheFile) {
  TempFolder folder;
  std::string bad = response_record("https://coast.example/bad", html_response(news_page()));
  std::size_t length = bad.find("Content-Length: ");
  ASSERT_NE(length, std::string::npos);
  std::size_t end = bad.find("\r\n", length);
  bad.replace(length, end - length, "Content-Length: -5");
  std::vector<std::string> records{
      bad, response_record("https://coast.example/good", html_response(news_page()))};
  write_warc_gz(folder / "negative.warc.gz", records);
  RecordingProblems problems;
  ReadResult read = read_all(folder / "negative.warc.gz", "negative.warc.gz", problems);
  EXPECT_TRUE(read.error.empty()) << read.error;
  ASSERT_EQ(read.articles.size(), 1u);
  EXPECT_EQ(read.articles[0].url, "https://coast.example/good");
  ASSERT_FALSE(problems.problems.empty());
  EXPECT_EQ(problems.problems[0].where, "negative.warc.gz@0");
  EXPECT_TRUE(has(problems.problems[0].reason, "without a valid Content-Length"));
}

TEST(WarcReader, ThePageCanonicalLinkIsTheUrlRatherThanTheTargetUri) {
  TempFolder folder;
  write_warc_gz(
      folder / "canonical.warc.gz",
      {response_record(
          "https://coast.example/2025/04/hel-lighthouse?utm_source=feed&page=1",
          html_response(news_page(
              "<link rel=\"canonical\" href=\"https://coast.example/hel-lighthouse\">")))});
  RecordingProblems problems;
  ReadResult read = read_all(folder / "canonical.warc.gz", "canonical.warc.gz", problems);
  ASSERT_EQ(read.articles.size(), 1u);
  EXPECT_EQ(read.articles[0].url, "https://coast.example/hel-lighthouse");
  EXPECT_EQ(read.articles[0].id, "https://coast.example/hel-lighthouse");
}

TEST(WarcReader, ATargetUriInAngleBracketsIsUnwrapped) {
  TempFolder folder;
  write_warc_gz(folder / "brackets.warc.gz",
                {response_record("<https://coast.example/bracketed>", html_response(news_page()))});
  RecordingProblems problems;
  ReadResult read = read_all(folder / "brackets.warc.gz", "brackets.warc.gz", problems);
  ASSERT_EQ(read.articles.size(), 1u);
  EXPECT_EQ(read.articles[0].url, "https://coast.example/bracketed");
}

TEST(WarcReader, AnIndexPageInTheCrawlIsWarnedAboutAtItsRecord) {
  TempFolder folder;
  std::string links = "<nav><ul>";
  for (int i = 0; i < 50; ++i) {
    links +=
        "<li><a href=\"/s/" + std::to_string(i) + "\">Section " + std::to_string(i) + "</a></li>";
  }
  links += "</ul></nav>";
  std::vector<std::string> records{
      response_record("https://coast.example/",
                      html_response("<html><head><title>Coast Gazette</title></head><body>" +
                                    links + "</body></html>")),
      response_record("https://coast.example/story", html_response(news_page()))};
  write_warc_gz(folder / "front.warc.gz", records);
  RecordingProblems problems;
  ReadResult read = read_all(folder / "front.warc.gz", "front.warc.gz", problems);
  ASSERT_EQ(read.articles.size(), 1u);
  EXPECT_EQ(read.articles[0].url, "https://coast.example/story");
  ASSERT_EQ(problems.problems.size(), 1u);
  EXPECT_EQ(problems.problems[0].kind, ProblemKind::kWarning);
  EXPECT_EQ(problems.problems[0].where, "front.warc.gz@0");
  EXPECT_TRUE(has(problems.problems[0].reason, "no article text found"));
}

TEST(WarcReader, AFileThatIsNotAWarcIsReportedNotRead) {
  TempFolder folder;
  write_file(folder / "empty.warc", "");
  write_file(folder / "binary.warc", std::string("\xFF\xD8\xFF\xE0\0\x10JFIF\0\x01\x01\n", 14));
  RecordingProblems problems;
  EXPECT_TRUE(read_all(folder / "empty.warc", "empty.warc", problems).articles.empty());
  EXPECT_TRUE(read_all(folder / "binary.warc", "binary.warc", problems).articles.empty());
  ASSERT_EQ(problems.problems.size(), 2u);
  EXPECT_EQ(problems.problems[0].where, "empty.warc");
  EXPECT_EQ(problems.problems[0].reason, "empty file");
  EXPECT_EQ(problems.problems[1].where, "binary.warc");
  EXPECT_TRUE(has(problems.problems[1].reason, "not a WARC file"));
}

// zlib starts its messages with the path, which the reports name already: without
// zlib_message, "page.html.gz: skipped: page.html.gz: unexpected end of file".
TEST(GzipInputErrors, ATruncatedGzippedFileReadWholeIsNotNamedTwice) {
  TempFolder folder;
  struct File {
    const char* name;
    InputFormat format;
    std::string contents;
  };
  const File files[] = {
      {"page.html.gz", InputFormat::kHtml, news_page()},
      {"feed.xml.gz", InputFormat::kXml,
       "<rss version=\"2.0\"><channel><item><title>Ferry</title><description>The ferry resumed "
       "its timetable.</description></item></channel></rss>"},
      {"array.json.gz", InputFormat::kJson, "[{\"text\": \"The ferry resumed.\"}]"}};
  for (const File& file : files) {
    SCOPED_TRACE(file.name);
    std::string compressed = gzip(file.contents);
    write_file(folder / file.name, compressed.substr(0, compressed.size() / 2));
    RecordingProblems problems;
    std::string reason;
    try {
      std::unique_ptr<ArticleReader> reader =
          open_reader({folder / file.name, file.name, file.format, 0}, problems);
      while (reader->next()) {
      }
    } catch (const InputError& error) {
      reason = error.reason();
    }
    ASSERT_FALSE(reason.empty());
    EXPECT_TRUE(has(reason, "unexpected end of file")) << reason;
    // The report puts the file's name before the reason: the reason should not repeat it.
    EXPECT_FALSE(has(reason, file.name)) << reason;
  }
}

}  // namespace
}  // namespace newsindex
