#include "csv_reader.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include "command_runner.h"
#include "input_limits.h"
#include "jsonl_reader.h"
#include "publication_date.h"
#include "recording_problems.h"

namespace newsindex {
namespace {

using testing::RecordingProblems;
using testing::TempFolder;
using testing::write_file;

std::vector<Article> read_all(const std::filesystem::path& path, RecordingProblems& problems,
                              const ReaderOptions& options = {}, char separator = ',') {
  CsvReader reader(path, "in.csv", problems, options, separator);
  std::vector<Article> articles;
  while (auto article = reader.next()) articles.push_back(std::move(*article));
  return articles;
}

std::vector<std::string> ids_of(const std::vector<Article>& articles) {
  std::vector<std::string> ids;
  for (const Article& article : articles) ids.push_back(article.id);
  return ids;
}

TEST(CsvReader, ReadsEveryFieldUnderItsOwnNameOrASynonym) {
  TempFolder folder;
  write_file(folder / "a.csv",
             " ID ,Headline,Body,Published,Source,Link,Lang,Byline,Section,Notes\n"
             "a1,Harbour reopens , The harbour reopened.,2025-04-11T09:30:00Z,Harbour Times,"
             "https://x,en-GB,Ann Lee; Bo Li ;,Local,ignored\n");
  RecordingProblems problems;
  auto articles = read_all(folder / "a.csv", problems);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  EXPECT_EQ(a.id, "a1");
  EXPECT_EQ(a.title, "Harbour reopens");
  EXPECT_EQ(a.text, " The harbour reopened.");
  ASSERT_TRUE(a.date);
  EXPECT_EQ(a.date->text, "2025-04-11T09:30:00Z");
  EXPECT_EQ(a.source, "Harbour Times");
  EXPECT_EQ(a.url, "https://x");
  EXPECT_EQ(a.language, "en");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Ann Lee", "Bo Li"}));
  EXPECT_EQ(a.section, "Local");
  EXPECT_EQ(a.origin.to_string(), "in.csv:2");
  EXPECT_TRUE(problems.problems.empty()) << problems.problems[0].reason;
}

TEST(CsvReader, ReadsQuotedFieldsWithNewlinesSeparatorsAndQuotesBehindABomWithCrlf) {
  TempFolder folder;
  write_file(folder / "a.csv",
             "\xEF\xBB\xBFid,title,text\r\n"
             "q1,\"Talks, at last\",\"She said \"\"yes\"\".\r\n"
             "\r\n"
             "Second paragraph, with a comma.\"\r\n"
             "q2,Plain,One line\r\n");
  RecordingProblems problems;
  auto articles = read_all(folder / "a.csv", problems);
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0].id, "q1");
  EXPECT_EQ(articles[0].title, "Talks, at last");
  EXPECT_EQ(articles[0].text, "She said \"yes\".\n\nSecond paragraph, with a comma.");
  EXPECT_EQ(articles[0].origin.to_string(), "in.csv:2");
  EXPECT_EQ(articles[1].id, "q2");
  EXPECT_EQ(articles[1].text, "One line");
  // The record after one of three lines starts on line 5.
  EXPECT_EQ(articles[1].origin.to_string(), "in.csv:5");
  EXPECT_TRUE(problems.problems.empty()) << problems.problems[0].reason;
}

TEST(CsvReader, ColumnsMapFieldsToColumnsOfOtherNames) {
  TempFolder folder;
  write_file(folder / "a.csv",
             "Story,When,Text,Agency\n"
             "The real body.,2025-05-06,A teaser,Elbe-Kurier\n");
  RecordingProblems problems;
  ReaderOptions options;
  options.columns = {
      {"text", "story"}, {"date", " WHEN "}, {"title", "text"}, {"source", "agency"}};
  auto articles = read_all(folder / "a.csv", problems, options);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].text, "The real body.");
  EXPECT_EQ(articles[0].title, "A teaser");
  EXPECT_EQ(articles[0].source, "Elbe-Kurier");
  ASSERT_TRUE(articles[0].date);
  EXPECT_EQ(articles[0].date->text, "2025-05-06");
  EXPECT_TRUE(problems.problems.empty()) << problems.problems[0].reason;
}

TEST(CsvReader, AMappedColumnMissingFromTheHeaderIsOneFileError) {
  TempFolder folder;
  write_file(folder / "a.csv", "id,headline,story\n1,T,Body\n");
  RecordingProblems problems;
  ReaderOptions options;
  options.columns = {{"text", "story"}, {"date", "published_at"}};
  EXPECT_TRUE(read_all(folder / "a.csv", problems, options).empty());
  ASSERT_EQ(problems.problems.size(), 1u);
  EXPECT_EQ(problems.problems[0].kind, ProblemKind::kSkipped);
  EXPECT_EQ(problems.problems[0].where, "in.csv");
  EXPECT_EQ(problems.problems[0].reason,
            "no column \"published_at\" (--columns date=published_at) in the header, whose "
            "columns are: id, headline, story");
}

TEST(CsvReader, AHeaderWithoutATextColumnIsOneFileError) {
  TempFolder folder;
  write_file(folder / "a.csv", "id,headline,story\n1,T,Body\n2,U,More\n");
  RecordingProblems problems;
  EXPECT_TRUE(read_all(folder / "a.csv", problems).empty());
  ASSERT_EQ(problems.problems.size(), 1u);
  EXPECT_EQ(problems.problems[0].where, "in.csv");
  const std::string& reason = problems.problems[0].reason;
  EXPECT_NE(reason.find("no text column"), std::string::npos) << reason;
  EXPECT_NE(reason.find("id, headline, story"), std::string::npos) << reason;
  EXPECT_NE(reason.find("--columns text=COLUMN"), std::string::npos) << reason;
}

TEST(CsvReader, ABadRecordIsReportedAtTheLineItStartsOnAndTheNextIsRead) {
  TempFolder folder;
  write_file(folder / "a.csv",
             "id,title,text\n"
             "ok1,T,fine\n"
             "bad,\"A title\nover two lines\",text,extra field\n"
             "ok2,T,fine too\n"
             "empty,T,\"  \"\n"
             "trailing,T,kept,,\n");
  RecordingProblems problems;
  auto articles = read_all(folder / "a.csv", problems);
  EXPECT_EQ(ids_of(articles), (std::vector<std::string>{"ok1", "ok2", "trailing"}));
  EXPECT_EQ(articles[1].origin.to_string(), "in.csv:5");
  ASSERT_EQ(problems.problems.size(), 2u);
  EXPECT_EQ(problems.problems[0].where, "in.csv:3");
  EXPECT_EQ(problems.problems[0].kind, ProblemKind::kSkipped);
  EXPECT_EQ(problems.problems[0].reason,
            "4 fields where the header has 3 (a separator in a field that is not quoted?)");
  EXPECT_EQ(problems.problems[1].where, "in.csv:6");
  EXPECT_EQ(problems.problems[1].reason, "empty text (column text)");
}

TEST(CsvReader, ShortRecordsReadTheirMissingLastFieldsAsEmptyWithOneWarning) {
  TempFolder folder;
  write_file(folder / "a.csv",
             "id,text,date,source\n"
             "a,One,2025-01-02\n"
             "b,Two\n"
             "c\n");
  RecordingProblems problems;
  auto articles = read_all(folder / "a.csv", problems);
  EXPECT_EQ(ids_of(articles), (std::vector<std::string>{"a", "b"}));
  EXPECT_TRUE(articles[0].date.has_value());
  EXPECT_FALSE(articles[1].date.has_value());
  ASSERT_EQ(problems.problems.size(), 2u);
  EXPECT_EQ(problems.problems[0].kind, ProblemKind::kWarning);
  EXPECT_EQ(problems.problems[0].where, "in.csv:2");
  EXPECT_EQ(problems.problems[1].where, "in.csv:4");
  EXPECT_EQ(problems.problems[1].reason, "missing text: the record ends before column text");
}

TEST(CsvReader, AQuoteNeverClosedIsReportedWhereItOpensAndKeepsWhatCameBefore) {
  TempFolder folder;
  write_file(folder / "a.csv",
             "id,text\n"
             "a,first\n"
             "b,second\n"
             "c,\"opens here\n"
             "d,never closes\n");
  RecordingProblems problems;
  auto articles = read_all(folder / "a.csv", problems);
  EXPECT_EQ(ids_of(articles), (std::vector<std::string>{"a", "b"}));
  ASSERT_EQ(problems.problems.size(), 1u);
  EXPECT_EQ(problems.problems[0].kind, ProblemKind::kSkipped);
  EXPECT_EQ(problems.problems[0].where, "in.csv:4");
  EXPECT_NE(problems.problems[0].reason.find("quoted field never closed"), std::string::npos);

  write_file(folder / "only.csv", "id,text\nc,\"opens here\n");
  problems.problems.clear();
  EXPECT_TRUE(read_all(folder / "only.csv", problems).empty());
  ASSERT_EQ(problems.problems.size(), 1u);
  EXPECT_EQ(problems.problems[0].where, "in.csv:2");
}

TEST(CsvReader, ReadsTsvWithQuotesOnlyAtTheStartOfAField) {
  TempFolder folder;
  write_file(folder / "a.tsv",
             "id\ttitle\ttext\n"
             "t1\tA 5\" screen, cheap\tCommas, and \"quotes\" inside\n"
             "t2\tQuoted\t\"a tab\there and\na newline\"\n");
  RecordingProblems problems;
  auto articles = read_all(folder / "a.tsv", problems, {}, '\t');
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0].title, "A 5\" screen, cheap");
  EXPECT_EQ(articles[0].text, "Commas, and \"quotes\" inside");
  EXPECT_EQ(articles[1].text, "a tab\there and\na newline");
  EXPECT_TRUE(problems.problems.empty()) << problems.problems[0].reason;
}

TEST(CsvReader, ReadsGzip) {
  TempFolder folder;
  std::string path = (folder / "a.csv.gz").string();
  gzFile out = gzopen(path.c_str(), "wb");
  std::string csv = "id,text\ng1,\"one,\nand more\"\ng2,two\n";
  gzwrite(out, csv.data(), static_cast<unsigned>(csv.size()));
  gzclose(out);
  write_file(folder / "plain.csv.gz", csv);
  RecordingProblems problems;
  auto articles = read_all(path, problems);
  EXPECT_EQ(ids_of(articles), (std::vector<std::string>{"g1", "g2"}));
  EXPECT_EQ(articles[0].text, "one,\nand more");
  EXPECT_THROW(read_all(folder / "plain.csv.gz", problems), InputError);
}

TEST(CsvReader, DatesFollowTheRulesOfJsonLines) {
  TempFolder folder;
  write_file(folder / "a.csv",
             "id,text,date\n"
             "own,x,2025-01-10\n"
             "none,x,\n"
             "bad,x,last Friday\n");
  RecordingProblems problems;
  ReaderOptions options;
  options.fallback_date = parse_publication_day("2025-03-01");
  auto articles = read_all(folder / "a.csv", problems, options);
  ASSERT_EQ(articles.size(), 3u);
  using namespace std::chrono;
  EXPECT_EQ(articles[0].date->day, 2025y / January / 10d);
  EXPECT_EQ(articles[1].date->day, 2025y / March / 1d);
  EXPECT_FALSE(articles[2].date.has_value());
  ASSERT_EQ(problems.problems.size(), 1u);
  EXPECT_EQ(problems.problems[0].kind, ProblemKind::kDropped);
  EXPECT_EQ(problems.problems[0].where, "in.csv:4");
  EXPECT_NE(problems.problems[0].reason.find("unparsable date \"last Friday\""), std::string::npos);
}

TEST(CsvReader, AnArticleWithoutAnIdGetsTheIdJsonLinesWouldGiveIt) {
  TempFolder folder;
  write_file(folder / "a.csv", "title,text\nSame,Words\n");
  write_file(folder / "a.jsonl", R"({"title":"Same","text":"Words"})"
                                 "\n");
  RecordingProblems problems;
  auto articles = read_all(folder / "a.csv", problems);
  JsonlReader jsonl(folder / "a.jsonl", "a.jsonl", problems);
  std::optional<Article> from_jsonl = jsonl.next();
  ASSERT_EQ(articles.size(), 1u);
  ASSERT_TRUE(from_jsonl);
  EXPECT_TRUE(articles[0].id.starts_with("content-"));
  EXPECT_EQ(articles[0].id, from_jsonl->id);
}

TEST(CsvReader, SkipsARecordLongerThanTheLimitAndReadsTheNext) {
  TempFolder folder;
  std::string half(kMaxLineBytes / 2 + 10, 'x');
  write_file(folder / "a.csv", "id,text\nhuge,\"" + half + "\n" + half + "\"\nafter,fine\n");
  RecordingProblems problems;
  auto articles = read_all(folder / "a.csv", problems);
  EXPECT_EQ(ids_of(articles), std::vector<std::string>{"after"});
  EXPECT_EQ(articles[0].origin.to_string(), "in.csv:4");
  ASSERT_EQ(problems.problems.size(), 1u);
  EXPECT_EQ(problems.problems[0].where, "in.csv:2");
  EXPECT_NE(problems.problems[0].reason.find("longer than the 64.0 MB limit"), std::string::npos)
      << problems.problems[0].reason;
}

TEST(CsvReader, EmptyFilesAndHeadersWithoutRecordsHoldNoArticles) {
  TempFolder folder;
  write_file(folder / "empty.csv", "\n\n");
  write_file(folder / "header.csv", "id,text\n\n");
  RecordingProblems problems;
  EXPECT_TRUE(read_all(folder / "empty.csv", problems).empty());
  EXPECT_TRUE(read_all(folder / "header.csv", problems).empty());
  ASSERT_EQ(problems.problems.size(), 2u);
  EXPECT_EQ(problems.problems[0].reason, "empty file");
  EXPECT_EQ(problems.problems[1].reason, "no articles: a header and no records");
}

TEST(CsvReader, ThrowsInputErrorForAMissingFile) {
  RecordingProblems problems;
  EXPECT_THROW(CsvReader("/nonexistent/x.csv", "x.csv", problems, {}, ','), InputError);
}

}  // namespace
}  // namespace newsindex
