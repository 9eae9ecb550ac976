#include "plain_text_reader.h"

#include <gtest/gtest.h>

#include "command_runner.h"
#include "input_limits.h"
#include "publication_date.h"
#include "recording_problems.h"
#include "schema.h"
#include "text_encoding.h"

namespace newsindex {
namespace {

using namespace std::chrono;
using testing::RecordingProblems;
using testing::TempFolder;
using testing::write_file;

std::optional<Article> read_one(const std::filesystem::path& path, RecordingProblems& problems) {
  PlainTextReader reader(path, "a.txt", problems);
  auto article = reader.next();
  EXPECT_FALSE(reader.next().has_value());
  return article;
}

TEST(PlainTextReader, ReadsTheHeaderBlock) {
  TempFolder folder;
  write_file(
      folder / "a.txt",
      "Title: Harbour reopens\nDate: 2025-05-06T10:00:00+01:00\nSource: Harbour Times\n"
      "URL: https://example.org/h\nLanguage: en\nAuthor: A. Writer\n\nFirst line.\nSecond.\n");
  RecordingProblems problems;
  auto article = read_one(folder / "a.txt", problems);
  ASSERT_TRUE(article);
  EXPECT_EQ(article->title, "Harbour reopens");
  ASSERT_TRUE(article->date);
  EXPECT_EQ(article->date->day, 2025y / May / 6d);
  EXPECT_EQ(article->source, "Harbour Times");
  EXPECT_EQ(article->url, "https://example.org/h");
  EXPECT_EQ(article->language, "en");
  EXPECT_EQ(article->authors, std::vector<std::string>{"A. Writer"});
  EXPECT_EQ(article->text, "First line.\nSecond.");
  EXPECT_TRUE(problems.problems.empty());
}

TEST(PlainTextReader, BareFileTakesItsFirstLineAsTitleAndAnIdFromItsContent) {
  TempFolder folder;
  write_file(folder / "bare.txt", "Central bank holds rates\nThe bank said on Friday...\n");
  RecordingProblems problems;
  auto article = read_one(folder / "bare.txt", problems);
  ASSERT_TRUE(article);
  EXPECT_EQ(article->title, "Central bank holds rates");
  EXPECT_EQ(article->text, "Central bank holds rates\nThe bank said on Friday...");
  EXPECT_EQ(article->id, schema::derived_article_id(article->title + '\n' + article->text));
  EXPECT_FALSE(article->date.has_value());
}

TEST(PlainTextReader, TheSameArticleElsewhereHasTheSameIdAndAnotherOneAnother) {
  TempFolder folder;
  const std::string article = "Title: Harbour reopens\n\nThe harbour reopened on Thursday.\n";
  write_file(folder / "a" / "harbour.txt", article);
  write_file(folder / "b" / "copy.txt", article);
  // Line ends and a byte-order mark are not content.
  write_file(folder / "c" / "crlf.txt",
             "\xEF\xBB\xBFTitle: Harbour reopens\r\n\r\nThe harbour reopened on Thursday.\r\n");
  write_file(folder / "d" / "other.txt", "Title: Harbour reopens\n\nThe harbour closed again.\n");
  RecordingProblems problems;
  std::string id = read_one(folder / "a" / "harbour.txt", problems)->id;
  EXPECT_TRUE(id.starts_with("content-")) << id;
  EXPECT_EQ(read_one(folder / "b" / "copy.txt", problems)->id, id);
  EXPECT_EQ(read_one(folder / "c" / "crlf.txt", problems)->id, id);
  EXPECT_NE(read_one(folder / "d" / "other.txt", problems)->id, id);
  EXPECT_TRUE(problems.problems.empty());
}

TEST(PlainTextReader, AnIdHeaderIsTheId) {
  TempFolder folder;
  write_file(folder / "a.txt", "Id: harbour-2025-04-10\nTitle: T\n\nBody\n");
  RecordingProblems problems;
  EXPECT_EQ(read_one(folder / "a.txt", problems)->id, "harbour-2025-04-10");
}

TEST(PlainTextReader, LongFirstLineGivesItsFirstSentenceDespiteAbbreviations) {
  std::string paragraph =
      "U.S. envoy Steve Witkoff met with Russian President Vladimir Putin in St. Petersburg on "
      "Friday, amid growing pressure for a ceasefire in Ukraine. The Kremlin said the over "
      "four-hour meeting focused on resolving aspects of the ongoing conflict, and officials "
      "described the talks as productive.";
  EXPECT_EQ(title_from_body(paragraph),
            "U.S. envoy Steve Witkoff met with Russian President Vladimir Putin in St. Petersburg "
            "on Friday, amid growing pressure for a ceasefire in Ukraine.");
}

TEST(PlainTextReader, StripsBomAndCrlf) {
  TempFolder folder;
  write_file(folder / "a.txt",
             "\xEF\xBB\xBFTitle: T\r\nDate: 2025-01-02\r\n\r\nBody line\r\nMore\r\n");
  RecordingProblems problems;
  auto article = read_one(folder / "a.txt", problems);
  ASSERT_TRUE(article);
  EXPECT_EQ(article->title, "T");
  EXPECT_EQ(article->text, "Body line\nMore");
  ASSERT_TRUE(article->date);
}

TEST(PlainTextReader, ConvertsLatin1WithAWarningNamingTheLine) {
  TempFolder folder;
  write_file(folder / "a.txt", "Title: T\n\nline two\nLe caf\xe9 de la gare \xe0 Gen\xe8ve\n");
  RecordingProblems problems;
  auto article = read_one(folder / "a.txt", problems);
  ASSERT_TRUE(article);
  EXPECT_EQ(article->text, "line two\nLe café de la gare à Genève");
  ASSERT_EQ(problems.problems.size(), 1u);
  EXPECT_EQ(problems.problems[0].kind, ProblemKind::kWarning);
  EXPECT_EQ(problems.problems[0].where, "a.txt:4");
  EXPECT_NE(problems.problems[0].reason.find("not UTF-8: read as"), std::string::npos)
      << problems.problems[0].reason;
}

TEST(PlainTextReader, SkipsBinaryAndEmptyFiles) {
  TempFolder folder;
  write_file(folder / "binary.txt", std::string("GIF89a\0\0\x01\x02", 10));
  write_file(folder / "empty.txt", "");
  RecordingProblems problems;
  EXPECT_FALSE(read_one(folder / "binary.txt", problems).has_value());
  EXPECT_FALSE(read_one(folder / "empty.txt", problems).has_value());
  ASSERT_EQ(problems.problems.size(), 2u);
  EXPECT_EQ(problems.problems[0].kind, ProblemKind::kSkipped);
  EXPECT_NE(problems.problems[0].reason.find("binary file"), std::string::npos);
  EXPECT_EQ(problems.problems[1].reason, "empty file");
}

TEST(PlainTextReader, CutsHugeTextAtTheCapWithAWarning) {
  TempFolder folder;
  std::string body;
  while (body.size() < kMaxTextBytes + 1000) body += "Zélensky spoke again. ";
  write_file(folder / "a.txt", "Title: Long\n\n" + body);
  RecordingProblems problems;
  auto article = read_one(folder / "a.txt", problems);
  ASSERT_TRUE(article);
  EXPECT_LE(article->text.size(), kMaxTextBytes);
  EXPECT_GT(article->text.size(), kMaxTextBytes - 4);
  EXPECT_FALSE(first_invalid_utf8(article->text).has_value());  // cut on a character boundary
  ASSERT_EQ(problems.problems.size(), 1u);
  EXPECT_EQ(problems.problems[0].kind, ProblemKind::kDropped);
  EXPECT_NE(problems.problems[0].reason.find("cut to the first 8.0 MB"), std::string::npos);
}

TEST(PlainTextReader, ReportsEmptyTextAndBadDates) {
  TempFolder folder;
  write_file(folder / "empty.txt", "Title: Only a header\n\n   \n");
  write_file(folder / "date.txt", "Title: T\nDate: April the 4th\n\nBody\n");
  RecordingProblems problems;
  EXPECT_FALSE(read_one(folder / "empty.txt", problems).has_value());
  auto dated = read_one(folder / "date.txt", problems);
  ASSERT_TRUE(dated);
  EXPECT_FALSE(dated->date.has_value());
  ASSERT_EQ(problems.problems.size(), 2u);
  EXPECT_EQ(problems.problems[0].reason, "empty text");
  EXPECT_EQ(problems.problems[1].kind, ProblemKind::kDropped);
  EXPECT_EQ(problems.problems[1].where, "a.txt:2");
}

TEST(PlainTextReader, AFirstLineWithAColonButNoKnownKeyIsBody) {
  TempFolder folder;
  write_file(folder / "a.txt", "Breaking: storm hits coast\nDetails follow.\n");
  RecordingProblems problems;
  auto article = read_one(folder / "a.txt", problems);
  ASSERT_TRUE(article);
  EXPECT_EQ(article->title, "Breaking: storm hits coast");
}

TEST(PlainTextReader, DateComesFromTheHeaderThenTheFileNameThenTheFallback) {
  TempFolder folder;
  write_file(folder / "2025-04-12-both.txt", "Title: T\nDate: 2025-04-10\n\nBody\n");
  write_file(folder / "2025-04-12-witkoff.txt", "Witkoff met Putin on Friday.\n");
  write_file(folder / "bare.txt", "Witkoff met Putin on Friday.\n");
  const std::optional<PublicationDate> fallback = parse_publication_day("2025-03-01");
  RecordingProblems problems;
  auto read_with_fallback = [&](const char* name) {
    PlainTextReader reader(folder / name, name, problems, fallback);
    return reader.next();
  };
  EXPECT_EQ(read_with_fallback("2025-04-12-both.txt")->date->day, 2025y / April / 10d);
  EXPECT_EQ(read_with_fallback("2025-04-12-witkoff.txt")->date->day, 2025y / April / 12d);
  EXPECT_EQ(read_with_fallback("bare.txt")->date->day, 2025y / March / 1d);
  EXPECT_EQ(read_one(folder / "2025-04-12-witkoff.txt", problems)->date->day, 2025y / April / 12d);
  EXPECT_FALSE(read_one(folder / "bare.txt", problems)->date.has_value());
  EXPECT_TRUE(problems.problems.empty());
}

TEST(PlainTextReader, AnUnreadableHeaderDateIsReportedNotReplacedByTheFallback) {
  TempFolder folder;
  write_file(folder / "2025-04-12-a.txt", "Title: T\nDate: April the 4th\n\nBody\n");
  RecordingProblems problems;
  PlainTextReader reader(folder / "2025-04-12-a.txt", "a.txt", problems,
                         parse_publication_day("2025-03-01"));
  auto article = reader.next();
  ASSERT_TRUE(article);
  EXPECT_FALSE(article->date.has_value());
  ASSERT_EQ(problems.problems.size(), 1u);
  EXPECT_EQ(problems.problems[0].kind, ProblemKind::kDropped);
}

TEST(PlainTextReader, AFileNameDayInTheFutureIsKeptWithAWarningSayingWhereItCameFrom) {
  TempFolder folder;
  write_file(folder / "2999-01-01-a.txt", "Body\n");
  RecordingProblems problems;
  auto article = read_one(folder / "2999-01-01-a.txt", problems);
  ASSERT_TRUE(article && article->date);
  ASSERT_EQ(problems.problems.size(), 1u);
  EXPECT_EQ(problems.problems[0].kind, ProblemKind::kWarning);
  EXPECT_EQ(problems.problems[0].where, "a.txt");
  EXPECT_TRUE(
      problems.problems[0].reason.starts_with("file name: date \"2999-01-01\" is in the "
                                              "future"))
      << problems.problems[0].reason;
}

}  // namespace
}  // namespace newsindex
