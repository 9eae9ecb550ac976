// newsquery search --format csv|jsonl: every match written, in the search's order, as CSV that a
// standard reader parses and as JSON Lines; facets as rows (issue 21, "Export without caps").
#include <algorithm>
#include <optional>
#include <set>
#include <sstream>
#include <tuple>

#include "csv_reader.h"
#include "e2e_support.h"

namespace newsindex::testing {
namespace {

namespace fs = std::filesystem;

// Well-formed CSV whose rows all have the header's width.
Rows csv_rows(const CommandResult& result) {
  EXPECT_TRUE(result.exit_code == 0 || result.exit_code == 1) << result.err;
  std::optional<Rows> rows = parse_csv(result.out);
  EXPECT_TRUE(rows.has_value()) << result.out.substr(0, 2000);
  if (!rows || rows->empty()) {
    ADD_FAILURE() << "no header row";
    return {};
  }
  for (const auto& row : *rows) EXPECT_EQ(row.size(), rows->front().size());
  return *rows;
}

std::vector<nlohmann::json> jsonl_lines(const std::string& out) {
  std::vector<nlohmann::json> lines;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) {
    lines.push_back(nlohmann::json::parse(line, nullptr, false));
    EXPECT_FALSE(lines.back().is_discarded()) << line;
  }
  return lines;
}

std::vector<std::string> column(const Rows& rows, std::size_t index) {
  std::vector<std::string> values;
  for (std::size_t i = 1; i < rows.size(); ++i) values.push_back(rows[i][index]);
  return values;
}

constexpr int kArticles = 2500;
const std::string kAwkwardId = "a0700";
const std::string kAwkwardText =
    "Harbour notes, again: the pilot said \"no, not today\"\nand the Harbour stayed shut.";

// 2,500 short articles: far more than a page of hits. Every 400th has no date; one holds commas,
// quotes and a line break.
class ExportIndex : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = new TempFolder();
    index_ = *folder_ / "index";
    std::string jsonl;
    for (int i = 0; i < kArticles; ++i) {
      char id[16];
      std::snprintf(id, sizeof id, "a%04d", i);
      nlohmann::json article = {{"id", id}, {"title", "Harbour report " + std::to_string(i)}};
      if (i % 400 != 13) {
        const int day = (i * 37) % 1400;  // dates not in id order
        char date[16];
        std::snprintf(date, sizeof date, "%04d-%02d-%02d", 2020 + day / 336, 1 + (day / 28) % 12,
                      1 + day % 28);
        article["date"] = date;
      }
      article["source"] = i % 3 == 0 ? "Baltic Wire" : "Northern Ledger";
      article["url"] = "https://example.org/" + std::string(id);
      std::string text = "Minister Anna Virtanen met Erik Lindqvist in Helsinki on Monday. ";
      // Repeats make weights differ, so relevance order is not id order.
      for (int r = 0; r < i % 5; ++r) text += "The harbour traffic rose again. ";
      if (i % 2 == 0) text += "Ferries to Tallinn were full.";
      article["text"] = id == kAwkwardId ? kAwkwardText : text;
      jsonl += article.dump() + "\n";
    }
    write_file(*folder_ / "harbour.jsonl", jsonl);
    // Three shards: a match spy sees ids within a shard, which the export must map back.
    CommandResult added =
        newsindex_add(index_, {(*folder_ / "harbour.jsonl").string()}, {"--jobs", "3"});
    ASSERT_EQ(added.exit_code, 0) << added.err;
  }
  static void TearDownTestSuite() { delete folder_; }

  static CommandResult search(std::vector<std::string> args) { return newsquery(index_, args); }

  // The ids of a search's hits, every one of them, from --json.
  static std::vector<std::string> search_ids(std::vector<std::string> args) {
    args.insert(args.begin(), {"--no-facets", "--limit", std::to_string(kArticles + 10)});
    return hit_ids(search_json(index_, args));
  }

  static TempFolder* folder_;
  static fs::path index_;
};

TempFolder* ExportIndex::folder_ = nullptr;
fs::path ExportIndex::index_;

TEST_F(ExportIndex, CsvHasARowForEveryMatchInTheOrderTheSearchRanksThem) {
  for (const std::string query : {"harbour", "ferries", "tallinn -traffic"}) {
    const std::size_t total = total_of(index_, {"--no-facets", query});
    ASSERT_GT(total, 100u) << query;
    const Rows rows = csv_rows(search({"--format", "csv", "--fields", "rank,id", query}));
    ASSERT_EQ(rows.size(), total + 1) << query;
    EXPECT_EQ(rows[0], (std::vector<std::string>{"rank", "id"}));
    EXPECT_EQ(column(rows, 1), search_ids({query})) << query;
    EXPECT_EQ(rows.back()[0], std::to_string(total));
  }
}

TEST_F(ExportIndex, DateOrderIsMonotonicWithUndatedArticlesLast) {
  for (const std::string sort : {"oldest", "newest"}) {
    const Rows rows =
        csv_rows(search({"--format", "csv", "--sort", sort, "--fields", "id,date", "harbour"}));
    ASSERT_EQ(rows.size(), static_cast<std::size_t>(kArticles) + 1);
    std::vector<std::string> dates = column(rows, 1);
    const auto first_undated = std::find(dates.begin(), dates.end(), "");
    EXPECT_EQ(dates.end() - first_undated, kArticles / 400 + 1) << sort;
    EXPECT_TRUE(std::all_of(first_undated, dates.end(), [](auto& d) { return d.empty(); }));
    if (sort == "oldest") {
      EXPECT_TRUE(std::is_sorted(dates.begin(), first_undated));
    } else {
      EXPECT_TRUE(std::is_sorted(dates.begin(), first_undated, std::greater<>()));
    }
    EXPECT_EQ(column(rows, 0), search_ids({"--sort", sort, "harbour"})) << sort;
  }
}

TEST_F(ExportIndex, JsonlHasALineForEveryMatchWithTheFieldsAskedFor) {
  const std::size_t total = total_of(index_, {"--no-facets", "ferries"});
  CommandResult result = search({"--format", "jsonl", "ferries"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::vector<nlohmann::json> lines = jsonl_lines(result.out);
  ASSERT_EQ(lines.size(), total);
  std::vector<std::string> keys;
  for (const auto& [key, value] : lines.front().items()) keys.push_back(key);
  std::vector<std::string> expected_keys{"id",  "date",     "title",          "source",
                                         "url", "language", "origin",         "person",
                                         "org", "place",    "mentioned_dates"};
  std::sort(expected_keys.begin(), expected_keys.end());  // nlohmann::json sorts keys on parse
  EXPECT_EQ(keys, expected_keys);
  EXPECT_TRUE(lines.front()["person"].is_array());
  EXPECT_NE(lines.front()["origin"].get<std::string>().find("harbour.jsonl:"), std::string::npos);

  const std::vector<nlohmann::json> chosen =
      jsonl_lines(search({"--format", "jsonl", "--fields", "title,id,snippet", "ferries"}).out);
  ASSERT_EQ(chosen.size(), total);
  const std::string first =
      search({"--format", "jsonl", "--fields", "title,id,snippet", "ferries"}).out.substr(0, 10);
  EXPECT_EQ(first, "{\"title\":\"");  // keys in the order given
  EXPECT_EQ(chosen.front().size(), 3u);
  EXPECT_NE(chosen.front()["snippet"].get<std::string>().find("Ferries"), std::string::npos);
}

TEST_F(ExportIndex, FieldsChooseTheColumnsInTheOrderGiven) {
  const Rows rows =
      csv_rows(search({"--format", "csv", "--fields", "url,id,source,person,place", "ferries"}));
  ASSERT_GT(rows.size(), 1u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"url", "id", "source", "person", "place"}));
  EXPECT_EQ(rows[1][0], "https://example.org/" + rows[1][1]);
  EXPECT_TRUE(rows[1][2] == "Baltic Wire" || rows[1][2] == "Northern Ledger") << rows[1][2];
  EXPECT_NE(rows[1][3].find("Anna Virtanen"), std::string::npos) << rows[1][3];
  EXPECT_NE(rows[1][3].find("; "), std::string::npos) << rows[1][3];  // two people, one cell
  EXPECT_NE(rows[1][4].find("Helsinki"), std::string::npos) << rows[1][4];
  // An unknown field, or fields for a format without them, is a usage error.
  EXPECT_EQ(search({"--format", "csv", "--fields", "id,colour", "ferries"}).exit_code, 2);
  EXPECT_EQ(search({"--fields", "id", "ferries"}).exit_code, 2);
}

TEST_F(ExportIndex, TextWithCommasQuotesAndLineBreaksSurvivesTheRoundTrip) {
  const Rows rows = csv_rows(search({"--format", "csv", "--fields", "id,text,snippet", "pilot"}));
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1][0], kAwkwardId);
  EXPECT_EQ(rows[1][1], kAwkwardText);
  const std::vector<nlohmann::json> lines =
      jsonl_lines(search({"--format", "jsonl", "--fields", "id,text", "pilot"}).out);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0]["text"], kAwkwardText);
}

TEST_F(ExportIndex, LimitAndOffsetApplyOnlyWhenGiven) {
  const Rows all = csv_rows(search({"--format", "csv", "--fields", "id", "harbour"}));
  const Rows some = csv_rows(search(
      {"--format", "csv", "--fields", "id", "--offset", "1500", "--limit", "20", "harbour"}));
  ASSERT_EQ(some.size(), 21u);
  EXPECT_EQ(some[1], all[1501]);
}

TEST_F(ExportIndex, NoMatchIsAHeaderAndExitCodeOne) {
  CommandResult result = search({"--format", "csv", "--fields", "id,title", "zeppelin"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.out, "id,title\r\n");
  CommandResult lines = search({"--format", "jsonl", "zeppelin"});
  EXPECT_EQ(lines.exit_code, 1);
  EXPECT_EQ(lines.out, "");
}

TEST_F(ExportIndex, FacetRowsAreTheJsonFacetsEveryValue) {
  const nlohmann::json json =
      search_json(index_, {"--facet-limit", "0", "--by", "month", "ferries"});
  std::set<std::tuple<std::string, std::string, std::size_t, std::string>> expected;
  for (const auto& [facet, entry] : json["facets"].items()) {
    if (!entry.is_object()) continue;
    for (const auto& value : entry.contains("values") ? entry["values"] : entry["buckets"]) {
      expected.emplace(facet, value["value"], value["count"], value["filter"]);
    }
  }
  ASSERT_GT(expected.size(), 10u);
  const Rows rows =
      csv_rows(search({"--format", "csv", "--facets-only", "--by", "month", "ferries"}));
  ASSERT_FALSE(rows.empty());
  EXPECT_EQ(rows[0], (std::vector<std::string>{"facet", "value", "count", "filter"}));
  std::set<std::tuple<std::string, std::string, std::size_t, std::string>> exported;
  for (std::size_t i = 1; i < rows.size(); ++i)
    exported.emplace(rows[i][0], rows[i][1], std::stoul(rows[i][2]), rows[i][3]);
  EXPECT_EQ(rows.size() - 1, exported.size());
  EXPECT_EQ(exported, expected);

  const std::vector<nlohmann::json> lines =
      jsonl_lines(search({"--format", "jsonl", "--facets-only", "--by", "month", "ferries"}).out);
  EXPECT_EQ(lines.size(), expected.size());
  // --facet-limit still limits when given.
  const Rows limited = csv_rows(search(
      {"--format", "csv", "--facets-only", "--facets", "source", "--facet-limit", "1", "ferries"}));
  EXPECT_EQ(limited.size(), 2u);
}

TEST_F(ExportIndex, JsonStaysAndFormatJsonIsTheSame) {
  CommandResult old_flag = search({"--json", "--limit", "3", "ferries"});
  CommandResult format = search({"--format", "json", "--limit", "3", "ferries"});
  ASSERT_EQ(old_flag.exit_code, 0) << old_flag.err;
  EXPECT_EQ(old_flag.out, format.out);
  EXPECT_EQ(search({"--json", "--format", "csv", "ferries"}).exit_code, 2);
}

// Curation renames a person: rows name the person as the facets and the JSON hits do.
TEST(ExportResolution, RowsNameEntitiesAsResolved) {
  TempFolder folder;
  const fs::path index = folder / "index";
  std::string jsonl;
  for (int i = 0; i < 3; ++i) {
    jsonl += nlohmann::json{{"id", "r" + std::to_string(i)},
                            {"title", "Budget talks"},
                            {"date", "2024-05-0" + std::to_string(i + 1)},
                            {"text",
                             "Minister Anna Virtanen met Erik Lindqvist in Helsinki on "
                             "Monday to discuss the budget."}}
                 .dump() +
             "\n";
  }
  write_file(folder / "a.jsonl", jsonl);
  ASSERT_EQ(newsindex_add(index, {(folder / "a.jsonl").string()}).exit_code, 0);
  write_file(folder / "team.curation", "rename person \"Anna Virtanen\" to \"Anna K. Virtanen\"\n");
  CommandResult curated =
      run_command(kNewsindex, {"curate", "-i", index.string(), (folder / "team.curation").string()},
                  clean_env());
  ASSERT_EQ(curated.exit_code, 0) << curated.err;

  const Rows rows =
      csv_rows(newsquery(index, {"--format", "csv", "--fields", "id,person", "budget"}));
  ASSERT_EQ(rows.size(), 4u);
  const nlohmann::json json = search_json(index, {"budget"});
  for (std::size_t i = 1; i < rows.size(); ++i) {
    EXPECT_NE(rows[i][1].find("Anna K. Virtanen"), std::string::npos) << rows[i][1];
    EXPECT_EQ(rows[i][1].find("Anna Virtanen"), std::string::npos) << rows[i][1];
  }
  // The hits of --json show the same names.
  std::vector<std::string> hit_people;
  for (const auto& person : json["hits"][0]["entities"]["person"])
    hit_people.push_back(person["name"]);
  std::string joined;
  for (const std::string& name : hit_people) joined += (joined.empty() ? "" : "; ") + name;
  EXPECT_EQ(rows[1][1], joined);
  EXPECT_EQ(json["facets"]["person"]["values"][0]["value"], "Anna K. Virtanen");
}

}  // namespace
}  // namespace newsindex::testing
