// newsquery surges: each period's most over-represented entities, checked against a brute-force
// count of every article's entities (from the JSONL export) and the JLH score computed here.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "csv_reader.h"
#include "e2e_support.h"

namespace newsindex::testing {
namespace {

namespace fs = std::filesystem;

class SurgesIndex : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = new TempFolder();
    index_ = *folder_ / "index";
    // Four months of harbour news. Anna Virtanen is named all year; each month has its own
    // people, places and organisations in some articles, so that they stand out there.
    const char* month_people[] = {"Erik Lindqvist", "Maria Korhonen", "Jonas Berg", "Liisa Niemi"};
    const char* month_places[] = {"Tallinn", "Riga", "Gdansk", "Stockholm"};
    const char* month_orgs[] = {"Baltic Ferry Line", "Nordic Port Authority", "Viking Cargo AB",
                                "Helsinki Harbour Board"};
    std::string jsonl;
    for (int i = 0; i < 80; ++i) {
      const int m = i % 4;
      char date[16];
      std::snprintf(date, sizeof date, "2024-%02d-%02d", 3 + m, 1 + (i * 5) % 28);
      nlohmann::json article = {{"id", "s" + std::to_string(i)},
                                {"title", "Harbour report " + std::to_string(i)},
                                {"date", date}};
      std::string text = "The harbour was busy. Minister Anna Virtanen visited Helsinki. ";
      if (i % 3 != 0) {
        text += std::string("Chairman ") + month_people[m] + " of " + month_orgs[m] +
                " spoke about the ferries to " + month_places[m] + ". ";
      }
      if (i % 5 == 0) text += "Erik Lindqvist said the ferries to Tallinn were full. ";
      if (i % 2 == 0) text += "Oil prices rose again in the ferries market.";
      article["text"] = text;
      jsonl += article.dump() + "\n";
    }
    write_file(*folder_ / "harbour.jsonl", jsonl);
    CommandResult added = newsindex_add(index_, {(*folder_ / "harbour.jsonl").string()});
    ASSERT_EQ(added.exit_code, 0) << added.err;
  }
  static void TearDownTestSuite() {
    delete folder_;
    folder_ = nullptr;
  }

  static nlohmann::json surges_json(std::vector<std::string> args) {
    std::vector<std::string> full{"surges", "-i", index_.string(), "--json"};
    full.insert(full.end(), args.begin(), args.end());
    CommandResult result = run_command(kNewsquery, full, clean_env());
    EXPECT_EQ(result.exit_code, 0) << result.err;
    nlohmann::json parsed = nlohmann::json::parse(result.out, nullptr, false);
    EXPECT_FALSE(parsed.is_discarded()) << result.out << result.err;
    return parsed;
  }

  // Every matching article of `query` as the JSONL export gives it.
  static std::vector<nlohmann::json> articles(const std::string& query) {
    CommandResult result = newsquery(
        index_, {"--format", "jsonl", "--fields", "id,date,person,org,place", "--", query});
    EXPECT_TRUE(result.exit_code == 0 || result.exit_code == 1) << result.err;
    std::vector<nlohmann::json> rows;
    std::istringstream lines(result.out);
    for (std::string line; std::getline(lines, line);) rows.push_back(nlohmann::json::parse(line));
    return rows;
  }

  struct Expected {
    std::string label;
    std::size_t count = 0;
    std::size_t background = 0;
    double score = 0;
  };

  // The brute force: per period (period_of the article's date) and kind, the values named in at
  // least min_count of the period's matches, ranked by JLH against the whole archive.
  static void expect_surges_equal_brute_force(
      const std::string& query, const std::string& by,
      const std::function<std::string(const std::string&)>& period_of, std::size_t top,
      std::size_t min_count) {
    const std::vector<nlohmann::json> archive = articles("");
    const std::vector<nlohmann::json> matches = articles(query);
    const double archive_size = static_cast<double>(archive.size());
    const char* kinds[] = {"person", "org", "place"};
    std::map<std::string, std::map<std::string, std::size_t>> background;
    for (const auto& article : archive) {
      for (const char* kind : kinds)
        for (const auto& name : article[kind]) ++background[kind][name.get<std::string>()];
    }
    std::map<std::string, std::size_t> period_size;
    std::map<std::string, std::map<std::string, std::map<std::string, std::size_t>>> counts;
    for (const auto& article : matches) {
      const std::string period = period_of(article["date"].get<std::string>());
      ++period_size[period];
      for (const char* kind : kinds)
        for (const auto& name : article[kind]) ++counts[period][kind][name.get<std::string>()];
    }

    const nlohmann::json view =
        surges_json({"--by", by, "--top", std::to_string(top), "--min-count",
                     std::to_string(min_count), "--", query});
    EXPECT_EQ(view["total"], matches.size());
    EXPECT_EQ(view["archive_size"], archive.size());
    std::size_t periods_seen = 0, values_seen = 0;
    for (const auto& period : view["periods"]) {
      const std::string label = period["period"].get<std::string>();
      EXPECT_EQ(period["filter"], "date:" + label);
      EXPECT_EQ(period["count"].get<std::size_t>(), period_size[label]) << label;
      if (period_size[label] == 0) continue;
      ++periods_seen;
      const double size = static_cast<double>(period_size[label]);
      for (const char* kind : kinds) {
        std::vector<Expected> expected;
        for (const auto& [name, count] : counts[label][kind]) {
          const std::size_t bg = background[kind][name];
          const double in_matches = static_cast<double>(count) / size;
          const double in_archive = static_cast<double>(bg) / archive_size;
          if (count < min_count || in_matches <= in_archive) continue;
          expected.push_back(
              {name, count, bg, (in_matches - in_archive) * (in_matches / in_archive)});
        }
        std::sort(expected.begin(), expected.end(), [](const Expected& a, const Expected& b) {
          if (a.score != b.score) return a.score > b.score;
          if (a.count != b.count) return a.count > b.count;
          return a.label < b.label;
        });
        if (expected.size() > top) expected.resize(top);
        const auto& listed = period["facets"][kind];
        ASSERT_EQ(listed.size(), expected.size()) << label << " " << kind << "\n" << listed;
        for (std::size_t i = 0; i < expected.size(); ++i) {
          EXPECT_EQ(listed[i]["value"], expected[i].label) << label << " " << kind;
          EXPECT_EQ(listed[i]["count"], expected[i].count) << expected[i].label;
          EXPECT_EQ(listed[i]["background_count"], expected[i].background) << expected[i].label;
          EXPECT_NEAR(listed[i]["score"].get<double>(), expected[i].score, 1e-9)
              << expected[i].label;
          ++values_seen;
        }
      }
    }
    EXPECT_GE(periods_seen, 3u);
    EXPECT_GE(values_seen, 6u);
  }

  static TempFolder* folder_;
  static fs::path index_;
};

TempFolder* SurgesIndex::folder_ = nullptr;
fs::path SurgesIndex::index_;

std::string month_of(const std::string& date) {
  return date.substr(0, 7);
}

// ISO week of a YYYY-MM-DD date, computed here with std::chrono: the week's Thursday decides
// the year, and week 1 holds January 4th.
std::string iso_week_of(const std::string& date) {
  using namespace std::chrono;
  const year_month_day day{year{std::stoi(date.substr(0, 4))},
                           month{static_cast<unsigned>(std::stoi(date.substr(5, 2)))},
                           std::chrono::day{static_cast<unsigned>(std::stoi(date.substr(8, 2)))}};
  const sys_days d{day};
  const sys_days thursday = d - (weekday{d} - Monday) + days{3};
  const year week_year = year_month_day{thursday}.year();
  const sys_days first_thursday = sys_days{week_year / January / 4d} -
                                  (weekday{sys_days{week_year / January / 4d}} - Monday) + days{3};
  const auto week = (thursday - first_thursday).count() / 7 + 1;
  char label[24];
  std::snprintf(label, sizeof label, "%04d-W%02d", static_cast<int>(week_year),
                static_cast<int>(week));
  return label;
}

TEST_F(SurgesIndex, EveryMonthListsWhatABruteForceCountRanksFirst) {
  expect_surges_equal_brute_force("", "month", month_of, 3, 2);
}

TEST_F(SurgesIndex, AQueryNarrowsThePeriodsButTheBackgroundStaysTheArchive) {
  expect_surges_equal_brute_force("ferries", "month", month_of, 5, 1);
}

TEST_F(SurgesIndex, WeeksAreIsoWeeks) {
  expect_surges_equal_brute_force("", "week", iso_week_of, 2, 1);
}

TEST_F(SurgesIndex, EachListedFilterSelectsItsCountInItsPeriod) {
  const nlohmann::json view = surges_json({"--by", "month", "--top", "2", "--", "ferries"});
  std::size_t checked = 0;
  for (const auto& period : view["periods"]) {
    for (const auto& [kind, values] : period["facets"].items()) {
      for (const auto& value : values) {
        const std::string drilled = "ferries " + period["filter"].get<std::string>() + " " +
                                    value["filter"].get<std::string>();
        EXPECT_EQ(total_of(index_, {"--no-facets", "--", drilled}), value["count"]) << drilled;
        ++checked;
      }
    }
  }
  EXPECT_GE(checked, 4u);
}

TEST_F(SurgesIndex, TheMonthOfAPersonIsWhereTheyStandOut) {
  // Maria Korhonen is named only in April: she tops April's people and no other month's.
  const nlohmann::json view = surges_json({"--by", "month", "--types", "person", "--top", "1"});
  std::map<std::string, std::string> top_person;
  for (const auto& period : view["periods"]) {
    EXPECT_FALSE(period["facets"].contains("org"));
    if (!period["facets"]["person"].empty())
      top_person[period["period"]] = period["facets"]["person"][0]["value"];
  }
  EXPECT_EQ(top_person["2024-04"], "Maria Korhonen");
  EXPECT_NE(top_person["2024-03"], "Maria Korhonen");
}

TEST_F(SurgesIndex, CsvHasARowPerListedValue) {
  CommandResult csv = run_command(kNewsquery,
                                  {"surges", "-i", index_.string(), "--format", "csv", "--by",
                                   "month", "--top", "2", "--min-count", "1"},
                                  clean_env());
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  const std::optional<Rows> rows = parse_csv(csv.out);
  ASSERT_TRUE(rows.has_value()) << csv.out;
  ASSERT_FALSE(rows->empty());
  EXPECT_EQ(rows->front(), (std::vector<std::string>{
                               "period", "period_filter", "period_matches", "facet", "rank",
                               "value", "count", "background_count", "score", "lift", "filter"}));
  // The same values as the JSON, in its order.
  const nlohmann::json view = surges_json({"--by", "month", "--top", "2", "--min-count", "1"});
  std::vector<std::vector<std::string>> listed;
  for (const auto& period : view["periods"]) {
    // Kinds in the order of the schema's table, as both writers list them.
    for (const std::string kind : {"person", "org", "place"}) {
      if (!period["facets"].contains(kind)) continue;
      const auto& values = period["facets"][kind];
      for (std::size_t i = 0; i < values.size(); ++i) {
        listed.push_back({period["period"].get<std::string>(), kind, std::to_string(i + 1),
                          values[i]["value"].get<std::string>(),
                          std::to_string(values[i]["count"].get<std::size_t>()),
                          values[i]["filter"].get<std::string>()});
      }
    }
  }
  ASSERT_EQ(rows->size(), listed.size() + 1);
  EXPECT_GT(listed.size(), 0u);
  for (std::size_t r = 1; r < rows->size(); ++r) {
    const auto& row = (*rows)[r];
    ASSERT_EQ(row.size(), 11u);
    EXPECT_EQ((std::vector<std::string>{row[0], row[3], row[4], row[5], row[6], row[10]}),
              listed[r - 1]);
  }
}

TEST_F(SurgesIndex, ABadQueryIsAUsageErrorAndNoMatchExitsOne) {
  CommandResult bad =
      run_command(kNewsquery, {"surges", "-i", index_.string(), "date:2024-13"}, clean_env());
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("2024-13"), std::string::npos) << bad.err;
  CommandResult none =
      run_command(kNewsquery, {"surges", "-i", index_.string(), "zeppelin"}, clean_env());
  EXPECT_EQ(none.exit_code, 1) << none.err;
  EXPECT_NE(none.out.find("No dated article matches"), std::string::npos) << none.out;
}

}  // namespace
}  // namespace newsindex::testing
