// newsquery batch: a watch list run line by line, each row equal to the search of its line
// (issue 21, "Watch lists").
#include <map>

#include "csv_reader.h"
#include "e2e_support.h"

namespace newsindex::testing {
namespace {

namespace fs = std::filesystem;

// 60 articles over six months of 2023-24, from two sources; a few people named in some of them.
class BatchIndex : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = new TempFolder();
    index_ = *folder_ / "index";
    std::string jsonl;
    for (int i = 0; i < 60; ++i) {
      nlohmann::json article = {{"id", "b" + std::to_string(i)},
                                {"title", "Harbour report " + std::to_string(i)}};
      const int month = 11 + i % 6;  // 2023-11 .. 2024-04
      char date[16];
      std::snprintf(date, sizeof date, "%04d-%02d-%02d", month > 12 ? 2024 : 2023,
                    month > 12 ? month - 12 : month, 1 + (i * 7) % 28);
      if (i % 17 != 5) article["date"] = date;  // some articles have no date
      article["source"] = i % 7 < 3 ? "Baltic Wire" : "Northern Ledger";
      std::string text = "The harbour was busy on Monday. ";
      if (i % 2 == 0) text += "Minister Anna Virtanen visited Helsinki. ";
      if (i % 5 == 0) text += "Erik Lindqvist spoke about the ferries to Tallinn. ";
      if (i % 4 == 0) text += "Oil prices rose again.";
      article["text"] = text;
      jsonl += article.dump() + "\n";
    }
    write_file(*folder_ / "harbour.jsonl", jsonl);
    CommandResult added = newsindex_add(index_, {(*folder_ / "harbour.jsonl").string()});
    ASSERT_EQ(added.exit_code, 0) << added.err;
    list_ = *folder_ / "watch.txt";
    write_file(list_,
               "# people to watch\n"
               "Anna Virtanen\n"
               "\n"
               "   # an indented comment\n"
               "person:\"=Erik Lindqvist\" ferries\n"
               "oil\n"
               "\"unbalanced harbour\n"
               "harbour -oil\n");
  }
  static void TearDownTestSuite() { delete folder_; }

  static CommandResult batch(std::vector<std::string> args) {
    std::vector<std::string> full{"batch", "-i", index_.string()};
    full.insert(full.end(), args.begin(), args.end());
    full.push_back(list_.string());
    return run_command(kNewsquery, full, clean_env());
  }

  static nlohmann::json batch_json(std::vector<std::string> args) {
    args.insert(args.begin(), "--json");
    CommandResult result = batch(args);
    // The bad line makes the exit 2, after every other line ran.
    EXPECT_EQ(result.exit_code, 2) << result.err;
    nlohmann::json parsed = nlohmann::json::parse(result.out, nullptr, false);
    EXPECT_FALSE(parsed.is_discarded()) << result.out << result.err;
    return parsed;
  }

  // Each row checked against `newsquery search --json` of its line with the shared query.
  static void expect_rows_equal_searches(const nlohmann::json& view, const std::string& where,
                                         const std::string& by) {
    const auto& periods = view["periods"];
    std::size_t checked = 0;
    for (const auto& row : view["rows"]) {
      if (row.contains("error")) continue;
      const std::string query =
          row["query"].get<std::string>() + (where.empty() ? "" : " " + where);
      const nlohmann::json search =
          search_json(index_, {"--facets", "published", "--by", by, "--", query});
      EXPECT_EQ(row["total"], search["total"]) << query;
      // Every bucket of the search's histogram is the row's count in that column; the row's other
      // columns (periods outside the search's span) are 0.
      std::map<std::string, std::size_t> expected;
      for (const auto& bucket : search["facets"]["published"]["buckets"])
        expected[bucket["value"].get<std::string>()] = bucket["count"].get<std::size_t>();
      ASSERT_EQ(row["counts"].size(), periods.size());
      std::size_t dated = 0;
      for (std::size_t i = 0; i < periods.size(); ++i) {
        const auto it = expected.find(periods[i].get<std::string>());
        EXPECT_EQ(row["counts"][i].get<std::size_t>(), it == expected.end() ? 0 : it->second)
            << query << " in " << periods[i];
        dated += row["counts"][i].get<std::size_t>();
      }
      std::size_t histogram_total = 0;
      for (const auto& [label, count] : expected) histogram_total += count;
      EXPECT_EQ(dated, histogram_total) << query;
      ++checked;
    }
    EXPECT_EQ(checked, 4u);
  }

  static TempFolder* folder_;
  static fs::path index_;
  static fs::path list_;
};

TempFolder* BatchIndex::folder_ = nullptr;
fs::path BatchIndex::index_;
fs::path BatchIndex::list_;

TEST_F(BatchIndex, EachRowIsTheSearchOfItsLineAndCommentsAndBlankLinesAreSkipped) {
  const nlohmann::json view = batch_json({"--by", "month"});
  ASSERT_EQ(view["rows"].size(), 5u);
  std::vector<std::size_t> lines;
  for (const auto& row : view["rows"]) lines.push_back(row["line"].get<std::size_t>());
  EXPECT_EQ(lines, (std::vector<std::size_t>{2, 5, 6, 7, 8}));
  EXPECT_EQ(view["rows"][0]["query"], "Anna Virtanen");
  EXPECT_EQ(
      view["periods"],
      (nlohmann::json::array({"2023-11", "2023-12", "2024-01", "2024-02", "2024-03", "2024-04"})));
  EXPECT_GT(view["rows"][0]["total"].get<std::size_t>(), 0u);
  expect_rows_equal_searches(view, "", "month");
}

TEST_F(BatchIndex, DayColumnsEqualTheDailyHistogram) {
  expect_rows_equal_searches(batch_json({"--by", "day"}), "", "day");
}

TEST_F(BatchIndex, WeekColumnsEqualTheWeeklyHistogram) {
  const nlohmann::json view = batch_json({"--by", "week"});
  EXPECT_EQ(view["by"], "week");
  ASSERT_FALSE(view["periods"].empty());
  EXPECT_EQ(view["periods"][0], "2023-W44");  // the week of the oldest article, 2023-11-01
  expect_rows_equal_searches(view, "", "week");
}

TEST_F(BatchIndex, TheSharedQueryAppliesToEveryLine) {
  const std::string where = "source:\"Baltic Wire\" date:2023-12..2024-02";
  const nlohmann::json filtered = batch_json({"--where", where});
  const nlohmann::json all = batch_json({});
  expect_rows_equal_searches(filtered, where, "month");
  EXPECT_EQ(filtered["where"], where);
  EXPECT_EQ(filtered["periods"], (nlohmann::json::array({"2023-12", "2024-01", "2024-02"})));
  for (std::size_t i = 0; i < all["rows"].size(); ++i) {
    if (all["rows"][i].contains("error")) continue;
    EXPECT_LT(filtered["rows"][i]["total"], all["rows"][i]["total"]) << all["rows"][i]["query"];
  }
}

TEST_F(BatchIndex, ABadLineGivesAnErrorRowNamingFileAndLineAndTheOthersRun) {
  const nlohmann::json view = batch_json({});
  EXPECT_EQ(view["errors"], 1);
  const auto& bad = view["rows"][3];
  EXPECT_EQ(bad["line"], 7);
  ASSERT_TRUE(bad.contains("error"));
  EXPECT_EQ(bad["error"].get<std::string>().rfind(list_.string() + ":7: ", 0), 0u) << bad;
  EXPECT_FALSE(bad.contains("total"));
  EXPECT_GT(view["rows"][4]["total"].get<std::size_t>(), 0u);  // the line after it ran
  CommandResult human = batch({});
  EXPECT_EQ(human.exit_code, 2);
  EXPECT_NE(human.out.find(list_.string() + ":7: "), std::string::npos) << human.out;
}

TEST_F(BatchIndex, CsvParsesWithARowPerLineAndAColumnPerPeriod) {
  CommandResult result = batch({"--format", "csv", "--by", "month"});
  EXPECT_EQ(result.exit_code, 2) << result.err;
  const std::optional<Rows> rows = parse_csv(result.out);
  ASSERT_TRUE(rows.has_value()) << result.out;
  ASSERT_EQ(rows->size(), 6u);
  EXPECT_EQ(rows->front(),
            (std::vector<std::string>{"line", "query", "error", "total", "first", "last", "2023-11",
                                      "2023-12", "2024-01", "2024-02", "2024-03", "2024-04"}));
  for (const auto& row : *rows) EXPECT_EQ(row.size(), rows->front().size());
  const nlohmann::json view = batch_json({"--by", "month"});
  for (std::size_t r = 1; r < rows->size(); ++r) {
    const auto& row = (*rows)[r];
    const auto& expected = view["rows"][r - 1];
    EXPECT_EQ(row[0], std::to_string(expected["line"].get<std::size_t>()));
    EXPECT_EQ(row[1], expected["query"]);
    if (expected.contains("error")) {
      EXPECT_EQ(row[2], expected["error"]);
      EXPECT_EQ(row[3], "");
      continue;
    }
    EXPECT_EQ(row[3], std::to_string(expected["total"].get<std::size_t>()));
    EXPECT_EQ(row[4], expected["first"]);
    EXPECT_EQ(row[5], expected["last"]);
    for (std::size_t i = 0; i < 6; ++i)
      EXPECT_EQ(row[6 + i], std::to_string(expected["counts"][i].get<std::size_t>()));
  }
  // The quoted line is written back quoted, as a spreadsheet reads it.
  EXPECT_EQ((*rows)[4][1], "\"unbalanced harbour");
}

TEST_F(BatchIndex, FirstAndLastAreTheDatesOfTheOldestAndNewestMatch) {
  const nlohmann::json view = batch_json({});
  const auto& row = view["rows"][2];  // oil: every 4th article
  ASSERT_EQ(row["query"], "oil");
  const nlohmann::json oldest =
      search_json(index_, {"--no-facets", "--sort", "oldest", "--limit", "1", "oil"});
  const nlohmann::json newest =
      search_json(index_, {"--no-facets", "--sort", "newest", "--limit", "1", "oil"});
  EXPECT_EQ(row["first"], oldest["hits"][0]["date"].get<std::string>().substr(0, 10));
  EXPECT_EQ(row["last"], newest["hits"][0]["date"].get<std::string>().substr(0, 10));
}

}  // namespace
}  // namespace newsindex::testing
