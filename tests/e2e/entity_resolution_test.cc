// One real entity, one facet value: the archive's own resolution of short names, and the user's
// curation file, applied by every query without indexing again, with counts that stay exact.
#include <fstream>
#include <set>

#include "e2e_support.h"

namespace newsindex::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

void write_file(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

std::string article(const std::string& id, const std::string& date, const std::string& title,
                    const std::string& text) {
  return json{{"id", id}, {"date", date}, {"title", title}, {"text", text}, {"source", "Test Wire"}}
             .dump() +
         "\n";
}

// Volcker: named in full in four articles and alone in three, in the same context. Smith: John
// Smith and Mary Smith equally often, and "Smith" alone elsewhere: it must stay apart.
std::string archive() {
  std::string text;
  for (int i = 1; i <= 4; ++i) {
    text += article("v" + std::to_string(i), "1987-03-0" + std::to_string(i), "Fed chairman speaks",
                    "Federal Reserve Board chairman Paul Volcker said in Washington on Tuesday "
                    "that interest rates would stay steady. Volcker told the Senate banking "
                    "committee that the dollar had fallen far enough.");
  }
  for (int i = 1; i <= 3; ++i) {
    text += article("w" + std::to_string(i), "1987-03-1" + std::to_string(i), "Fed view",
                    "Volcker said in Washington that the Federal Reserve would keep a close "
                    "watch on inflation, according to a speech on Monday.");
  }
  for (int i = 1; i <= 3; ++i) {
    text += article("j" + std::to_string(i), "1987-05-0" + std::to_string(i), "Acme results",
                    "Acme Corp chief executive John Smith said in Boston on Thursday that "
                    "profits rose. John Smith expects more growth.");
    text += article("m" + std::to_string(i), "1987-06-0" + std::to_string(i), "Globex hires",
                    "Globex Inc named Mary Smith as finance director, the company said in "
                    "Denver on Friday. Mary Smith joins from a bank.");
  }
  for (int i = 1; i <= 2; ++i) {
    text += article("s" + std::to_string(i), "1987-07-0" + std::to_string(i), "Market comment",
                    "Smith said the market in Chicago was calm on Wednesday, traders reported.");
  }
  return text;
}

class ResolvedIndex : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(folder_ / "archive.jsonl", archive());
    CommandResult added = newsindex_add(index_, {(folder_ / "archive.jsonl").string()});
    ASSERT_EQ(added.exit_code, 0) << added.err;
  }

  CommandResult curate(std::vector<std::string> args) {
    args.insert(args.begin(), {"curate", "-i", index_.string()});
    return run_command(kNewsindex, args, clean_env());
  }

  // facet name -> label -> count, over every article, every value listed.
  std::map<std::string, std::map<std::string, std::size_t>> facets(
      const std::vector<std::string>& query = {}) {
    std::vector<std::string> args{"--facet-limit", "0", "--limit", "0", "--"};
    args.insert(args.end(), query.begin(), query.end());
    json result = search_json(index_, args);
    std::map<std::string, std::map<std::string, std::size_t>> out;
    for (const std::string name : {"person", "org", "place"}) {
      for (const json& value : result["facets"][name]["values"]) {
        out[name][value["value"].get<std::string>()] = value["count"].get<std::size_t>();
        // Every value's filter selects exactly its count, with or without the query.
        std::vector<std::string> drill = query;
        drill.push_back(value["filter"].get<std::string>());
        drill.insert(drill.begin(), {"--no-facets", "--"});
        EXPECT_EQ(total_of(index_, drill), value["count"].get<std::size_t>())
            << value["filter"] << " after " << ::testing::PrintToString(query);
      }
    }
    return out;
  }

  json entity_json(const std::string& name) {
    CommandResult result =
        run_command(kNewsquery, {"entity", "-i", index_.string(), "--json", name}, clean_env());
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return json::parse(result.out, nullptr, false);
  }

  TempFolder folder_;
  fs::path index_ = folder_ / "index";
};

TEST_F(ResolvedIndex, ALoneSurnameCountsAsTheFullNameTheArchiveUses) {
  auto all = facets();
  EXPECT_EQ(all["person"]["Paul Volcker"], 7u);
  EXPECT_EQ(all["person"].count("Volcker"), 0u);
  // Within a search too, and the drill-down filters select exactly the counts.
  auto volcker = facets({"person:volcker"});
  EXPECT_EQ(volcker["person"]["Paul Volcker"], 7u);
  // Significance weighs a value against its count in the whole archive, as resolved.
  json significant = search_json(index_, {"--limit", "0", "--facets", "person", "--facet-order",
                                          "significant", "--", "washington"});
  bool found = false;
  for (const json& value : significant["facets"]["person"]["values"]) {
    if (value["value"] != "Paul Volcker") continue;
    found = true;
    EXPECT_EQ(value["background_count"], 7) << value.dump();
  }
  EXPECT_TRUE(found) << significant.dump();
  json profile = entity_json("volcker");
  EXPECT_EQ(profile["entity"]["name"], "Paul Volcker");
  EXPECT_EQ(profile["articles"], 7);
  ASSERT_EQ(profile["resolved_from"].size(), 1u) << profile.dump();
  EXPECT_EQ(profile["resolved_from"][0]["name"], "Volcker");
  EXPECT_EQ(profile["resolved_from"][0]["articles"], 3);
  EXPECT_NE(profile["resolved_from"][0]["reason"].get<std::string>().find("archive"),
            std::string::npos);
}

TEST_F(ResolvedIndex, AFilterThatMatchesSeveralEntitiesSaysSo) {
  json result = search_json(index_, {"--limit", "0", "--", "person:smith"});
  ASSERT_EQ(result["ambiguous_filters"].size(), 1u) << result.dump();
  const json& ambiguous = result["ambiguous_filters"][0];
  EXPECT_EQ(ambiguous["filter"], "person:smith");
  EXPECT_EQ(ambiguous["entities"], 3);
  std::set<std::string> names;
  for (const json& value : ambiguous["shown"]) names.insert(value["value"].get<std::string>());
  EXPECT_EQ(names, (std::set<std::string>{"John Smith", "Mary Smith", "Smith"}));
  CommandResult text = newsquery(index_, {"--limit", "0", "person:smith"});
  EXPECT_NE(text.out.find("person:smith matches 3 people: "), std::string::npos) << text.out;
  // One entity: nothing to say.
  EXPECT_TRUE(
      search_json(index_, {"--limit", "0", "--", "person:volcker"})["ambiguous_filters"].empty());
}

TEST_F(ResolvedIndex, ASurnameTwoPeopleShareStaysApart) {
  auto all = facets();
  EXPECT_EQ(all["person"]["Smith"], 2u);
  EXPECT_EQ(all["person"]["John Smith"], 3u);
  EXPECT_EQ(all["person"]["Mary Smith"], 3u);
  json profile = entity_json("smith");
  EXPECT_EQ(profile["entity"]["name"], "Smith");
  std::set<std::string> others;
  for (const json& other : profile["also"]) others.insert(other["name"].get<std::string>());
  EXPECT_TRUE(others.contains("John Smith") && others.contains("Mary Smith")) << profile.dump();
}

TEST_F(ResolvedIndex, CurationChangesFacetsFiltersAndProfilesAndRemovingItRestoresThem) {
  auto before = facets();
  ASSERT_EQ(before["org"]["Acme Corp"], 3u);
  ASSERT_EQ(before["place"]["Chicago"], 2u);
  write_file(folder_ / "team.curation",
             "# decisions of the business desk\n"
             "merge person \"Smith\" into \"John Smith\"\n"
             "rename person \"Mary Smith\" to \"Mary J. Smith\"\n"
             "\n"
             "hide org \"Acme Corp\"\n"
             "retype place \"Chicago\" to org\n");
  CommandResult stored = curate({(folder_ / "team.curation").string()});
  ASSERT_EQ(stored.exit_code, 0) << stored.err;

  auto after = facets();
  EXPECT_EQ(after["person"]["John Smith"], 5u);
  EXPECT_EQ(after["person"].count("Smith"), 0u);
  EXPECT_EQ(after["person"]["Mary J. Smith"], 3u);
  EXPECT_EQ(after["person"].count("Mary Smith"), 0u);
  EXPECT_EQ(after["org"].count("Acme Corp"), 0u);
  EXPECT_EQ(after["org"]["Chicago"], 2u);
  EXPECT_EQ(after["place"].count("Chicago"), 0u);
  // A hidden name still filters; the renamed one is found by its new name.
  EXPECT_EQ(total_of(index_, {"--no-facets", "--", "org:\"=Acme Corp\""}), 3u);
  EXPECT_EQ(total_of(index_, {"--no-facets", "--", "person:\"Mary J. Smith\""}), 3u);
  json profile = entity_json("Mary J. Smith");
  EXPECT_EQ(profile["entity"]["name"], "Mary J. Smith");
  EXPECT_EQ(profile["articles"], 3);
  ASSERT_EQ(profile["resolved_from"].size(), 1u);
  EXPECT_NE(profile["resolved_from"][0]["reason"].get<std::string>().find("team.curation:3"),
            std::string::npos)
      << profile.dump();

  // Articles indexed after the curation follow it.
  write_file(folder_ / "more.jsonl",
             article("m9", "1987-06-09", "Globex again",
                     "Globex Inc said Mary Smith would speak in Denver on Friday."));
  ASSERT_EQ(newsindex_add(index_, {(folder_ / "more.jsonl").string()}).exit_code, 0);
  EXPECT_EQ(facets()["person"]["Mary J. Smith"], 4u);

  // Removing the decisions restores the names as extracted.
  CommandResult cleared = curate({"--clear"});
  ASSERT_EQ(cleared.exit_code, 0) << cleared.err;
  auto restored = facets();
  EXPECT_EQ(restored["person"]["Smith"], 2u);
  EXPECT_EQ(restored["person"]["Mary Smith"], 4u);
  EXPECT_EQ(restored["person"].count("Mary J. Smith"), 0u);
  EXPECT_EQ(restored["org"]["Acme Corp"], 3u);
  EXPECT_EQ(restored["place"]["Chicago"], 2u);
}

TEST_F(ResolvedIndex, ASplitByContextCountsEachArticleOnce) {
  write_file(folder_ / "split.curation",
             "split person \"Mary Smith\" when place \"Denver\" as \"Mary Smith (Globex)\"\n");
  write_file(folder_ / "more.jsonl",
             article("m8", "1987-08-01", "Another Mary Smith",
                     "Mary Smith won the golf tournament in Miami on Sunday."));
  ASSERT_EQ(newsindex_add(index_, {(folder_ / "more.jsonl").string()}).exit_code, 0);
  ASSERT_EQ(curate({(folder_ / "split.curation").string()}).exit_code, 0);
  auto all = facets();
  EXPECT_EQ(all["person"]["Mary Smith (Globex)"], 3u);
  EXPECT_EQ(all["person"]["Mary Smith"], 1u);
  facets({"person:smith"});
}

TEST_F(ResolvedIndex, ABadCurationFileNamesItsLineAndStoresNothing) {
  write_file(folder_ / "good.curation", "hide org \"Acme Corp\"\n");
  ASSERT_EQ(curate({(folder_ / "good.curation").string()}).exit_code, 0);
  write_file(folder_ / "bad.curation",
             "hide org \"Globex Inc\"\nmerge person \"Smith\" \"John Smith\"\n");
  CommandResult bad = curate({(folder_ / "bad.curation").string()});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("bad.curation:2: expected \"into\""), std::string::npos) << bad.err;
  // The decisions stored before still apply.
  auto all = facets();
  EXPECT_EQ(all["org"].count("Acme Corp"), 0u);
  EXPECT_EQ(all["org"]["Globex Inc"], 3u);
  CommandResult shown = curate({"--show"});
  EXPECT_EQ(shown.out, "hide org \"Acme Corp\"\n");
}

TEST_F(ResolvedIndex, TheEntityListShowsCountsAndVariantsAsTextJsonAndCsv) {
  auto list = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {"entities", "-i", index_.string()});
    return run_command(kNewsquery, args, clean_env());
  };
  CommandResult as_json = list({"--json", "volcker"});
  ASSERT_EQ(as_json.exit_code, 0) << as_json.err;
  json parsed = json::parse(as_json.out);
  EXPECT_EQ(parsed["version"], 1);
  EXPECT_EQ(parsed["type"], "person");
  ASSERT_EQ(parsed["entities"].size(), 1u);
  EXPECT_EQ(parsed["entities"][0]["name"], "Paul Volcker");
  EXPECT_EQ(parsed["entities"][0]["articles"], 7);
  EXPECT_EQ(parsed["entities"][0]["variants"][0]["name"], "Volcker");
  CommandResult text = list({"smith"});
  EXPECT_NE(text.out.find("3 people matching \"smith\""), std::string::npos) << text.out;
  CommandResult csv = list({"--csv", "--type", "place"});
  EXPECT_EQ(csv.out.rfind("name,type,articles,hidden,filter,variants\r\n", 0), 0u) << csv.out;
  EXPECT_NE(csv.out.find("Washington,place,7,false,\"place:\"\"=Washington\"\"\",\r\n"),
            std::string::npos)
      << csv.out;
  EXPECT_EQ(list({"nobody"}).exit_code, 1);
}

}  // namespace
}  // namespace newsindex::testing
