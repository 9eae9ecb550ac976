// The main job end to end: index files of every format with the real newsindex, search them with
// the real newsquery.
#include <zlib.h>

#include <algorithm>

#include "e2e_support.h"

namespace newsindex::testing {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

void write_gzip(const fs::path& path, const std::string& contents) {
  gzFile out = gzopen(path.c_str(), "wb");
  gzwrite(out, contents.data(), static_cast<unsigned>(contents.size()));
  gzclose(out);
}

// A small archive with one article per feature under test.
class SmallArchive : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = new TempFolder();
    fs::path in = *folder_ / "in";
    write_file(
        in / "news.jsonl",
        R"({"id":"j-march","title":"Spring budget","text":"The finance ministry published the budget.","date":"2025-03-31T23:00:00Z","source":"Baltic Wire","language":"en"})"
        "\n"
        R"({"id":"j-april1","title":"Zélensky visits Kryvyi Rih","text":"President Volodymyr Zélensky visited Kryvyi Rih after the April 4 attack.","date":"2025-04-01","source":"Baltic Wire","language":"en"})"
        "\n"
        R"({"id":"j-april30","title":"Late April talks","text":"Envoys met in Riyadh for ceasefire talks on the Black Sea.","date":"2025-04-30T22:15:00-04:00","source":"Harbour Times","language":"en"})"
        "\n"
        R"({"id":"j-may","title":"Chip plant","text":"Chief executive Katrin Müller opened the plant in Dresden.","date":"2025-05-01T08:00:00+02:00","source":"Harbour Times","language":"en","authors":["A. Writer"]})"
        "\n"
        R"({"id":"j-2024","title":"Year in review","text":"Ukraine and Ukrainian officials looked back on the year.","date":"2024-12-31","source":"Northern Ledger","language":"en"})"
        "\n");
    write_gzip(
        in / "more.jsonl.gz",
        R"({"id":"gz-de","title":"Kanzler gewählt","text":"Friedrich Merz wurde am Dienstag im Bundestag gewählt.","date":"2025-05-06","source":"Elbe-Kurier","language":"de"})"
        "\n");
    write_file(in / "txt" / "header.txt",
               "Title: Harbour reopens after storm\nDate: 2025-04-10\nSource: Harbour Times\n"
               "Language: en\n\nThe harbour in Gdansk reopened on Thursday after the storm.\n");
    write_file(in / "txt" / "bare.txt",
               "Officials in Brussels agreed on a new sanctions package on Friday, amid pressure "
               "from member states to act quickly. The European Commission said the package "
               "targets shipping and would take effect next month, according to a statement "
               "published late in the evening.\nA second paragraph follows here.\n");
    write_file(in / "ignored.pdf", "%PDF-1.4\n");
    index_ = *folder_ / "index";
    CommandResult result = newsindex_add(index_, {in.string()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    add_output_ = result.err;
  }
  static void TearDownTestSuite() { delete folder_; }

  static TempFolder* folder_;
  static fs::path index_;
  static std::string add_output_;
};

TempFolder* SmallArchive::folder_ = nullptr;
fs::path SmallArchive::index_;
std::string SmallArchive::add_output_;

TEST_F(SmallArchive, IndexesEveryInputFormat) {
  EXPECT_NE(add_output_.find("8 articles from 4 files (1 file of another type skipped): 8 added, "
                             "0 replaced, 0 skipped in "),
            std::string::npos)
      << add_output_;
  EXPECT_EQ(hit_ids(search_json(index_, {"budget"})), std::vector<std::string>{"j-march"});
  EXPECT_EQ(hit_ids(search_json(index_, {"merz"})), std::vector<std::string>{"gz-de"});
  Json header = search_json(index_, {"gdansk"});
  ASSERT_EQ(header["hits"].size(), 1u);
  EXPECT_EQ(header["hits"][0]["title"], "Harbour reopens after storm");
  EXPECT_EQ(header["hits"][0]["date"], "2025-04-10");
  EXPECT_EQ(header["hits"][0]["source"], "Harbour Times");
}

TEST_F(SmallArchive, BareTextFileGetsItsFirstSentenceAsTitleAndNoDate) {
  Json result = search_json(index_, {"sanctions"});
  ASSERT_EQ(result["hits"].size(), 1u);
  const Json& hit = result["hits"][0];
  EXPECT_EQ(hit["title"],
            "Officials in Brussels agreed on a new sanctions package on Friday, amid pressure from "
            "member states to act quickly.");
  EXPECT_TRUE(hit["date"].is_null());
  EXPECT_TRUE(hit["id"].get<std::string>().starts_with("content-")) << hit["id"];
}

TEST_F(SmallArchive, DefaultOperatorIsAndAndPhrasesNeedAdjacency) {
  EXPECT_EQ(total_of(index_, {"ceasefire", "riyadh"}), 1u);
  EXPECT_EQ(total_of(index_, {"ceasefire", "dresden"}), 0u);
  EXPECT_EQ(total_of(index_, {"ceasefire OR dresden"}), 2u);
  EXPECT_EQ(total_of(index_, {"\"black sea\""}), 1u);
  EXPECT_EQ(total_of(index_, {"\"sea black\""}), 0u);
}

TEST_F(SmallArchive, NotMinusAndWildcards) {
  EXPECT_EQ(total_of(index_, {"ukrain*"}), 1u);
  EXPECT_EQ(total_of(index_, {"plant -dresden"}), 0u);
  EXPECT_EQ(total_of(index_, {"plant NOT ceasefire"}), 1u);
}

TEST_F(SmallArchive, FieldPrefixes) {
  EXPECT_EQ(hit_ids(search_json(index_, {"title:talks"})), std::vector<std::string>{"j-april30"});
  EXPECT_EQ(total_of(index_, {"title:riyadh"}), 0u);
  EXPECT_EQ(total_of(index_, {"source:\"harbour times\""}), 3u);
  EXPECT_EQ(total_of(index_, {"source:Harbour", "Times"}), 0u);
  EXPECT_EQ(hit_ids(search_json(index_, {"lang:de"})), std::vector<std::string>{"gz-de"});
  EXPECT_EQ(total_of(index_, {"lang:DE"}), 1u);
}

TEST_F(SmallArchive, StemmingFollowsTheLanguage) {
  // "visited" and "visits" share the English stem.
  EXPECT_EQ(total_of(index_, {"visiting"}), 1u);
  // German: "gewählt" is indexed under the German stemmer; query with it.
  EXPECT_EQ(total_of(index_, {"--stem-lang", "de", "gewahlt"}), 1u);
}

TEST_F(SmallArchive, ExclusionHoldsForArticlesWithAndWithoutStems) {
  // The bare file has no language, so no stems: "-package" must still exclude it.
  EXPECT_EQ(total_of(index_, {"brussels"}), 1u);
  EXPECT_EQ(total_of(index_, {"brussels", "-package"}), 0u);
  EXPECT_EQ(total_of(index_, {"plant", "-dresden"}), 0u);
  // "-iran" is a word to exclude, not "-i ran".
  EXPECT_EQ(total_of(index_, {"plant", "-iran"}), 1u);
  // Stemmed matching still works in the stemmer's language, exact words everywhere else.
  EXPECT_EQ(total_of(index_, {"packages"}), 0u);
  EXPECT_EQ(total_of(index_, {"officials"}), 2u);
}

TEST_F(SmallArchive, FoldingAppliesToIndexAndQueryAlike) {
  EXPECT_EQ(hit_ids(search_json(index_, {"zelensky"})), std::vector<std::string>{"j-april1"});
  EXPECT_EQ(total_of(index_, {"ZÉLENSKY"}), 1u);
  EXPECT_EQ(hit_ids(search_json(index_, {"muller"})), std::vector<std::string>{"j-may"});
  EXPECT_EQ(total_of(index_, {"Müller"}), 1u);
  EXPECT_EQ(total_of(index_, {"source:\"HARBOUR   TIMES\""}), 3u);
}

TEST_F(SmallArchive, InclusiveDayRangeIncludesItsLastDay) {
  std::vector<std::string> ids =
      hit_ids(search_json(index_, {"date:2025-04-01..2025-04-30", "--sort", "oldest"}));
  // j-april30 was published on the evening of the 30th in its own zone (May 1 in UTC), and
  // j-march at 23:00 UTC on March 31: neither moves across the boundary.
  ASSERT_EQ(ids.size(), 3u);
  EXPECT_EQ(ids[0], "j-april1");
  EXPECT_EQ(ids[1], hit_ids(search_json(index_, {"gdansk"})).at(0));
  EXPECT_EQ(ids[2], "j-april30");
}

TEST_F(SmallArchive, PartialAndOpenDateRanges) {
  EXPECT_EQ(total_of(index_, {"date:2025-04"}), 3u);
  EXPECT_EQ(total_of(index_, {"date:2025-04-30"}), 1u);
  EXPECT_EQ(total_of(index_, {"date:2025"}), 6u);
  EXPECT_EQ(total_of(index_, {"date:2024"}), 1u);
  EXPECT_EQ(total_of(index_, {"date:2025-05.."}), 2u);
  EXPECT_EQ(total_of(index_, {"date:..2024"}), 1u);
  EXPECT_EQ(total_of(index_, {"date:..2025-03"}), 2u);
}

TEST_F(SmallArchive, RelativeDateRanges) {
  // From April 29: j-april30, j-may and gz-de.
  EXPECT_EQ(total_of(index_, {"--today", "2025-05-06", "date:7d.."}), 3u);
  EXPECT_EQ(total_of(index_, {"--today", "2025-05-02", "date:yesterday"}), 1u);
  EXPECT_EQ(total_of(index_, {"--today", "2025-05-07", "date:yesterday"}), 1u);
  EXPECT_EQ(total_of(index_, {"--today", "2025-05-07", "date:..1y"}), 0u);
}

TEST_F(SmallArchive, DateFiltersCombineWithText) {
  EXPECT_EQ(total_of(index_, {"harbour", "date:2025-04"}), 1u);
  EXPECT_EQ(total_of(index_, {"harbour", "date:2025-05"}), 0u);
}

TEST_F(SmallArchive, SortsByDateWithUndatedArticlesLast) {
  std::vector<std::string> newest =
      hit_ids(search_json(index_, {"--sort", "newest", "--limit", "20"}));
  ASSERT_EQ(newest.size(), 8u);
  EXPECT_EQ(newest.front(), "gz-de");
  const std::string undated = hit_ids(search_json(index_, {"sanctions"})).at(0);
  EXPECT_EQ(newest.back(), undated);
  std::vector<std::string> oldest =
      hit_ids(search_json(index_, {"--sort", "oldest", "--limit", "20"}));
  EXPECT_EQ(oldest.front(), "j-2024");
  EXPECT_EQ(oldest.back(), undated);
}

TEST_F(SmallArchive, LimitAndOffsetPage) {
  Json page = search_json(index_, {"--sort", "oldest", "--limit", "2", "--offset", "1"});
  EXPECT_EQ(page["total"], 8);
  ASSERT_EQ(page["hits"].size(), 2u);
  EXPECT_EQ(page["hits"][0]["rank"], 2);
  EXPECT_EQ(page["hits"][0]["id"], "j-march");
}

TEST_F(SmallArchive, JsonHasTheDocumentedShape) {
  Json result = search_json(index_, {"zelensky"});
  ASSERT_TRUE(result.is_object());
  EXPECT_EQ(result["version"], 1);
  EXPECT_EQ(result["query"]["text"], "zelensky");
  EXPECT_TRUE(result["query"]["parsed"].is_string());
  EXPECT_EQ(result["query"]["stem_language"], "en");
  EXPECT_EQ(result["total"], 1);
  EXPECT_EQ(result["exact"], true);
  EXPECT_EQ(result["archive_size"], 8);
  EXPECT_EQ(result["offset"], 0);
  EXPECT_EQ(result["limit"], 10);
  EXPECT_EQ(result["sort"], "relevance");
  ASSERT_EQ(result["hits"].size(), 1u);
  const Json& hit = result["hits"][0];
  for (const char* key : {"rank", "id", "title", "date", "source", "url", "language", "percent",
                          "weight", "snippet"}) {
    EXPECT_TRUE(hit.contains(key)) << key;
  }
  EXPECT_EQ(hit["rank"], 1);
  EXPECT_EQ(hit["url"], nullptr);
  const Json& snippet = hit["snippet"];
  ASSERT_TRUE(snippet["text"].is_string());
  ASSERT_EQ(snippet["highlights"].size(), 1u);
  // Highlights are code-point offsets into the snippet text.
  std::string text = snippet["text"];
  EXPECT_NE(text.find("Zélensky"), std::string::npos);
  EXPECT_EQ(snippet["highlights"][0][1].get<int>() - snippet["highlights"][0][0].get<int>(), 8);
}

TEST_F(SmallArchive, HumanOutputHasAlignedColumnsAndNoColourWhenPiped) {
  CommandResult result = newsquery(index_, {"harbour OR ceasefire"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("2 of 8 articles match (exact)"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("2025-04-10  Harbour Times  Harbour reopens after storm"),
            std::string::npos)
      << result.out;
  EXPECT_EQ(result.out.find("\x1b["), std::string::npos);
  CommandResult coloured = newsquery(index_, {"--color", "always", "harbour"});
  EXPECT_NE(coloured.out.find("\x1b[1;33mharbour\x1b[0m"), std::string::npos) << coloured.out;
}

TEST_F(SmallArchive, IndexComesFromTheEnvironmentWhenNotGiven) {
  CommandResult result =
      run_command(kNewsquery, {"search", "--json", "merz"}, {{"NEWSINDEX_INDEX", index_.string()}});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(Json::parse(result.out)["total"], 1);
}

TEST(Summary, JsonSummaryOnStdout) {
  TempFolder folder;
  write_file(folder / "a.jsonl",
             "{\"id\":\"s1\",\"text\":\"one\"}\nnot json\n{\"id\":\"s2\",\"text\":\"two\"}\n");
  CommandResult result =
      newsindex_add(folder / "index", {(folder / "a.jsonl").string()}, {"--json"});
  EXPECT_EQ(result.exit_code, 1);
  Json summary = Json::parse(result.out);
  EXPECT_EQ(summary["version"], 1);
  EXPECT_EQ(summary["files"], 1);
  EXPECT_EQ(summary["added"], 2);
  EXPECT_EQ(summary["replaced"], 0);
  EXPECT_EQ(summary["skipped"], 1);
  EXPECT_TRUE(summary["elapsed_seconds"].is_number());
  EXPECT_TRUE(summary["articles_per_second"].is_number());
  EXPECT_EQ(summary["interrupted_by"], nullptr);
  // Problems still go to stderr, where they do not spoil the JSON.
  EXPECT_NE(result.err.find(":2: skipped: invalid JSON"), std::string::npos);
  EXPECT_EQ(result.err.find("articles from"), std::string::npos);
}

TEST(Summary, FilesOfOtherTypesInAFolderAreCountedAndNamedUnderVerbose) {
  const std::string kExtensions =
      ".jsonl, .json, .txt, .csv, .tsv, .html, .htm, .xml, .rss, .atom, .nitf, .warc (and .gz of "
      "all but .txt)";
  TempFolder folder;
  fs::path in = folder / "in";
  write_file(in / "a.jsonl", "{\"id\":\"a\",\"text\":\"one\"}\n");
  write_file(in / "notes.pdf", "%PDF-1.4\n");
  write_file(in / "pictures" / "harbour.jpg", "jpeg");
  write_file(in / ".DS_Store", "hidden");
  CommandResult quiet = newsindex_add(folder / "index", {in.string()});
  ASSERT_EQ(quiet.exit_code, 0) << quiet.err;
  EXPECT_NE(quiet.err.find("1 article from 1 file (2 files of other types skipped): 1 added, "),
            std::string::npos)
      << quiet.err;
  EXPECT_EQ(quiet.err.find("notes.pdf"), std::string::npos) << quiet.err;

  CommandResult verbose = newsindex_add(folder / "index", {in.string()}, {"--verbose", "--json"});
  ASSERT_EQ(verbose.exit_code, 0) << verbose.err;
  EXPECT_EQ(verbose.err,
            (in / "notes.pdf").string() + ": not read: a file of another type (not " +
                kExtensions + ")\n" + (in / "pictures" / "harbour.jpg").string() +
                ": not read: a file of another type (not " + kExtensions + ")\n");
  EXPECT_EQ(Json::parse(verbose.out)["files_of_other_types"], 2);

  fs::remove(in / "pictures" / "harbour.jpg");
  CommandResult one = newsindex_add(folder / "index", {in.string()});
  EXPECT_NE(one.err.find("(1 file of another type skipped)"), std::string::npos) << one.err;
}

TEST(Reindex, IndexingTheSameFilesAgainReplacesAndNeverDuplicates) {
  TempFolder folder;
  write_file(folder / "in" / "a.jsonl", R"({"id":"r1","title":"One","text":"first version"})"
                                        "\n"
                                        R"({"id":"r2","title":"Two","text":"second article"})"
                                        "\n");
  CommandResult first = newsindex_add(folder / "index", {(folder / "in").string()});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  write_file(folder / "in" / "a.jsonl", R"({"id":"r1","title":"One","text":"revised version"})"
                                        "\n"
                                        R"({"id":"r2","title":"Two","text":"second article"})"
                                        "\n");
  CommandResult second = newsindex_add(folder / "index", {(folder / "in").string()});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_NE(second.err.find("0 added, 2 replaced"), std::string::npos) << second.err;
  EXPECT_EQ(total_of(folder / "index", {}), 2u);
  EXPECT_EQ(total_of(folder / "index", {"revised"}), 1u);
  EXPECT_EQ(total_of(folder / "index", {"first"}), 0u);
}

TEST(SampleCorpus, IndexesCleanlyAndFindsItsRecurringPeople) {
  TempFolder folder;
  CommandResult result = newsindex_add(folder / "index", {kCorpus.string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find(" 0 skipped"), std::string::npos) << result.err;
  EXPECT_GE(total_of(folder / "index", {}), 30u);
  EXPECT_GE(total_of(folder / "index", {"putin"}), 5u);
  EXPECT_GE(total_of(folder / "index", {"lang:de"}), 1u);
  EXPECT_GE(total_of(folder / "index", {"lang:zh"}), 1u);
}

TEST(Incremental, UnchangedFilesAreSkippedChangedOnesReindexedMissingOnesDeleted) {
  TempFolder folder;
  fs::path in = folder / "in";
  write_file(in / "a.jsonl", R"({"id":"a1","text":"alpha one"})"
                             "\n"
                             R"({"id":"a2","text":"alpha two"})"
                             "\n");
  write_file(in / "b.jsonl", R"({"id":"b1","text":"beta one"})"
                             "\n");
  write_file(in / "c.txt", "Title: Gamma\n\ngamma text\n");
  fs::path index = folder / "index";
  ASSERT_EQ(newsindex_add(index, {in.string()}).exit_code, 0);

  CommandResult again = newsindex_add(index, {in.string()}, {"--json"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  Json summary = Json::parse(again.out);
  EXPECT_EQ(summary["unchanged"], 4);
  EXPECT_EQ(summary["added"], 0);
  EXPECT_EQ(summary["replaced"], 0);

  // A changed file is read again; the others are not.
  write_file(in / "b.jsonl", R"({"id":"b1","text":"beta revised"})"
                             "\n"
                             R"({"id":"b2","text":"beta new"})"
                             "\n");
  summary = Json::parse(newsindex_add(index, {in.string()}, {"--json"}).out);
  EXPECT_EQ(summary["unchanged"], 3);
  EXPECT_EQ(summary["added"], 1);
  EXPECT_EQ(summary["replaced"], 1);
  EXPECT_EQ(total_of(index, {"revised"}), 1u);

  // Gone files: kept without --delete-missing, removed with it.
  fs::remove(in / "a.jsonl");
  summary = Json::parse(newsindex_add(index, {in.string()}, {"--json"}).out);
  EXPECT_EQ(summary["deleted"], 0);
  EXPECT_EQ(total_of(index, {"alpha"}), 2u);
  summary = Json::parse(newsindex_add(index, {in.string()}, {"--json", "--delete-missing"}).out);
  EXPECT_EQ(summary["deleted"], 2);
  EXPECT_EQ(total_of(index, {"alpha"}), 0u);
  EXPECT_EQ(total_of(index, {}), 3u);
}

TEST(TextFileIds, ACopiedOrMovedTextFileIsStillOneArticle) {
  TempFolder folder;
  fs::path index = folder / "index";
  fs::path archives = folder / "archives";
  const std::string article = "Harbour reopens\nThe harbour in Gdansk reopened on Thursday.\n";
  write_file(archives / "clippings" / "harbour.txt", article);
  ASSERT_EQ(newsindex_add(index, {archives.string()}).exit_code, 0);

  // A copy in another folder is the same article: it replaces it.
  write_file(archives / "copies" / "harbour-copy.txt", article);
  CommandResult copied = newsindex_add(index, {archives.string()}, {"--json"});
  ASSERT_EQ(copied.exit_code, 0) << copied.err;
  Json summary = Json::parse(copied.out);
  EXPECT_EQ(summary["unchanged"], 1);
  EXPECT_EQ(summary["added"], 0);
  EXPECT_EQ(summary["replaced"], 1);
  EXPECT_EQ(total_of(index, {}), 1u);

  // The folder moved: its file is read again under the new path and replaces the article;
  // --delete-missing finds the old path gone, and nothing of it left to delete.
  fs::rename(archives / "clippings", archives / "moved");
  CommandResult moved = newsindex_add(index, {archives.string()}, {"--json", "--delete-missing"});
  ASSERT_EQ(moved.exit_code, 0) << moved.err;
  summary = Json::parse(moved.out);
  EXPECT_EQ(summary["replaced"], 1);
  EXPECT_EQ(summary["deleted"], 0);
  EXPECT_EQ(total_of(index, {"gdansk"}), 1u);

  // The copy removed: the article stays, for the moved file still holds it.
  fs::remove_all(archives / "copies");
  summary =
      Json::parse(newsindex_add(index, {archives.string()}, {"--json", "--delete-missing"}).out);
  EXPECT_EQ(summary["unchanged"], 1);
  EXPECT_EQ(summary["deleted"], 0);
  EXPECT_EQ(total_of(index, {"gdansk"}), 1u);
}

TEST(TextFileIds, AnEditedTextFileReplacesItsEarlierVersion) {
  TempFolder folder;
  fs::path index = folder / "index";
  fs::path file = folder / "in" / "harbour.txt";
  write_file(file, "Harbour reopens\nThe harbour in Gdansk reopened on Thursday.\n");
  write_file(folder / "in" / "other.txt", "Tram fares\nTram fares rise in Gdansk.\n");
  ASSERT_EQ(newsindex_add(index, {(folder / "in").string()}).exit_code, 0);
  // A different size, so that the change is seen whatever the clock's resolution.
  write_file(file, "Harbour reopens\nThe harbour in Gdansk reopened on Thursday morning.\n");
  CommandResult edited = newsindex_add(index, {(folder / "in").string()}, {"--json"});
  ASSERT_EQ(edited.exit_code, 0) << edited.err;
  Json summary = Json::parse(edited.out);
  EXPECT_EQ(summary["unchanged"], 1);
  EXPECT_EQ(summary["added"], 1);
  EXPECT_EQ(summary["deleted"], 1);
  EXPECT_EQ(total_of(index, {}), 2u);
  EXPECT_EQ(total_of(index, {"morning"}), 1u);
  EXPECT_EQ(total_of(index, {"harbour"}), 1u);
}

TEST(Compact, MergesShardsIntoOneWithIdenticalResultsAndStillAcceptsArticles) {
  TempFolder folder;
  fs::path index = folder / "index";
  ASSERT_EQ(newsindex_add(index, {kCorpus.string()}, {"--jobs", "3"}).exit_code, 0);
  std::vector<std::string> query = {"--facet-limit", "50", "--limit", "50", "putin"};
  // Every article: counted from the shards' totals, which compacting must add up.
  std::vector<std::string> everything = {"--facet-limit", "0", "--limit", "5", ""};
  Json before = search_json(index, query);
  Json before_all = search_json(index, everything);
  EXPECT_EQ(before_all["facets"]["counted_from"], "index totals");
  CommandResult compacted = run_command(kNewsindex, {"compact", "-i", index.string()}, clean_env());
  ASSERT_EQ(compacted.exit_code, 0) << compacted.err;
  EXPECT_NE(compacted.err.find("1 shard"), std::string::npos) << compacted.err;
  Json after = search_json(index, query);
  EXPECT_EQ(before["total"], after["total"]);
  EXPECT_EQ(before["facets"], after["facets"]);
  Json after_all = search_json(index, everything);
  EXPECT_EQ(after_all["facets"]["counted_from"], "index totals");
  EXPECT_EQ(before_all["facets"], after_all["facets"]);
  CommandResult stats =
      run_command(kNewsindex, {"stats", "-i", index.string(), "--json"}, clean_env());
  ASSERT_EQ(stats.exit_code, 0) << stats.err;
  Json figures = Json::parse(stats.out);
  EXPECT_EQ(figures["shards"], 1);
  EXPECT_EQ(figures["articles"], total_of(index, {}));
  EXPECT_EQ(figures["schema_version"], "2");
  EXPECT_EQ(figures["first_published"], "2024-11-20");
  EXPECT_GT(figures["entities"]["person"].get<int>(), 10);
  EXPECT_GT(figures["bytes_on_disk"].get<std::size_t>(), 0u);
  // Still an index like any other: re-indexing replaces, never duplicates.
  std::size_t articles = total_of(index, {});
  ASSERT_EQ(newsindex_add(index, {kCorpus.string()}).exit_code, 0);
  EXPECT_EQ(total_of(index, {}), articles);
}

}  // namespace
}  // namespace newsindex::testing

namespace newsindex::testing {
namespace {

using Json = nlohmann::json;

TEST(Shards, ManyShardsSearchAsOneWithIdenticalTotalsAndFacets) {
  TempFolder folder;
  ASSERT_EQ(newsindex_add(folder / "one", {kCorpus.string()}, {"--jobs", "1"}).exit_code, 0);
  ASSERT_EQ(newsindex_add(folder / "three", {kCorpus.string()}, {"--jobs", "3"}).exit_code, 0);
  EXPECT_TRUE(fs::exists(folder / "three" / "shard-02"));
  EXPECT_FALSE(fs::exists(folder / "one" / "shard-01"));
  for (std::vector<std::string> query :
       std::vector<std::vector<std::string>>{{},
                                             {"putin"},
                                             {"person:putin"},
                                             {"date:2025-04"},
                                             {"mentions:2025"},
                                             {"lang:en", "-ukraine"}}) {
    query.insert(query.begin(), {"--facet-limit", "50", "--limit", "50", "--sort", "newest"});
    Json one = search_json(folder / "one", query);
    Json three = search_json(folder / "three", query);
    EXPECT_EQ(one["total"], three["total"]);
    EXPECT_EQ(one["facets"], three["facets"]);
    // Ties (undated articles) may come in another order; the articles are the same.
    std::vector<std::string> one_ids = hit_ids(one), three_ids = hit_ids(three);
    std::sort(one_ids.begin(), one_ids.end());
    std::sort(three_ids.begin(), three_ids.end());
    EXPECT_EQ(one_ids, three_ids);
  }
  // Re-indexing into the sharded index replaces in place: still one copy of each article.
  ASSERT_EQ(newsindex_add(folder / "three", {kCorpus.string()}, {"--jobs", "2"}).exit_code, 0);
  EXPECT_EQ(total_of(folder / "three", {}), total_of(folder / "one", {}));
}

}  // namespace
}  // namespace newsindex::testing
