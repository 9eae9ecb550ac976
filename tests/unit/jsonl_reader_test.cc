#include "jsonl_reader.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include "command_runner.h"
#include "input_limits.h"
#include "publication_date.h"
#include "recording_problems.h"

namespace newsindex {
namespace {

using testing::RecordingProblems;
using testing::TempFolder;
using testing::write_file;

std::vector<Article> read_all(const std::filesystem::path& path, RecordingProblems& problems) {
  JsonlReader reader(path, "in.jsonl", problems);
  std::vector<Article> articles;
  while (auto article = reader.next()) articles.push_back(std::move(*article));
  return articles;
}

TEST(JsonlReader, ReadsEveryDocumentedField) {
  TempFolder folder;
  write_file(folder / "a.jsonl",
             R"({"id":"a1","title":"T","text":"Body","date":"2025-04-11","source":"S",)"
             R"("url":"https://x","language":"en-GB","authors":["A","B"],"section":"World",)"
             R"("meta":{"ignored":true}})"
             "\n");
  RecordingProblems problems;
  auto articles = read_all(folder / "a.jsonl", problems);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  EXPECT_EQ(a.id, "a1");
  EXPECT_EQ(a.title, "T");
  EXPECT_EQ(a.text, "Body");
  ASSERT_TRUE(a.date);
  EXPECT_EQ(a.date->text, "2025-04-11");
  EXPECT_EQ(a.source, "S");
  EXPECT_EQ(a.url, "https://x");
  EXPECT_EQ(a.language, "en");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"A", "B"}));
  EXPECT_EQ(a.section, "World");
  EXPECT_EQ(a.origin.to_string(), "in.jsonl:1");
  EXPECT_TRUE(problems.problems.empty());
}

TEST(JsonlReader, AcceptsBodyForTextDctForDateAndNumericIds) {
  TempFolder folder;
  write_file(folder / "a.jsonl", R"({"id":17,"body":"Words","dct":"1996-08-30"})"
                                 "\n");
  RecordingProblems problems;
  auto articles = read_all(folder / "a.jsonl", problems);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].id, "17");
  EXPECT_EQ(articles[0].text, "Words");
  ASSERT_TRUE(articles[0].date);
}

TEST(JsonlReader, DerivesAStableIdWhenThereIsNone) {
  TempFolder folder;
  write_file(folder / "a.jsonl", R"({"title":"T","text":"Same"})"
                                 "\n"
                                 R"({"title":"T","text":"Same"})"
                                 "\n");
  RecordingProblems problems;
  auto articles = read_all(folder / "a.jsonl", problems);
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0].id, articles[1].id);
  EXPECT_TRUE(articles[0].id.starts_with("content-"));
}

TEST(JsonlReader, ReportsBadLinesWithTheirLineNumbersAndGoesOn) {
  TempFolder folder;
  write_file(folder / "a.jsonl",
             "{\"id\":\"ok1\",\"text\":\"fine\"}\n"
             "{\"id\":\"broken\",\"text\":\n"
             "\n"
             "[1,2]\n"
             "{\"id\":\"nt\",\"title\":\"no text\"}\n"
             "{\"id\":\"e\",\"text\":\"   \"}\n"
             "{\"id\":\"num\",\"title\":5,\"text\":\"x\"}\n"
             "{\"id\":\"arr\",\"text\":[\"x\"]}\n"
             "{\"id\":\"utf\",\"text\":\"bad \xff byte\"}\n"
             "{\"id\":\"ok2\",\"text\":\"fine\"}");
  RecordingProblems problems;
  auto articles = read_all(folder / "a.jsonl", problems);
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[1].id, "ok2");
  ASSERT_EQ(problems.problems.size(), 7u);
  std::vector<std::string> where;
  for (const auto& p : problems.problems) {
    EXPECT_EQ(p.kind, ProblemKind::kSkipped);
    where.push_back(p.where);
  }
  EXPECT_EQ(where, (std::vector<std::string>{"in.jsonl:2", "in.jsonl:4", "in.jsonl:5", "in.jsonl:6",
                                             "in.jsonl:7", "in.jsonl:8", "in.jsonl:9"}));
  EXPECT_NE(problems.problems[0].reason.find("invalid JSON"), std::string::npos);
  EXPECT_EQ(problems.problems[0].reason.find("json.exception"), std::string::npos);
  EXPECT_NE(problems.problems[1].reason.find("expected a JSON object"), std::string::npos);
  EXPECT_NE(problems.problems[2].reason.find("missing \"text\""), std::string::npos);
  EXPECT_EQ(problems.problems[3].reason, "empty text");
  EXPECT_NE(problems.problems[4].reason.find("\"title\" must be a string, not a number"),
            std::string::npos);
  EXPECT_NE(problems.problems[5].reason.find("\"text\" must be a string, not an array"),
            std::string::npos);
  EXPECT_NE(problems.problems[6].reason.find("UTF-8"), std::string::npos);
}

TEST(JsonlReader, KeepsAnArticleWhoseDateIsUnparsableWithoutItsDate) {
  TempFolder folder;
  write_file(folder / "a.jsonl", R"({"id":"d","text":"x","date":"next Tuesday"})"
                                 "\n");
  RecordingProblems problems;
  auto articles = read_all(folder / "a.jsonl", problems);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_FALSE(articles[0].date.has_value());
  ASSERT_EQ(problems.problems.size(), 1u);
  EXPECT_EQ(problems.problems[0].kind, ProblemKind::kDropped);
  EXPECT_EQ(problems.problems[0].where, "in.jsonl:1");
  EXPECT_NE(problems.problems[0].reason.find("unparsable date \"next Tuesday\""),
            std::string::npos);
}

TEST(JsonlReader, ReadsGzipAndCrlf) {
  TempFolder folder;
  std::string path = (folder / "a.jsonl.gz").string();
  gzFile out = gzopen(path.c_str(), "wb");
  std::string lines = "{\"id\":\"g1\",\"text\":\"one\"}\r\n{\"id\":\"g2\",\"text\":\"two\"}\r\n";
  gzwrite(out, lines.data(), static_cast<unsigned>(lines.size()));
  gzclose(out);
  RecordingProblems problems;
  auto articles = read_all(path, problems);
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[1].text, "two");
  EXPECT_TRUE(problems.problems.empty());
}

TEST(JsonlReader, AGzNameThatIsNotGzipIsAnInputErrorNotBadJson) {
  TempFolder folder;
  write_file(folder / "a.jsonl.gz", "PK\x03\x04 a zip archive, say\n");
  write_file(folder / "b.JSONL.GZ", "{\"id\":\"b\",\"text\":\"plain JSON under a gzip name\"}\n");
  for (const char* name : {"a.jsonl.gz", "b.JSONL.GZ"}) {
    RecordingProblems problems;
    JsonlReader reader(folder / name, name, problems);
    try {
      (void)reader.next();
      ADD_FAILURE() << name << " was read";
    } catch (const InputError& error) {
      EXPECT_EQ(error.reason(), "not a gzip file");
      EXPECT_EQ(std::string(error.what()), (folder / name).string() + ": not a gzip file");
    }
    EXPECT_TRUE(problems.problems.empty()) << problems.problems[0].reason;
  }
}

TEST(JsonlReader, AnEmptyGzFileIsEmptyAndGzipUnderAnotherNameIsRead) {
  TempFolder folder;
  write_file(folder / "empty.jsonl.gz", "");
  std::string gzipped = (folder / "gzipped.jsonl").string();
  gzFile out = gzopen(gzipped.c_str(), "wb");
  std::string line = "{\"id\":\"g\",\"text\":\"one\"}\n";
  gzwrite(out, line.data(), static_cast<unsigned>(line.size()));
  gzclose(out);
  RecordingProblems problems;
  EXPECT_TRUE(read_all(folder / "empty.jsonl.gz", problems).empty());
  ASSERT_EQ(problems.problems.size(), 1u);
  EXPECT_EQ(problems.problems[0].reason, "empty file");
  EXPECT_EQ(read_all(gzipped, problems).size(), 1u);
}

TEST(JsonlReader, SkipsOverLongLinesWithoutStoppingAndCutsHugeTexts) {
  TempFolder folder;
  std::string huge_line =
      "{\"id\":\"huge\",\"text\":\"" + std::string(kMaxLineBytes + 10, 'x') + "\"}";
  std::string long_text =
      "{\"id\":\"long\",\"text\":\"" + std::string(kMaxTextBytes + 10, 'y') + "\"}";
  write_file(folder / "a.jsonl",
             huge_line + "\n" + long_text + "\n{\"id\":\"after\",\"text\":\"fine\"}\n");
  RecordingProblems problems;
  auto articles = read_all(folder / "a.jsonl", problems);
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0].id, "long");
  EXPECT_EQ(articles[0].text.size(), kMaxTextBytes);
  EXPECT_EQ(articles[1].id, "after");
  ASSERT_EQ(problems.problems.size(), 2u);
  EXPECT_EQ(problems.problems[0].where, "in.jsonl:1");
  EXPECT_EQ(problems.problems[0].kind, ProblemKind::kSkipped);
  EXPECT_NE(problems.problems[0].reason.find("longer than the 64.0 MB limit"), std::string::npos)
      << problems.problems[0].reason;
  EXPECT_EQ(problems.problems[1].where, "in.jsonl:2");
  EXPECT_EQ(problems.problems[1].kind, ProblemKind::kDropped);
}

TEST(JsonlReader, EmptyAndBinaryFilesAreReportedOnce) {
  TempFolder folder;
  write_file(folder / "empty.jsonl", "\n\n");
  write_file(folder / "binary.jsonl", std::string("\x89PNG\0\0garbage\nmore\0\n", 18));
  RecordingProblems problems;
  EXPECT_TRUE(read_all(folder / "empty.jsonl", problems).empty());
  EXPECT_TRUE(read_all(folder / "binary.jsonl", problems).empty());
  ASSERT_EQ(problems.problems.size(), 2u);
  EXPECT_EQ(problems.problems[0].reason, "empty file");
  EXPECT_NE(problems.problems[1].reason.find("binary file"), std::string::npos);
}

TEST(JsonlReader, WarnsAboutFutureAndVeryOldDatesButKeepsThem) {
  TempFolder folder;
  write_file(folder / "a.jsonl", R"({"id":"f","text":"x","date":"2999-01-01"})"
                                 "\n"
                                 R"({"id":"o","text":"x","date":"1750-06-01"})"
                                 "\n"
                                 R"({"id":"ok","text":"x","date":"1916-01-01"})"
                                 "\n"
                                 R"({"id":"bad","text":"x","date":"0099-01-01"})"
                                 "\n");
  RecordingProblems problems;
  auto articles = read_all(folder / "a.jsonl", problems);
  ASSERT_EQ(articles.size(), 4u);
  EXPECT_TRUE(articles[0].date && articles[1].date && articles[2].date);
  EXPECT_FALSE(articles[3].date.has_value());
  ASSERT_EQ(problems.problems.size(), 3u);
  EXPECT_EQ(problems.problems[0].kind, ProblemKind::kWarning);
  EXPECT_NE(problems.problems[0].reason.find("in the future"), std::string::npos);
  EXPECT_NE(problems.problems[1].reason.find("before 1800"), std::string::npos);
  EXPECT_EQ(problems.problems[2].kind, ProblemKind::kDropped);
}

TEST(JsonlReader, NumbersNoDoubleHoldsSkipTheLineInsteadOfEndingTheRun) {
  // Found by tests/fuzz/jsonl_reader_fuzz: "1e999" made nlohmann throw out_of_range.
  TempFolder folder;
  write_file(folder / "a.jsonl",
             "{\"id\":\"a\",\"text\":\"fine\"}\n{\"id\":\"b\",\"text\":\"x\",\"meta\":1e999}\n"
             "{\"id\":\"c\",\"text\":\"after\"}\n");
  RecordingProblems problems;
  auto articles = read_all(folder / "a.jsonl", problems);
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[1].id, "c");
  ASSERT_EQ(problems.problems.size(), 1u);
  EXPECT_EQ(problems.problems[0].where, "in.jsonl:2");
  EXPECT_NE(problems.problems[0].reason.find("invalid JSON"), std::string::npos);
}

TEST(JsonlReader, ABomIsDroppedAndATruncatedLastLineIsReported) {
  TempFolder folder;
  write_file(folder / "a.jsonl",
             "\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"first\"}\n{\"id\":\"b\",\"text\":\"cut off mid");
  RecordingProblems problems;
  auto articles = read_all(folder / "a.jsonl", problems);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].id, "a");
  ASSERT_EQ(problems.problems.size(), 1u);
  EXPECT_EQ(problems.problems[0].where, "in.jsonl:2");
  EXPECT_NE(problems.problems[0].reason.find("invalid JSON"), std::string::npos);
}

TEST(JsonlReader, ThrowsInputErrorForAMissingFile) {
  RecordingProblems problems;
  EXPECT_THROW(JsonlReader("/nonexistent/x.jsonl", "x.jsonl", problems), InputError);
}

TEST(JsonlReader, RecordsWithoutADateTakeTheFallbackAndOthersKeepTheirs) {
  TempFolder folder;
  write_file(folder / "2025-04-12-feed.jsonl", R"({"id":"none","text":"x"})"
                                               "\n"
                                               R"({"id":"null","text":"x","date":null})"
                                               "\n"
                                               R"({"id":"own","text":"x","date":"2025-01-10"})"
                                               "\n"
                                               R"({"id":"bad","text":"x","date":"last Friday"})"
                                               "\n");
  RecordingProblems problems;
  JsonlReader reader(folder / "2025-04-12-feed.jsonl", "in.jsonl", problems,
                     parse_publication_day("2025-03-01"));
  std::vector<Article> articles;
  while (auto article = reader.next()) articles.push_back(std::move(*article));
  ASSERT_EQ(articles.size(), 4u);
  using namespace std::chrono;
  EXPECT_EQ(articles[0].date->day, 2025y / March / 1d);
  EXPECT_EQ(articles[1].date->day, 2025y / March / 1d);
  EXPECT_EQ(articles[2].date->day, 2025y / January / 10d);
  // An unreadable date is reported, not replaced by a guess; a JSON Lines file's name dates
  // nothing (an archive of many articles is not named after each one's day).
  EXPECT_FALSE(articles[3].date.has_value());
  ASSERT_EQ(problems.problems.size(), 1u);
  EXPECT_EQ(problems.problems[0].kind, ProblemKind::kDropped);
  EXPECT_FALSE(read_all(folder / "2025-04-12-feed.jsonl", problems)[0].date.has_value());
}

}  // namespace
}  // namespace newsindex
