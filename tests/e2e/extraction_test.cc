// Entities and mentioned dates end to end: extract's JSON, the filters, and what hits show.
#include "e2e_support.h"

namespace newsindex::testing {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

constexpr const char* kArchive =
    R"({"id":"talks","title":"Envoy meets Putin","date":"2025-04-12","language":"en","source":"Baltic Wire","text":"U.S. envoy Steve Witkoff met Russian President Vladimir Putin in St. Petersburg on Friday. Kremlin spokesperson Dmitry Peskov said the talks were useful. Witkoff later flew to Washington. Nineteen people were killed in the April 4 attack."})"
    "\n"
    R"({"id":"kyiv","title":"Zelensky in Kyiv","date":"2025-04-20","language":"en","source":"Harbour Times","text":"Ukrainian President Volodymyr Zelensky said in Kyiv on Sunday that Russian President Vladimir Putin wanted to prolong the war, which began with the 2022 invasion."})"
    "\n"
    R"({"id":"budget","title":"Budget talks","date":"2025-03-02","language":"en","source":"Harbour Times","text":"The European Commission presented its budget in Brussels on Tuesday, and officials said a vote was expected in April 2025."})"
    "\n"
    R"({"id":"undated","title":"A history note","language":"en","text":"The treaty was signed on March 1, 2008 in Paris by the French and German foreign ministers. It took effect in 2009."})"
    "\n";

class Extraction : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = new TempFolder();
    write_file(*folder_ / "news.jsonl", kArchive);
    CommandResult result = newsindex_add(*folder_ / "index", {(*folder_ / "news.jsonl").string()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
  }
  static void TearDownTestSuite() { delete folder_; }
  static fs::path index() { return *folder_ / "index"; }
  static TempFolder* folder_;
};

TempFolder* Extraction::folder_ = nullptr;

TEST_F(Extraction, PersonFilterFindsByFullNameOrAnyNamePart) {
  EXPECT_EQ(total_of(index(), {"person:\"Vladimir Putin\""}), 2u);
  EXPECT_EQ(total_of(index(), {"person:putin"}), 2u);
  EXPECT_EQ(total_of(index(), {"person:PUTIN"}), 2u);
  EXPECT_EQ(total_of(index(), {"person:witkoff"}), 1u);
  EXPECT_EQ(total_of(index(), {"person:\"Steve Witkoff\""}), 1u);
  EXPECT_EQ(total_of(index(), {"person:zelensky"}), 1u);
}

TEST_F(Extraction, RepeatedFiltersMeanBothAndMinusExcludes) {
  EXPECT_EQ(hit_ids(search_json(index(), {"person:putin", "person:witkoff"})),
            std::vector<std::string>{"talks"});
  EXPECT_EQ(hit_ids(search_json(index(), {"person:putin", "-person:witkoff"})),
            std::vector<std::string>{"kyiv"});
  EXPECT_EQ(total_of(index(), {"person:putin", "person:\"=Putin\""}), 0u);
  EXPECT_EQ(total_of(index(), {"person:\"=Vladimir Putin\""}), 2u);
}

TEST_F(Extraction, PlaceAndOrgFiltersFoldAndResolveAliases) {
  EXPECT_EQ(hit_ids(search_json(index(), {"place:kyiv"})), std::vector<std::string>{"kyiv"});
  EXPECT_EQ(total_of(index(), {"place:Kyiv"}), 1u);
  EXPECT_EQ(total_of(index(), {"place:\"St. Petersburg\""}), 1u);
  EXPECT_EQ(total_of(index(), {"place:brussels"}), 1u);
  EXPECT_EQ(total_of(index(), {"org:\"European Commission\""}), 1u);
  // "U.S. envoy" is a place mention in the CoNLL convention; its aliases all find it.
  EXPECT_EQ(total_of(index(), {"place:\"United States\""}), 1u);
  EXPECT_EQ(total_of(index(), {"place:\"U.S.\""}), 1u);
  EXPECT_EQ(total_of(index(), {"place:USA"}), 1u);
  EXPECT_EQ(total_of(index(), {"place:paris"}), 1u);
}

TEST_F(Extraction, MentionedDatesAreSearchableLikePublicationDates) {
  EXPECT_EQ(hit_ids(search_json(index(), {"mentions:2025-04-04"})),
            std::vector<std::string>{"talks"});
  // "April 2025" (budget) and April 4 and April 11 (talks) are in April; Sunday April 20 too.
  EXPECT_EQ(total_of(index(), {"mentions:2025-04"}), 3u);
  EXPECT_EQ(total_of(index(), {"mentions:2025-04-01..2025-04-30"}), 3u);
  // A mere month is not a day in it.
  EXPECT_EQ(total_of(index(), {"mentions:2025-04-01..2025-04-29"}), 2u);
  EXPECT_EQ(hit_ids(search_json(index(), {"mentions:2022"})), std::vector<std::string>{"kyiv"});
  EXPECT_EQ(total_of(index(), {"mentions:..2010"}), 1u);
  EXPECT_EQ(total_of(index(), {"mentions:2025-04", "date:2025-03"}), 1u);
  EXPECT_EQ(total_of(index(), {"mentions:2025-04", "person:putin"}), 2u);
  EXPECT_EQ(total_of(index(), {"mentions:2025-04", "budget"}), 1u);
}

TEST_F(Extraction, AnArticleWithoutADateKeepsItsAbsoluteDates) {
  EXPECT_EQ(hit_ids(search_json(index(), {"mentions:2008-03-01"})),
            std::vector<std::string>{"undated"});
  EXPECT_EQ(hit_ids(search_json(index(), {"mentions:2009"})), std::vector<std::string>{"undated"});
}

TEST_F(Extraction, HitsShowTheirEntitiesAndDates) {
  Json result = search_json(index(), {"envoy"});
  ASSERT_EQ(result["hits"].size(), 1u);
  const Json& hit = result["hits"][0];
  ASSERT_TRUE(hit["entities"]["person"].is_array());
  std::vector<std::string> people;
  for (const Json& person : hit["entities"]["person"]) people.push_back(person["name"]);
  EXPECT_EQ(people.front(), "Steve Witkoff");  // mentioned three times
  EXPECT_NE(std::find(people.begin(), people.end(), "Vladimir Putin"), people.end());
  EXPECT_NE(std::find(people.begin(), people.end(), "Dmitry Peskov"), people.end());
  EXPECT_TRUE(hit["entities"]["org"].is_array());
  EXPECT_TRUE(hit["entities"]["place"].is_array());
  std::vector<std::string> dates = hit["mentioned_dates"];
  EXPECT_NE(std::find(dates.begin(), dates.end(), "2025-04-04"), dates.end());
  EXPECT_NE(std::find(dates.begin(), dates.end(), "2025-04-11"), dates.end());

  CommandResult human = newsquery(index(), {"envoy"});
  EXPECT_NE(human.out.find("person: Steve Witkoff"), std::string::npos) << human.out;
  EXPECT_NE(human.out.find("mentions: "), std::string::npos) << human.out;
}

std::vector<Json> json_lines(const std::string& out) {
  std::vector<Json> lines;
  std::size_t at = 0;
  while (at < out.size()) {
    std::size_t end = out.find('\n', at);
    lines.push_back(Json::parse(out.substr(at, end - at)));
    at = end + 1;
  }
  return lines;
}

const Json* find_by(const Json& items, const char* key, const std::string& value) {
  for (const Json& item : items) {
    if (item[key] == value) return &item;
  }
  return nullptr;
}

TEST(Extract, PrintsOneJsonObjectPerArticleWithCodePointOffsetsIntoText) {
  TempFolder folder;
  const std::string english =
      "Café owners in Kraków said Ukrainian President Volodymyr Zelensky visited Kyiv on Friday.";
  const std::string french =
      "Le président Zélensky a rencontré Emmanuel Macron à Paris le 4 avril 2025.";
  write_file(
      folder / "a.jsonl",
      R"({"id":"en","title":"Visit","date":"2025-04-12","language":"en","text":")" + english +
          "\"}\n" + R"({"id":"fr","title":"Titre","date":"2025-04-11","language":"fr","text":")" +
          french + "\"}\n" +
          R"({"id":"gold","dct":"2025-04-12","text":"Russian President Vladimir Putin met envoy Steve Witkoff on Friday."})"
          "\n");
  CommandResult result =
      run_command(kNewsindex, {"extract", (folder / "a.jsonl").string()}, clean_env());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::vector<Json> lines = json_lines(result.out);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0]["id"], "en");
  for (const Json& entity : lines[0]["entities"]) {
    for (const char* key : {"start", "end", "type", "text", "canonical"})
      ASSERT_TRUE(entity.contains(key));
  }
  const std::u32string english32 =
      U"Café owners in Kraków said Ukrainian President Volodymyr Zelensky visited Kyiv on Friday.";
  const Json* zelensky = find_by(lines[0]["entities"], "text", "Volodymyr Zelensky");
  ASSERT_NE(zelensky, nullptr) << lines[0].dump();
  EXPECT_EQ((*zelensky)["type"], "PER");
  EXPECT_EQ((*zelensky)["start"].get<std::size_t>(), english32.find(U"Volodymyr"));
  EXPECT_EQ((*zelensky)["end"].get<std::size_t>(), english32.find(U" visited"));
  const Json* kyiv = find_by(lines[0]["entities"], "text", "Kyiv");
  ASSERT_NE(kyiv, nullptr) << lines[0].dump();
  EXPECT_EQ((*kyiv)["start"].get<std::size_t>(), english32.find(U"Kyiv"));
  const Json* friday = find_by(lines[0]["timexes"], "text", "Friday");
  ASSERT_NE(friday, nullptr) << lines[0].dump();
  for (const char* key : {"start", "end", "type", "value", "text"})
    ASSERT_TRUE(friday->contains(key));
  EXPECT_EQ((*friday)["value"], "2025-04-11");
  EXPECT_EQ((*friday)["type"], "DATE");
  EXPECT_EQ((*friday)["start"].get<std::size_t>(), english32.find(U"Friday"));

  // Other languages get places (and dates), not the English model's people and organisations.
  const std::u32string french32 =
      U"Le président Zélensky a rencontré Emmanuel Macron à Paris le 4 avril 2025.";
  const Json* paris = find_by(lines[1]["entities"], "text", "Paris");
  ASSERT_NE(paris, nullptr) << lines[1].dump();
  EXPECT_EQ((*paris)["type"], "LOC");
  EXPECT_EQ((*paris)["start"].get<std::size_t>(), french32.find(U"Paris"));
  for (const Json& entity : lines[1]["entities"]) EXPECT_EQ(entity["type"], "LOC") << entity.dump();
  const Json* april = find_by(lines[1]["timexes"], "value", "2025-04-04");
  ASSERT_NE(april, nullptr) << lines[1].dump();
  EXPECT_EQ((*april)["start"].get<std::size_t>(), french32.find(U"4 avril"));

  // "dct" works as the reference date: Friday before Saturday April 12 is April 11.
  EXPECT_NE(find_by(lines[2]["timexes"], "value", "2025-04-11"), nullptr) << lines[2].dump();

  CommandResult bytes = run_command(
      kNewsindex, {"extract", "--offsets", "bytes", (folder / "a.jsonl").string()}, clean_env());
  ASSERT_EQ(bytes.exit_code, 0);
  Json first = json_lines(bytes.out)[0];
  const Json* kyiv_bytes = find_by(first["entities"], "text", "Kyiv");
  ASSERT_NE(kyiv_bytes, nullptr);
  EXPECT_EQ((*kyiv_bytes)["start"].get<std::size_t>(), english.find("Kyiv"));
}

TEST(Extract, UserEntityListsCanonicaliseAliases) {
  TempFolder folder;
  write_file(folder / "list.txt", "PER: Volodymyr Zelensky | Zelenskyy | Selenskyj\n");
  write_file(folder / "a.jsonl",
             R"({"id":"a","language":"en","text":"President Zelenskyy spoke in Kyiv on Monday."})"
             "\n");
  CommandResult result = run_command(
      kNewsindex,
      {"extract", "--entities", (folder / "list.txt").string(), (folder / "a.jsonl").string()},
      clean_env());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  Json line = Json::parse(result.out);
  bool found = false;
  for (const Json& entity : line["entities"]) found |= entity["canonical"] == "Volodymyr Zelensky";
  EXPECT_TRUE(found) << line.dump();
}

TEST(Extract, NoExtractIndexesTextOnly) {
  TempFolder folder;
  write_file(folder / "a.jsonl", std::string(kArchive));
  CommandResult result =
      newsindex_add(folder / "index", {(folder / "a.jsonl").string()}, {"--no-extract"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(total_of(folder / "index", {"putin"}), 2u);
  EXPECT_EQ(total_of(folder / "index", {"person:putin"}), 0u);
  EXPECT_EQ(total_of(folder / "index", {"mentions:2022"}), 0u);
}

TEST(Extract, WithoutRuleLeavesOneDocumentRuleOutToMeasureIt) {
  TempFolder folder;
  // A wire story's last line is its sign-off: drop_sign_off keeps it out of the names.
  write_file(folder / "a.txt", "Shares of Harbour Freight Ltd rose on Tuesday in Oslo.\nREUTER\n");
  auto names = [&](std::vector<std::string> extra) {
    std::vector<std::string> args{"extract"};
    args.insert(args.end(), extra.begin(), extra.end());
    args.push_back((folder / "a.txt").string());
    CommandResult result = run_command(kNewsindex, args, clean_env());
    EXPECT_EQ(result.exit_code, 0) << result.err;
    const Json line = Json::parse(result.out);
    std::vector<std::string> texts;
    for (const Json& entity : line["entities"]) texts.push_back(entity["text"].get<std::string>());
    return texts;
  };
  const std::vector<std::string> every_rule = names({});
  EXPECT_EQ(std::count(every_rule.begin(), every_rule.end(), "REUTER"), 0);
  EXPECT_EQ(std::count(every_rule.begin(), every_rule.end(), "Oslo"), 1);
  const std::vector<std::string> without = names({"--without-rule", "drop_sign_off"});
  EXPECT_EQ(std::count(without.begin(), without.end(), "REUTER"), 1);
  EXPECT_EQ(std::count(without.begin(), without.end(), "Oslo"), 1);

  CommandResult unknown = run_command(
      kNewsindex, {"extract", "--without-rule", "no_such_rule", (folder / "a.txt").string()},
      clean_env());
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("no_such_rule"), std::string::npos) << unknown.err;
  // The message lists the rules, so the name can be corrected.
  EXPECT_NE(unknown.err.find("drop_sign_off"), std::string::npos) << unknown.err;
}

TEST(Extract, AMissingModelIsAClearError) {
  TempFolder folder;
  write_file(folder / "a.jsonl", std::string(kArchive));
  CommandResult result = newsindex_add(folder / "index", {(folder / "a.jsonl").string()},
                                       {"--model", (folder / "none.model").string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("none.model"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace newsindex::testing

namespace newsindex::testing {
namespace {

using Json = nlohmann::json;

TEST_F(Extraction, FacetJsonHasTheDocumentedShape) {
  Json result = search_json(index(), {"--facet-limit", "3", "putin"});
  ASSERT_TRUE(result.contains("facets")) << result.dump();
  const Json& facets = result["facets"];
  EXPECT_EQ(facets["exact"], true);
  EXPECT_EQ(facets["documents_counted"], 2);
  EXPECT_EQ(facets["order"], "count");
  for (const char* name : {"person", "org", "place", "source", "lang"}) {
    ASSERT_TRUE(facets.contains(name)) << name;
    EXPECT_TRUE(facets[name]["distinct"].is_number()) << name;
    ASSERT_TRUE(facets[name]["values"].is_array()) << name;
    EXPECT_LE(facets[name]["values"].size(), 3u) << name;
    for (const Json& value : facets[name]["values"]) {
      EXPECT_TRUE(value["value"].is_string());
      EXPECT_TRUE(value["count"].is_number());
      EXPECT_TRUE(value["filter"].is_string());
    }
  }
  EXPECT_EQ(facets["person"]["values"][0]["value"], "Vladimir Putin");
  EXPECT_EQ(facets["person"]["values"][0]["count"], 2);
  EXPECT_EQ(facets["person"]["values"][0]["filter"], "person:\"=Vladimir Putin\"");
  for (const char* name : {"published", "mentioned"}) {
    ASSERT_TRUE(facets.contains(name)) << name;
    EXPECT_TRUE(facets[name]["by"].is_string());
    ASSERT_TRUE(facets[name]["buckets"].is_array());
  }
  EXPECT_EQ(facets["published"]["by"], "day");
  EXPECT_EQ(facets["published"]["buckets"].front()["value"], "2025-04-12");
  EXPECT_EQ(facets["published"]["buckets"].front()["filter"], "date:2025-04-12");

  Json significant = search_json(index(), {"--facet-order", "significant", "putin"});
  EXPECT_EQ(significant["facets"]["order"], "significant");
  EXPECT_TRUE(significant["facets"]["person"]["values"][0].contains("score"));
  EXPECT_TRUE(significant["facets"]["person"]["values"][0].contains("background_count"));

  Json only = search_json(index(), {"--facets", "person,lang", "putin"});
  EXPECT_TRUE(only["facets"].contains("person"));
  EXPECT_FALSE(only["facets"].contains("org"));
  EXPECT_FALSE(only["facets"].contains("published"));
  EXPECT_FALSE(search_json(index(), {"--no-facets", "putin"}).contains("facets"));
}

TEST_F(Extraction, HumanFacetsShowColumnsAndBars) {
  CommandResult result = newsquery(index(), {"--by", "month", "putin"});
  ASSERT_EQ(result.exit_code, 0);
  EXPECT_NE(result.out.find("Facets: exact counts over 2 articles"), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("People ("), std::string::npos);
  EXPECT_NE(result.out.find("Published, by month"), std::string::npos);
  EXPECT_NE(result.out.find("2025-04 2 │"), std::string::npos) << result.out;
}

TEST_F(Extraction, StatsSummarisesTheArchive) {
  CommandResult result =
      run_command(kNewsquery, {"stats", "-i", index().string(), "--json"}, clean_env());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  Json stats = Json::parse(result.out);
  EXPECT_EQ(stats["total"], 4);
  EXPECT_EQ(stats["facets"]["documents_counted"], 4);
  EXPECT_EQ(stats["hits"][0]["id"], "kyiv");  // newest first
  CommandResult human = run_command(kNewsquery, {"stats", "-i", index().string()}, clean_env());
  EXPECT_NE(human.out.find("Archive: 4 articles, published 2025-03-02 to 2025-04-20"),
            std::string::npos)
      << human.out;
  // A search with no words is the same summary.
  EXPECT_EQ(search_json(index(), {})["facets"]["documents_counted"], 4);
}

TEST_F(Extraction, EntityProfile) {
  CommandResult result =
      run_command(kNewsquery, {"entity", "-i", index().string(), "--json", "putin"}, clean_env());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  Json profile = Json::parse(result.out);
  EXPECT_EQ(profile["version"], 1);
  EXPECT_EQ(profile["entity"]["name"], "Vladimir Putin");
  EXPECT_EQ(profile["entity"]["type"], "person");
  EXPECT_EQ(profile["articles"], 2);
  EXPECT_EQ(profile["first_mention"], "2025-04-12");
  EXPECT_EQ(profile["last_mention"], "2025-04-20");
  EXPECT_EQ(profile["recent"][0]["id"], "kyiv");
  EXPECT_TRUE(profile["timeline"]["buckets"].is_array());
  bool with_zelensky = false;
  for (const Json& value : profile["cooccurring"]["person"])
    with_zelensky |= value["value"] == "Volodymyr Zelensky";
  EXPECT_TRUE(with_zelensky) << profile.dump();
  CommandResult human =
      run_command(kNewsquery, {"entity", "-i", index().string(), "Witkoff"}, clean_env());
  EXPECT_NE(human.out.find("Steve Witkoff (person)"), std::string::npos) << human.out;
  EXPECT_NE(human.out.find("also written: Witkoff"), std::string::npos) << human.out;
  CommandResult missing =
      run_command(kNewsquery, {"entity", "-i", index().string(), "Nobody Here"}, clean_env());
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("no entity named \"Nobody Here\""), std::string::npos);
}

}  // namespace
}  // namespace newsindex::testing
