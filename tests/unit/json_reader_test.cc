#include "json_reader.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include "command_runner.h"
#include "line_reader.h"
#include "publication_date.h"
#include "recording_problems.h"

namespace newsindex {
namespace {

using testing::RecordingProblems;
using testing::TempFolder;
using testing::write_file;

std::vector<Article> read_all(const std::filesystem::path& path, RecordingProblems& problems,
                              const ReaderOptions& options = {}) {
  JsonReader reader(path, "in.json", problems, options);
  std::vector<Article> articles;
  while (auto article = reader.next()) articles.push_back(std::move(*article));
  return articles;
}

std::vector<std::string> ids_of(const std::vector<Article>& articles) {
  std::vector<std::string> ids;
  for (const Article& article : articles) ids.push_back(article.id);
  return ids;
}

std::vector<std::string> places_of(const RecordingProblems& problems) {
  std::vector<std::string> places;
  for (const auto& problem : problems.problems) places.push_back(problem.where);
  return places;
}

TEST(JsonReader, ReadsOneObjectWithEveryField) {
  TempFolder folder;
  write_file(folder / "a.json",
             "{\n"
             "  \"id\": \"a1\",\n"
             "  \"title\": \"T\",\n"
             "  \"text\": \"Body, over\\nlines\",\n"
             "  \"date\": \"2025-04-11T09:30:00+02:00\",\n"
             "  \"source\": \"S\", \"url\": \"https://x\", \"language\": \"de-AT\",\n"
             "  \"authors\": [\"A\", \"B\"], \"section\": \"World\", \"meta\": {\"n\": [1, 2]}\n"
             "}\n");
  RecordingProblems problems;
  auto articles = read_all(folder / "a.json", problems);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  EXPECT_EQ(a.id, "a1");
  EXPECT_EQ(a.title, "T");
  EXPECT_EQ(a.text, "Body, over\nlines");
  ASSERT_TRUE(a.date);
  EXPECT_EQ(a.date->text, "2025-04-11T09:30:00+02:00");
  EXPECT_EQ(a.source, "S");
  EXPECT_EQ(a.url, "https://x");
  EXPECT_EQ(a.language, "de");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"A", "B"}));
  EXPECT_EQ(a.section, "World");
  EXPECT_EQ(a.origin.to_string(), "in.json:1");
  EXPECT_TRUE(problems.problems.empty()) << problems.problems[0].reason;
}

TEST(JsonReader, ReportsABadArrayElementAtTheLineItStartsOnAndReadsTheOthers) {
  TempFolder folder;
  write_file(folder / "a.json",
             "[\n"
             "  {\"id\": \"first\", \"text\": \"one\"},\n"
             "  {\n"
             "    \"id\": \"broken\",\n"
             "    \"text\": ,\n"
             "    \"title\": \"x\"\n"
             "  },\n"
             "  {\"id\": \"no-text\", \"title\": \"t\"},\n"
             "  42,\n"
             "  {\"id\": \"last\", \"body\": \"two\", \"date\": \"next week\"}\n"
             "]\n");
  RecordingProblems problems;
  auto articles = read_all(folder / "a.json", problems);
  EXPECT_EQ(ids_of(articles), (std::vector<std::string>{"first", "last"}));
  EXPECT_EQ(articles[1].origin.to_string(), "in.json:10");
  EXPECT_FALSE(articles[1].date.has_value());
  EXPECT_EQ(places_of(problems),
            (std::vector<std::string>{"in.json:3", "in.json:8", "in.json:9", "in.json:10"}));
  ASSERT_EQ(problems.problems.size(), 4u);
  EXPECT_EQ(problems.problems[0].kind, ProblemKind::kSkipped);
  // The parser's position is in the file, not in the element.
  EXPECT_NE(problems.problems[0].reason.find("invalid JSON: parse error at line 5, column 13: "),
            std::string::npos)
      << problems.problems[0].reason;
  EXPECT_EQ(problems.problems[1].reason, "missing \"text\" (or \"body\")");
  EXPECT_EQ(problems.problems[2].reason, "expected a JSON object, got a number");
  EXPECT_EQ(problems.problems[3].kind, ProblemKind::kDropped);
  EXPECT_NE(problems.problems[3].reason.find("unparsable date \"next week\""), std::string::npos);
}

TEST(JsonReader, AnElementWithoutItsClosingBraceDoesNotTakeTheNextOneWithIt) {
  TempFolder folder;
  write_file(folder / "a.json",
             "[{\"id\": \"a\", \"text\": \"one\"},\n"
             " {\"id\": \"b\", \"text\": \"two\",\n"
             " {\"id\": \"c\", \"text\": \"three\", \"meta\": {\"x\": \"}\"}},\n"
             " {\"id\": \"d\", \"text\": \"four\"}]\n");
  RecordingProblems problems;
  auto articles = read_all(folder / "a.json", problems);
  EXPECT_EQ(ids_of(articles), (std::vector<std::string>{"a", "c", "d"}));
  ASSERT_EQ(problems.problems.size(), 1u);
  EXPECT_EQ(problems.problems[0].where, "in.json:2");
  EXPECT_NE(problems.problems[0].reason.find("line 3, column 2"), std::string::npos)
      << problems.problems[0].reason;
}

TEST(JsonReader, ReadsJsonLinesInAJsonFileLineByLine) {
  TempFolder folder;
  write_file(folder / "lines.json",
             "{\"id\": \"a\", \"text\": \"one\"}\n"
             "{\"id\": \"b\", \"text\": \n"
             "\n"
             "{\"id\": \"c\", \"text\": \"three\"}\r\n");
  // The first line broken too: the second is an object on its own, so these are lines as well.
  write_file(folder / "broken-first.json",
             "{\"id\": \"a\", \"text\": }\n"
             "{\"id\": \"b\", \"text\": \"two\"}\n");
  RecordingProblems problems;
  auto articles = read_all(folder / "lines.json", problems);
  EXPECT_EQ(ids_of(articles), (std::vector<std::string>{"a", "c"}));
  EXPECT_EQ(articles[1].origin.to_string(), "in.json:4");
  EXPECT_EQ(articles[1].text, "three");
  ASSERT_EQ(problems.problems.size(), 1u);
  EXPECT_EQ(problems.problems[0].where, "in.json:2");
  EXPECT_NE(problems.problems[0].reason.find("invalid JSON"), std::string::npos);

  problems.problems.clear();
  articles = read_all(folder / "broken-first.json", problems);
  EXPECT_EQ(ids_of(articles), (std::vector<std::string>{"b"}));
  EXPECT_EQ(places_of(problems), (std::vector<std::string>{"in.json:1"}));
}

TEST(JsonReader, AFileThatIsNotJsonGivesOneErrorWithItsLine) {
  TempFolder folder;
  write_file(folder / "page.json", "\n\n<html><body>Not JSON</body></html>\n{\"text\": \"x\"}\n");
  write_file(folder / "ini.json", "[section]\nkey = value\n");
  write_file(folder / "string.json", "  \"just a string\"\n");
  for (const char* name : {"page.json", "ini.json", "string.json"}) {
    RecordingProblems problems;
    EXPECT_TRUE(read_all(folder / name, problems).empty()) << name;
    ASSERT_EQ(problems.problems.size(), 1u) << name;
    EXPECT_EQ(problems.problems[0].kind, ProblemKind::kSkipped);
  }
  RecordingProblems problems;
  (void)read_all(folder / "page.json", problems);
  EXPECT_EQ(problems.problems[0].where, "in.json:3");
  EXPECT_TRUE(problems.problems[0].reason.starts_with("not JSON: ")) << problems.problems[0].reason;
  EXPECT_NE(problems.problems[0].reason.find("line 3, column 1"), std::string::npos);
  problems.problems.clear();
  (void)read_all(folder / "string.json", problems);
  EXPECT_EQ(problems.problems[0].where, "in.json:1");
  EXPECT_EQ(problems.problems[0].reason,
            "expected an article object or an array of them, got a "
            "string");
}

TEST(JsonReader, DropsAByteOrderMarkAndReadsGzip) {
  TempFolder folder;
  const std::string array =
      "\xEF\xBB\xBF[{\"id\": \"a\", \"text\": \"one\"}, {\"id\": \"b\", \"text\": \"two\"}]";
  write_file(folder / "bom.json", array);
  std::string gzipped = (folder / "a.json.gz").string();
  gzFile out = gzopen(gzipped.c_str(), "wb");
  gzwrite(out, array.data(), static_cast<unsigned>(array.size()));
  gzclose(out);
  for (const std::filesystem::path& path : {folder / "bom.json", std::filesystem::path(gzipped)}) {
    RecordingProblems problems;
    auto articles = read_all(path, problems);
    EXPECT_EQ(ids_of(articles), (std::vector<std::string>{"a", "b"})) << path;
    EXPECT_TRUE(problems.problems.empty()) << problems.problems[0].reason;
  }
}

TEST(JsonReader, AGzNameThatIsNotGzipIsAnInputError) {
  TempFolder folder;
  write_file(folder / "a.json.gz", "{\"id\": \"a\", \"text\": \"plain JSON under a gzip name\"}");
  RecordingProblems problems;
  EXPECT_THROW(read_all(folder / "a.json.gz", problems), InputError);
  EXPECT_THROW(read_all(folder / "missing.json", problems), InputError);
}

TEST(JsonReader, EmptyFilesAndEmptyArraysHoldNoArticles) {
  TempFolder folder;
  write_file(folder / "empty.json", " \n\n");
  write_file(folder / "none.json", "\xEF\xBB\xBF[\n]\n");
  RecordingProblems problems;
  EXPECT_TRUE(read_all(folder / "empty.json", problems).empty());
  EXPECT_TRUE(read_all(folder / "none.json", problems).empty());
  ASSERT_EQ(problems.problems.size(), 2u);
  EXPECT_EQ(problems.problems[0].reason, "empty file");
  EXPECT_EQ(problems.problems[1].where, "in.json");
  EXPECT_EQ(problems.problems[1].reason, "no articles (an empty array)");
}

TEST(JsonReader, AnArrayCutShortKeepsWhatCameBeforeTheCut) {
  TempFolder folder;
  write_file(folder / "cut.json",
             "[\n{\"id\": \"a\", \"text\": \"one\"},\n{\"id\": \"b\", \"text\": \"tw");
  write_file(folder / "unclosed.json", "[\n{\"id\": \"a\", \"text\": \"one\"}\n");
  RecordingProblems problems;
  EXPECT_EQ(ids_of(read_all(folder / "cut.json", problems)), std::vector<std::string>{"a"});
  ASSERT_EQ(problems.problems.size(), 1u);
  EXPECT_EQ(problems.problems[0].where, "in.json:3");
  EXPECT_NE(problems.problems[0].reason.find("invalid JSON"), std::string::npos);
  problems.problems.clear();
  EXPECT_EQ(ids_of(read_all(folder / "unclosed.json", problems)), std::vector<std::string>{"a"});
  ASSERT_EQ(problems.problems.size(), 1u);
  EXPECT_NE(problems.problems[0].reason.find("the array is not closed"), std::string::npos);
}

TEST(JsonReader, ReportsWhatFollowsTheArrayOrTheObject) {
  TempFolder folder;
  write_file(folder / "array.json", "[{\"id\": \"a\", \"text\": \"one\"}]\n\n[{\"id\": \"b\"}]\n");
  write_file(folder / "object.json", "{\n  \"id\": \"a\",\n  \"text\": \"one\"\n}\n}\n");
  for (const char* name : {"array.json", "object.json"}) {
    RecordingProblems problems;
    EXPECT_EQ(ids_of(read_all(folder / name, problems)), std::vector<std::string>{"a"});
    ASSERT_EQ(problems.problems.size(), 1u) << name;
    EXPECT_NE(problems.problems[0].reason.find("is not read"), std::string::npos);
  }
  RecordingProblems problems;
  (void)read_all(folder / "array.json", problems);
  EXPECT_EQ(problems.problems[0].where, "in.json:3");
}

TEST(JsonReader, ToleratesATrailingCommaAndWarnsOfAMissingOne) {
  TempFolder folder;
  write_file(folder / "a.json",
             "[{\"id\": \"a\", \"text\": \"one\"}\n {\"id\": \"b\", \"text\": \"two\"},]");
  RecordingProblems problems;
  EXPECT_EQ(ids_of(read_all(folder / "a.json", problems)), (std::vector<std::string>{"a", "b"}));
  ASSERT_EQ(problems.problems.size(), 1u);
  EXPECT_EQ(problems.problems[0].kind, ProblemKind::kWarning);
  EXPECT_EQ(problems.problems[0].where, "in.json:2");
}

TEST(JsonReader, RecordsWithoutADateTakeTheFallback) {
  TempFolder folder;
  write_file(folder / "a.json",
             R"([{"id": "none", "text": "x"}, {"id": "own", "text": "x", "dct": "2025-01-10"}])");
  RecordingProblems problems;
  ReaderOptions options;
  options.fallback_date = parse_publication_day("2025-03-01");
  auto articles = read_all(folder / "a.json", problems, options);
  ASSERT_EQ(articles.size(), 2u);
  using namespace std::chrono;
  ASSERT_TRUE(articles[0].date && articles[1].date);
  EXPECT_EQ(articles[0].date->day, 2025y / March / 1d);
  EXPECT_EQ(articles[1].date->day, 2025y / January / 10d);
}

TEST(JsonReader, ProgressGrowsWithTheElementsAndEndsAtTheFileSize) {
  TempFolder folder;
  std::string array = "[";
  for (int i = 0; i < 3; ++i) {
    if (i > 0) array += ",\n";
    array +=
        "{\"id\": \"" + std::to_string(i) + "\", \"text\": \"" + std::string(1000, 'x') + "\"}";
  }
  array += "]\n";
  write_file(folder / "a.json", array);
  RecordingProblems problems;
  JsonReader reader(folder / "a.json", "in.json", problems, {});
  std::vector<std::uint64_t> progress{reader.bytes_consumed()};
  while (reader.next()) progress.push_back(reader.bytes_consumed());
  progress.push_back(reader.bytes_consumed());
  ASSERT_EQ(progress.size(), 5u);
  EXPECT_EQ(progress.front(), 0u);
  EXPECT_TRUE(std::is_sorted(progress.begin(), progress.end()));
  EXPECT_LT(progress[1], progress[2]);
  EXPECT_LT(progress[3], array.size());
  EXPECT_EQ(progress.back(), array.size());
}

}  // namespace
}  // namespace newsindex
