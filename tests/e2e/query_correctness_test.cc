// What the user typed is what the tools do: queries and options that must not silently mean
// something else (issue "Do exactly what the user typed").
#include <algorithm>

#include "e2e_support.h"

namespace newsindex::testing {
namespace {

namespace fs = std::filesystem;

// The project's sample corpus, indexed once for every test here.
class SampleIndex : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = new TempFolder();
    index_ = *folder_ / "index";
    CommandResult result = newsindex_add(index_, {kCorpus.string()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
  }
  static void TearDownTestSuite() { delete folder_; }

  static std::size_t total(std::vector<std::string> words) {
    words.insert(words.begin(), "--");
    words.insert(words.begin(), "--no-facets");
    return total_of(index_, std::move(words));
  }

  static TempFolder* folder_;
  static fs::path index_;
};

TempFolder* SampleIndex::folder_ = nullptr;
fs::path SampleIndex::index_;

TEST_F(SampleIndex, AQueryOfExclusionsOnlyMeansEverythingExceptThem) {
  const std::size_t all = total({});
  ASSERT_GT(total({"putin"}), 0u);
  EXPECT_EQ(total({"-putin"}), all - total({"putin"}));
  EXPECT_EQ(total({"-putin"}), total({"NOT putin"}));
  EXPECT_EQ(total({"-person:putin"}), all - total({"person:putin"}));
  EXPECT_EQ(total({"-lang:en"}), all - total({"lang:en"}));
  EXPECT_EQ(total({"-\"vladimir putin\""}), all - total({"\"vladimir putin\""}));
  // Several exclusions take away their union.
  EXPECT_EQ(total({"-putin", "-ukraine"}), all - total({"putin OR ukraine"}));
  // With a filter or a word beside them, exclusions take away from that.
  EXPECT_EQ(total({"-person:putin", "date:2025-04"}),
            total({"date:2025-04"}) - total({"person:putin", "date:2025-04"}));
  EXPECT_EQ(total({"ukraine", "-putin"}), total({"ukraine"}) - total({"ukraine", "putin"}));
}

TEST_F(SampleIndex, AMistypedOptionIsAnErrorThatNamesTheOptionMeant) {
  CommandResult search = newsquery(index_, {"--limt", "5", "putin"});
  EXPECT_EQ(search.exit_code, 2);
  EXPECT_NE(search.err.find("unknown option --limt for 'search' (did you mean --limit?)"),
            std::string::npos)
      << search.err;
  EXPECT_EQ(search.out, "");
  CommandResult stats =
      run_command(kNewsquery, {"stats", "-i", index_.string(), "--lmit=2"}, clean_env());
  EXPECT_EQ(stats.exit_code, 2);
  EXPECT_NE(stats.err.find("unknown option --lmit for 'stats' (did you mean --limit?)"),
            std::string::npos)
      << stats.err;
  CommandResult add = run_command(
      kNewsindex, {"add", "-i", index_.string(), "--jbos", "2", kCorpus.string()}, clean_env());
  EXPECT_EQ(add.exit_code, 2);
  EXPECT_NE(add.err.find("unknown option --jbos for 'add' (did you mean --jobs?)"),
            std::string::npos)
      << add.err;
  // A one-letter option that does not exist is no exclusion either.
  EXPECT_EQ(newsquery(index_, {"-l", "5", "putin"}).exit_code, 2);
}

TEST_F(SampleIndex, WordsThatBeginWithADashStayQueryWords) {
  // An exclusion typed as a word, and anything after "--", are the query's.
  EXPECT_EQ(total_of(index_, {"--no-facets", "ukraine", "-putin"}),
            total({"ukraine"}) - total({"ukraine", "putin"}));
  CommandResult after = newsquery(index_, {"--json", "--", "--limt"});
  EXPECT_NE(after.exit_code, 2) << after.err;
}

TEST_F(SampleIndex, OptionsOfACommandMayComeBeforeIt) {
  CommandResult result =
      run_command(kNewsquery, {"-i", index_.string(), "search", "--json", "putin"}, clean_env());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(nlohmann::json::parse(result.out)["total"], total({"putin"}));
}

// Every mentioned date a hit shows is accepted back by "mentions:" and finds that article.
TEST(MentionedDates, EveryValueAHitShowsIsSearchable) {
  TempFolder folder;
  write_file(folder / "in" / "a.jsonl",
             R"({"id":"m1","title":"Results","text":"Last week the company said profits in the )"
             R"(first half of 2018 had doubled. In the summer of 1986 it was founded. )"
             R"(Third-quarter 2024 earnings rose. The deal closed on April 4 at 14:00, and the )"
             R"(team rested over the weekend.","date":"2025-04-10","language":"en"})"
             "\n");
  ASSERT_EQ(newsindex_add(folder / "index", {(folder / "in").string()}).exit_code, 0);
  nlohmann::json result = search_json(folder / "index", {"--no-facets", "results"});
  ASSERT_EQ(result["hits"].size(), 1u);
  std::vector<std::string> shown = result["hits"][0]["mentioned_dates"];
  for (const char* expected : {"2025-W14", "2018-H1", "1986-SU", "2024-Q3", "2025-04-04"}) {
    EXPECT_NE(std::find(shown.begin(), shown.end(), expected), shown.end()) << expected;
  }
  for (const std::string& value : shown) {
    EXPECT_FALSE(value.ends_with("-W")) << value;  // "2025-W14-WE" was cut to "2025-W14-W"
    nlohmann::json found = search_json(folder / "index", {"--no-facets", "mentions:" + value});
    EXPECT_EQ(hit_ids(found), std::vector<std::string>{"m1"}) << value;
  }
  // Publication dates are days: a period is no publication date.
  EXPECT_EQ(newsquery(folder / "index", {"date:2018-H1"}).exit_code, 2);
  CommandResult bad = newsquery(folder / "index", {"mentions:2025-X1"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("2025-H1"), std::string::npos) << bad.err;
}

TEST_F(SampleIndex, AFacetLimitOfZeroListsEveryValue) {
  nlohmann::json all = search_json(index_, {"--facet-limit", "0", "--limit", "0"});
  const nlohmann::json& people = all["facets"]["person"];
  ASSERT_GT(people["distinct"].get<std::size_t>(), 10u);
  EXPECT_EQ(people["values"].size(), people["distinct"].get<std::size_t>());
  nlohmann::json ten = search_json(index_, {"--limit", "0"});
  EXPECT_EQ(ten["facets"]["person"]["values"].size(), 10u);
}

TEST(Grammar, ASearchOfOneArticleSaysArticle) {
  TempFolder folder;
  write_file(folder / "one.jsonl",
             R"({"id":"a","title":"Harbour","text":"The harbour reopened.","date":"2025-04-10"})"
             "\n");
  ASSERT_EQ(newsindex_add(folder / "index", {(folder / "one.jsonl").string()}).exit_code, 0);
  CommandResult none = newsquery(folder / "index", {"zzzz"});
  EXPECT_EQ(none.out, "No articles match \"zzzz\" (1 article searched).\n");
}

// --help shows what to type, with the choices and defaults in words, and ends with examples.
TEST(Help, ShowsNoParserInternalsAndEndsWithExamples) {
  const std::vector<std::pair<fs::path, std::vector<std::string>>> tools = {
      {kNewsindex, {"add", "extract", "stats", "compact", "train"}},
      {kNewsquery, {"search", "stats", "entity"}}};
  for (const auto& [tool, commands] : tools) {
    for (const std::string& command : commands) {
      CommandResult help = run_command(tool, {command, "--help"}, clean_env());
      ASSERT_EQ(help.exit_code, 0) << command;
      for (const char* internal : {"ENUM", "UINT", "->", "value in {", "POSITIVE", "INT in ["}) {
        EXPECT_EQ(help.out.find(internal), std::string::npos) << command << ": " << help.out;
      }
      const std::size_t examples = help.out.find("\nExamples:\n");
      ASSERT_NE(examples, std::string::npos) << command << ": " << help.out;
      EXPECT_NE(help.out.find("  " + tool.filename().string() + " " + command, examples),
                std::string::npos)
          << command << ": " << help.out;
    }
  }
  CommandResult extract = run_command(kNewsindex, {"extract", "--help"}, clean_env());
  EXPECT_NE(extract.out.find("--offsets bytes|codepoints (default: codepoints)"), std::string::npos)
      << extract.out;
}

}  // namespace
}  // namespace newsindex::testing
