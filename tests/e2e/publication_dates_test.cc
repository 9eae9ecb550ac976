// Where an article's publication date comes from, end to end: the record or header, the day a
// text file's name starts with, or --date; and that relative dates in the text resolve against it.
#include "e2e_support.h"

namespace newsindex::testing {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

std::string date_of(const fs::path& index, const std::string& word) {
  Json result = search_json(index, {word});
  if (!result.is_object() || result["hits"].size() != 1) return "(not one hit)";
  const Json& date = result["hits"][0]["date"];
  return date.is_null() ? "(none)" : date.get<std::string>();
}

TEST(PublicationDates, AFileNameThatStartsWithADayDatesAHeaderlessFile) {
  TempFolder folder;
  write_file(
      folder / "in" / "2025-04-12-witkoff.txt",
      "Witkoff meets Putin\nSteve Witkoff met Vladimir Putin in St. Petersburg on Friday.\n");
  CommandResult result = newsindex_add(folder / "index", {(folder / "in").string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(date_of(folder / "index", "witkoff"), "2025-04-12");
  // "on Friday" in a report of Saturday April 12 is April 11.
  EXPECT_EQ(total_of(folder / "index", {"mentions:2025-04-11"}), 1u);
}

TEST(PublicationDates, DateOptionDatesOnlyTheArticlesThatGiveNone) {
  TempFolder folder;
  fs::path in = folder / "in";
  write_file(in / "bare.txt", "Harbour reopens\nThe harbour in Gdansk reopened on Friday.\n");
  write_file(in / "2025-04-12-named.txt", "Tram fares\nTram fares in Aarhus rise.\n");
  write_file(in / "header.txt", "Title: Budget\nDate: 2025-01-10\n\nThe budget passed.\n");
  write_file(in / "feed.jsonl", R"({"id":"undated","text":"Ferry strike ends."})"
                                "\n"
                                R"({"id":"dated","text":"Bridge opens.","date":"2024-11-20"})"
                                "\n");
  CommandResult result = newsindex_add(folder / "index", {in.string()}, {"--date", "2025-03-05"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  fs::path index = folder / "index";
  EXPECT_EQ(date_of(index, "harbour"), "2025-03-05");
  EXPECT_EQ(date_of(index, "ferry"), "2025-03-05");
  EXPECT_EQ(date_of(index, "tram"), "2025-04-12");
  EXPECT_EQ(date_of(index, "budget"), "2025-01-10");
  EXPECT_EQ(date_of(index, "bridge"), "2024-11-20");
  // Friday before Wednesday March 5.
  EXPECT_EQ(total_of(index, {"mentions:2025-02-28"}), 1u);
}

TEST(PublicationDates, DateOptionAppliesToFilesIndexedBeforeWithoutOne) {
  TempFolder folder;
  fs::path in = folder / "in";
  write_file(in / "bare.txt", "Harbour reopens\nThe harbour in Gdansk reopened on Friday.\n");
  fs::path index = folder / "index";
  ASSERT_EQ(newsindex_add(index, {in.string()}).exit_code, 0);
  EXPECT_EQ(date_of(index, "harbour"), "(none)");
  CommandResult dated = newsindex_add(index, {in.string()}, {"--date", "2025-03-05", "--json"});
  ASSERT_EQ(dated.exit_code, 0) << dated.err;
  Json summary = Json::parse(dated.out);
  EXPECT_EQ(summary["unchanged"], 0);
  EXPECT_EQ(summary["replaced"], 1);
  EXPECT_EQ(date_of(index, "harbour"), "2025-03-05");
}

TEST(PublicationDates, ABadDateOptionIsAUsageErrorSayingWhy) {
  TempFolder folder;
  write_file(folder / "a.txt", "Body text.\n");
  for (const char* bad : {"2025-02-30", "2025-3-5", "yesterday"}) {
    CommandResult result =
        newsindex_add(folder / "index", {(folder / "a.txt").string()}, {"--date", bad});
    EXPECT_EQ(result.exit_code, 2) << bad;
    EXPECT_NE(
        result.err.find("--date: \"" + std::string(bad) + "\" is not a day (expected YYYY-MM-DD)"),
        std::string::npos)
        << result.err;
    EXPECT_FALSE(fs::exists(folder / "index")) << bad;
  }
  CommandResult extract = run_command(
      kNewsindex, {"extract", "--date", "2025-13-01", (folder / "a.txt").string()}, clean_env());
  EXPECT_EQ(extract.exit_code, 2);
}

}  // namespace
}  // namespace newsindex::testing
