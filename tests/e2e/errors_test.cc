// Every error path of the two tools, end to end: the message, what was still indexed, and the
// exit code.
#include <xapian.h>
#include <zlib.h>

#include <fstream>

#include "e2e_support.h"

namespace newsindex::testing {
namespace {

namespace fs = std::filesystem;

// Lines of stderr that carry a "FILE:LINE: kind: reason" message.
std::vector<std::string> problem_lines(const std::string& err) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < err.size()) {
    std::size_t end = err.find('\n', start);
    if (end == std::string::npos) end = err.size();
    std::string line = err.substr(start, end - start);
    if (line.find(": skipped: ") != std::string::npos ||
        line.find(": warning: ") != std::string::npos) {
      lines.push_back(line);
    }
    start = end + 1;
  }
  return lines;
}

TEST(IndexingErrors, BadRecordsAreReportedAsFileLineSkippedAndCounted) {
  TempFolder folder;
  fs::path file = folder / "bad.jsonl";
  write_file(file,
             "{\"id\":\"ok1\",\"text\":\"kept one\"}\n"
             "{\"id\":\"broken\",\"text\":\"unterminated\n"
             "{\"id\":\"utf\",\"text\":\"caf\xe9\"}\n"
             "{\"id\":\"nt\",\"title\":\"no text\"}\n"
             "{\"id\":\"bd\",\"text\":\"kept with no date\",\"date\":\"the other day\"}\n"
             "{\"id\":\"ok2\",\"text\":\"kept two\"}\n");
  CommandResult result = newsindex_add(folder / "index", {file.string()});
  EXPECT_EQ(result.exit_code, 1);
  std::vector<std::string> lines = problem_lines(result.err);
  ASSERT_EQ(lines.size(), 4u) << result.err;
  EXPECT_TRUE(lines[0].starts_with(file.string() + ":2: skipped: invalid JSON")) << lines[0];
  EXPECT_TRUE(lines[1].starts_with(file.string() + ":3: skipped: invalid JSON")) << lines[1];
  EXPECT_NE(lines[1].find("UTF-8"), std::string::npos) << lines[1];
  EXPECT_EQ(lines[2], file.string() + ":4: skipped: missing \"text\" (or \"body\")");
  EXPECT_TRUE(
      lines[3].starts_with(file.string() + ":5: warning: unparsable date \"the other day\""))
      << lines[3];
  EXPECT_NE(
      result.err.find(
          "3 articles from 1 file: 3 added, 0 replaced, 3 skipped, 1 indexed with a field dropped"),
      std::string::npos)
      << result.err;
  EXPECT_EQ(total_of(folder / "index", {}), 3u);
  EXPECT_EQ(total_of(folder / "index", {"\"no date\""}), 1u);
}

TEST(IndexingErrors, StrictStopsAtTheFirstProblemAndKeepsWhatCameBefore) {
  TempFolder folder;
  fs::path file = folder / "bad.jsonl";
  write_file(file,
             "{\"id\":\"ok1\",\"text\":\"before\"}\n"
             "not json\n"
             "{\"id\":\"ok2\",\"text\":\"after\"}\n");
  CommandResult result = newsindex_add(folder / "index", {file.string()}, {"--strict"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(problem_lines(result.err).size(), 1u) << result.err;
  EXPECT_NE(result.err.find("stopped at the first problem (--strict)"), std::string::npos);
  EXPECT_EQ(total_of(folder / "index", {"before"}), 1u);
  EXPECT_EQ(total_of(folder / "index", {"after"}), 0u);
}

TEST(IndexingErrors, MissingAndUnsupportedPathsAreSkippedAndTheRestIndexed) {
  TempFolder folder;
  write_file(folder / "ok.jsonl", "{\"id\":\"ok\",\"text\":\"fine\"}\n");
  write_file(folder / "notes.pdf", "%PDF-1.4\n");
  CommandResult result = newsindex_add(
      folder / "index", {(folder / "missing.jsonl").string(), (folder / "notes.pdf").string(),
                         (folder / "ok.jsonl").string()});
  EXPECT_EQ(result.exit_code, 1);
  std::vector<std::string> lines = problem_lines(result.err);
  ASSERT_EQ(lines.size(), 2u) << result.err;
  EXPECT_EQ(lines[0], (folder / "missing.jsonl").string() + ": skipped: no such file or folder");
  EXPECT_NE(lines[1].find("unsupported file type"), std::string::npos);
  EXPECT_EQ(total_of(folder / "index", {}), 1u);
}

TEST(IndexingErrors, ATruncatedGzipFileKeepsWhatCameBeforeTheCut) {
  TempFolder folder;
  std::string lines;
  for (int i = 0; i < 2000; ++i) {
    lines += "{\"id\":\"g" + std::to_string(i) + "\",\"text\":\"article number " +
             std::to_string(i) + " about harbour budgets and railway tariffs\"}\n";
  }
  std::string path = (folder / "cut.jsonl.gz").string();
  gzFile out = gzopen(path.c_str(), "wb");
  gzwrite(out, lines.data(), static_cast<unsigned>(lines.size()));
  gzclose(out);
  fs::resize_file(path, fs::file_size(path) * 2 / 3);
  CommandResult result = newsindex_add(folder / "index", {path});
  EXPECT_EQ(result.exit_code, 1);
  std::vector<std::string> lines_out = problem_lines(result.err);
  ASSERT_EQ(lines_out.size(), 1u) << result.err;
  EXPECT_TRUE(lines_out[0].starts_with(path + ": skipped: ")) << lines_out[0];
  EXPECT_NE(lines_out[0].find("after line"), std::string::npos) << lines_out[0];
  std::size_t kept = total_of(folder / "index", {});
  EXPECT_GT(kept, 100u);
  EXPECT_LT(kept, 2000u);
}

TEST(IndexingErrors, AGzFileThatIsNotGzipIsSaidToBeSoOnceNotReadAsJson) {
  TempFolder folder;
  const std::string zip = (folder / "zip.jsonl.gz").string();
  const std::string plain = (folder / "plain.jsonl.gz").string();
  const char zip_bytes[] = "PK\x03\x04\x14\0\0\0\x08\0 zipped, not gzipped\n{\"id\":1}\n";
  write_file(zip, std::string(zip_bytes, sizeof zip_bytes - 1));
  write_file(plain, "{\"id\":\"p\",\"text\":\"plain JSON under a gzip name\"}\n");
  write_file(folder / "ok.jsonl", "{\"id\":\"ok\",\"text\":\"fine\"}\n");
  CommandResult result = newsindex_add(folder / "index", {folder.path().string()});
  EXPECT_EQ(result.exit_code, 1);
  std::vector<std::string> lines = problem_lines(result.err);
  ASSERT_EQ(lines.size(), 2u) << result.err;
  EXPECT_EQ(lines[0], plain + ": skipped: not a gzip file");
  EXPECT_EQ(lines[1], zip + ": skipped: not a gzip file");
  EXPECT_EQ(total_of(folder / "index", {}), 1u);

  // extract names the file once too.
  CommandResult extracted = run_command(kNewsindex, {"extract", zip}, clean_env());
  EXPECT_EQ(extracted.exit_code, 1);
  EXPECT_EQ(extracted.err, zip + ": skipped: not a gzip file\n");
  EXPECT_TRUE(extracted.out.empty());
}

TEST(IndexingErrors, Latin1TextFilesAreConvertedWithAWarning) {
  TempFolder folder;
  write_file(folder / "latin1.txt",
             "Title: Caf\xe9 reopens\n\nThe caf\xe9 in M\xfcnchen reopened.\n");
  CommandResult result = newsindex_add(folder / "index", {(folder / "latin1.txt").string()});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  std::vector<std::string> lines = problem_lines(result.err);
  ASSERT_EQ(lines.size(), 1u) << result.err;
  EXPECT_TRUE(
      lines[0].starts_with((folder / "latin1.txt").string() + ":1: warning: not UTF-8: read as"))
      << lines[0];
  EXPECT_EQ(total_of(folder / "index", {"munchen"}), 1u);
}

TEST(IndexingErrors, BinaryAndEmptyFilesAreSkippedWithAMessage) {
  TempFolder folder;
  write_file(folder / "photo.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  write_file(folder / "empty.jsonl", "");
  write_file(folder / "ok.jsonl", "{\"id\":\"ok\",\"text\":\"fine\"}\n");
  CommandResult result = newsindex_add(folder / "index", {folder.path().string()});
  EXPECT_EQ(result.exit_code, 1);
  std::vector<std::string> lines = problem_lines(result.err);
  ASSERT_EQ(lines.size(), 2u) << result.err;
  EXPECT_NE(result.err.find("empty.jsonl: skipped: empty file"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("photo.txt: skipped: binary file"), std::string::npos) << result.err;
  EXPECT_EQ(total_of(folder / "index", {}), 1u);
}

TEST(IndexingErrors, DuplicateIdsInOneRunWarnAndTheLaterWins) {
  TempFolder folder;
  write_file(folder / "a.jsonl",
             "{\"id\":\"d\",\"text\":\"older words\"}\n{\"id\":\"d\",\"text\":\"newer words\"}\n");
  CommandResult result = newsindex_add(folder / "index", {(folder / "a.jsonl").string()});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  std::vector<std::string> lines = problem_lines(result.err);
  ASSERT_EQ(lines.size(), 1u) << result.err;
  EXPECT_NE(lines[0].find(":2: warning: duplicate id \"d\""), std::string::npos) << lines[0];
  EXPECT_EQ(total_of(folder / "index", {}), 1u);
  EXPECT_EQ(total_of(folder / "index", {"newer"}), 1u);
}

TEST(IndexingErrors, UsageErrorsExitTwo) {
  TempFolder folder;
  EXPECT_EQ(run_command(kNewsindex, {"add", "x.jsonl"}, clean_env()).exit_code, 2);  // no index
  EXPECT_EQ(run_command(kNewsindex, {"add", "-i", (folder / "i").string()}, clean_env()).exit_code,
            2);
  EXPECT_EQ(run_command(kNewsindex, {"frobnicate"}, clean_env()).exit_code, 2);
  EXPECT_EQ(run_command(kNewsindex, {"--help"}, clean_env()).exit_code, 0);
}

TEST(IndexingErrors, AnalysisNiceOutsideZeroToNineteenIsAUsageError) {
  TempFolder folder;
  write_file(folder / "a.jsonl", "{\"id\":\"a\",\"text\":\"Putin met Witkoff.\"}\n");
  const std::string input = (folder / "a.jsonl").string();
  EXPECT_EQ(newsindex_add(folder / "i", {input}, {"--analysis-nice", "20"}).exit_code, 2);
  EXPECT_EQ(newsindex_add(folder / "i", {input}, {"--analysis-nice", "-1"}).exit_code, 2);
  CommandResult result = newsindex_add(folder / "i", {input}, {"--analysis-nice", "0", "--json"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("\"added\":1"), std::string::npos) << result.out;
}

TEST(IndexingErrors, AnIndexPathThatIsAFileIsAClearErrorNotACrash) {
  TempFolder folder;
  write_file(folder / "plainfile", "x");
  write_file(folder / "a.jsonl", "{\"id\":\"a\",\"text\":\"x\"}\n");
  CommandResult result = newsindex_add(folder / "plainfile", {(folder / "a.jsonl").string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_TRUE(result.err.starts_with("newsindex: ")) << result.err;
  EXPECT_EQ(result.err.find("terminate"), std::string::npos);
}

class QueryErrors : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(folder_ / "a.jsonl",
               "{\"id\":\"a\",\"text\":\"words here\",\"date\":\"2025-04-01\"}\n");
    ASSERT_EQ(newsindex_add(index_, {(folder_ / "a.jsonl").string()}).exit_code, 0);
  }
  TempFolder folder_;
  fs::path index_ = folder_ / "index";
};

TEST_F(QueryErrors, NothingMatchedExitsOne) {
  CommandResult result = newsquery(index_, {"absent"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.out.find("No articles match"), std::string::npos);
}

TEST_F(QueryErrors, BadQueriesGiveOneLineAndExitTwo) {
  const std::string huge(100 * 1024, 'x');
  for (const std::string& bad : std::vector<std::string>{
           "a AND OR b", "date:2025-13-45..", "date:2025-05..2025-04", "source:", "date:soon",
           "\"unbalanced phrase", "persn:putin", "words person:", "(mentions:)", huge}) {
    const std::string shown = bad.substr(0, 40);
    CommandResult result = newsquery(index_, {bad});
    EXPECT_EQ(result.exit_code, 2) << shown;
    EXPECT_TRUE(result.err.starts_with("newsquery: bad query: ")) << shown << ": " << result.err;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
    EXPECT_LT(result.err.size(), 300u) << shown;
    EXPECT_TRUE(result.out.empty());
  }
}

TEST_F(QueryErrors, ColonsThatAreNotFieldsAreFine) {
  EXPECT_EQ(newsquery(index_, {"words here 10:30"}).exit_code, 1);  // searched, nothing matched
  EXPECT_EQ(newsquery(index_, {"\"words: here\""}).exit_code, 0);
  EXPECT_EQ(newsquery(index_, {"words"}).exit_code, 0);
}

TEST_F(QueryErrors, BadOptionsExitTwo) {
  EXPECT_EQ(newsquery(index_, {"--sort", "sideways", "x"}).exit_code, 2);
  EXPECT_EQ(newsquery(index_, {"--limit", "many", "x"}).exit_code, 2);
  EXPECT_EQ(newsquery(index_, {"--today", "2025-13-01", "x"}).exit_code, 2);
  EXPECT_EQ(run_command(kNewsquery, {"search", "x"}, clean_env()).exit_code, 2);
}

TEST(IndexErrors, MissingIndexIsExplained) {
  TempFolder folder;
  CommandResult result = newsquery(folder / "nowhere", {"x"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("no index at"), std::string::npos) << result.err;
}

TEST(IndexErrors, APlainXapianDatabaseIsNotANewsindexIndex) {
  TempFolder folder;
  {
    Xapian::WritableDatabase plain((folder / "plain").string(), Xapian::DB_CREATE);
    plain.add_document(Xapian::Document());
    plain.commit();
  }
  CommandResult result = newsquery(folder / "plain", {"x"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("not one made by newsindex"), std::string::npos) << result.err;
}

TEST(IndexErrors, AnotherSchemaVersionIsNamed) {
  TempFolder folder;
  write_file(folder / "a.jsonl", "{\"id\":\"a\",\"text\":\"x\"}\n");
  ASSERT_EQ(newsindex_add(folder / "index", {(folder / "a.jsonl").string()}).exit_code, 0);
  {
    Xapian::WritableDatabase shard((folder / "index" / "shard-00").string());
    shard.set_metadata("newsindex.schema_version", "7");
    shard.commit();
  }
  CommandResult query = newsquery(folder / "index", {"x"});
  EXPECT_EQ(query.exit_code, 2);
  EXPECT_NE(query.err.find("schema version 7"), std::string::npos) << query.err;
  CommandResult add = newsindex_add(folder / "index", {(folder / "a.jsonl").string()});
  EXPECT_EQ(add.exit_code, 2);
  EXPECT_NE(add.err.find("schema version 7"), std::string::npos) << add.err;
}

// An index damaged after it was written: a table file overwritten or cut. Whether Xapian meets the
// damage while opening the index or while reading it, the message names the index (and the
// shard), and the exit code is 2.
class DamagedIndex : public ::testing::Test {
 protected:
  static constexpr std::size_t kBlockSize = 8192;  // Xapian's glass tables, by default

  void SetUp() override {
    // Enough text that every table of a shard takes many blocks.
    std::string lines;
    for (int i = 0; i < 120; ++i) {
      std::string words;
      for (int w = 0; w < 200; ++w) words += " harbour" + std::to_string(i * 200 + w);
      lines += "{\"id\":\"d" + std::to_string(i) + "\",\"date\":\"2025-04-" +
               std::to_string(10 + i % 20) + "\",\"text\":\"" + words + "\"}\n";
    }
    write_file(folder_ / "a.jsonl", lines);
    ASSERT_EQ(
        newsindex_add(pristine_, {(folder_ / "a.jsonl").string()}, {"-j", "2", "--no-extract"})
            .exit_code,
        0);
  }

  // A copy of the index, for one kind of damage.
  fs::path fresh_copy() {
    fs::remove_all(damaged_);
    fs::copy(pristine_, damaged_, fs::copy_options::recursive);
    return damaged_;
  }

  // Every article's stored data is read: all of them are hits.
  CommandResult read_everything() {
    return newsquery(damaged_, {"--sort", "oldest", "--limit", "1000", "--no-facets"});
  }

  [[nodiscard]] std::string quoted_index() const { return "'" + damaged_.string() + "'"; }

  TempFolder folder_;
  fs::path pristine_ = folder_ / "index";
  fs::path damaged_ = folder_ / "damaged";
};

TEST_F(DamagedIndex, ABlockDamagedAfterOpeningIsNamedWithItsIndexAndShard) {
  const fs::path table = pristine_ / "shard-00" / "docdata.glass";
  const std::size_t blocks = fs::file_size(table) / kBlockSize;
  ASSERT_GT(blocks, 4u);
  std::size_t named_shard = 0;
  for (std::size_t block = 0; block < blocks; ++block) {
    fresh_copy();
    {
      std::fstream file(damaged_ / "shard-00" / "docdata.glass",
                        std::ios::in | std::ios::out | std::ios::binary);
      file.seekp(static_cast<std::streamoff>(block * kBlockSize));
      file << std::string(kBlockSize, '\0');
    }
    CommandResult result = read_everything();
    if (result.exit_code == 0) continue;  // a block no longer in use
    EXPECT_EQ(result.exit_code, 2) << "block " << block << ": " << result.err;
    // One sentence naming the index, as when it cannot be opened; not Xapian's bare message.
    EXPECT_TRUE(result.err.starts_with("newsquery: index " + quoted_index()) ||
                result.err.starts_with("newsquery: cannot read index " + quoted_index()))
        << "block " << block << ": " << result.err;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
    EXPECT_TRUE(result.out.empty());
    // Damage met after opening, while reading the articles, is traced to its shard.
    if (result.err.find(quoted_index() + " (shard-00) is damaged: ") != std::string::npos)
      ++named_shard;
  }
  EXPECT_GT(named_shard, 0u);
}

TEST_F(DamagedIndex, ACutTableFileIsNamedWithItsIndexAndShard) {
  fresh_copy();
  fs::resize_file(damaged_ / "shard-01" / "docdata.glass", 0);
  for (const std::vector<std::string>& args :
       std::vector<std::vector<std::string>>{{"search", "-i", damaged_.string(), "harbour7"},
                                             {"entity", "-i", damaged_.string(), "nobody"},
                                             {"stats", "-i", damaged_.string()}}) {
    CommandResult result = run_command(kNewsquery, args, clean_env());
    EXPECT_EQ(result.exit_code, 2) << args[0] << ": " << result.err;
    EXPECT_TRUE(
        result.err.starts_with("newsquery: cannot read index " + quoted_index() + " (shard-01): "))
        << args[0] << ": " << result.err;
  }
  CommandResult stats = run_command(kNewsindex, {"stats", "-i", damaged_.string()}, clean_env());
  EXPECT_EQ(stats.exit_code, 2) << stats.err;
  EXPECT_TRUE(
      stats.err.starts_with("newsindex: cannot read index " + quoted_index() + " (shard-01): "))
      << stats.err;
}

}  // namespace
}  // namespace newsindex::testing
