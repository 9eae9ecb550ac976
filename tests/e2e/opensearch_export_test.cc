// newsindex export --format opensearch-bulk|opensearch-mapping: one action and one document line
// per article, entities named as the index resolves them (as search hits name them), dates that
// select what "mentions:" selects, and a mapping that covers every field written (issue 21, "Past
// one machine").
#include <fstream>
#include <set>
#include <sstream>

#include "e2e_support.h"

namespace newsindex::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Short names the archive resolves ("Volcker" alone counts as "Paul Volcker"), for a curation
// to rename and hide on top of the sample corpus.
std::string resolution_archive() {
  std::string text;
  for (int i = 1; i <= 4; ++i) {
    text += json{{"id", "v" + std::to_string(i)},
                 {"date", "1987-03-0" + std::to_string(i)},
                 {"title", "Fed chairman speaks"},
                 {"source", "Test Wire"},
                 {"text",
                  "Federal Reserve Board chairman Paul Volcker said in Washington on Tuesday that "
                  "interest rates would stay steady. Volcker told the Senate banking committee "
                  "on March 3, 1987 that the dollar had fallen far enough."}}
                .dump() +
            "\n";
  }
  for (int i = 1; i <= 3; ++i) {
    text += json{{"id", "w" + std::to_string(i)},
                 {"date", "1987-03-1" + std::to_string(i) + "T09:30:00+02:00"},
                 {"title", "Fed view"},
                 {"source", "Test Wire"},
                 {"text",
                  "Volcker said in Washington that the Federal Reserve would keep a close watch "
                  "on inflation in April 1987, according to a speech on Monday."}}
                .dump() +
            "\n";
  }
  return text;
}

class OpenSearchExport : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = new TempFolder();
    index_ = *folder_ / "index";
    write_file(*folder_ / "fed.jsonl", resolution_archive());
    CommandResult added = newsindex_add(
        index_, {kCorpus.string(), (*folder_ / "fed.jsonl").string()}, {"--jobs", "2"});
    ASSERT_EQ(added.exit_code, 0) << added.err;
    write_file(*folder_ / "team.curation",
               "rename person \"Paul Volcker\" to \"Paul A. Volcker\"\n"
               "hide place \"Washington\"\n");
    CommandResult curated = run_command(
        kNewsindex, {"curate", "-i", index_.string(), (*folder_ / "team.curation").string()},
        clean_env());
    ASSERT_EQ(curated.exit_code, 0) << curated.err;
    CommandResult exported = export_command({"-o", (*folder_ / "bulk.ndjson").string()});
    ASSERT_EQ(exported.exit_code, 0) << exported.err;
    bulk_text_ = new std::string(read_text(*folder_ / "bulk.ndjson"));
  }
  static void TearDownTestSuite() {
    delete bulk_text_;
    delete folder_;
  }

  static CommandResult export_command(std::vector<std::string> args) {
    args.insert(args.begin(), {"export", "-i", index_.string()});
    return run_command(kNewsindex, args, clean_env());
  }

  // The bulk file's lines, each parsed; fails the test on a line that is not JSON.
  static std::vector<json> bulk_lines() {
    std::vector<json> lines;
    std::istringstream in(*bulk_text_);
    std::string line;
    while (std::getline(in, line)) {
      lines.push_back(json::parse(line, nullptr, false));
      EXPECT_FALSE(lines.back().is_discarded()) << line;
    }
    return lines;
  }

  // The documents by id.
  static std::map<std::string, json> documents() {
    std::map<std::string, json> by_id;
    std::vector<json> lines = bulk_lines();
    for (std::size_t i = 1; i < lines.size(); i += 2) by_id[lines[i]["id"]] = lines[i];
    return by_id;
  }

  // Every article as search hits show it, by id.
  static std::map<std::string, json> hits() {
    const std::size_t all = total_of(index_, {"--no-facets"});
    json result = search_json(index_, {"--no-facets", "--limit", std::to_string(all)});
    std::map<std::string, json> by_id;
    for (const json& hit : result["hits"]) by_id[hit["id"]] = hit;
    EXPECT_EQ(by_id.size(), all);
    return by_id;
  }

  static std::set<std::string> ids_matching(const std::string& query) {
    const std::size_t all = total_of(index_, {"--no-facets"});
    std::vector<std::string> found =
        hit_ids(search_json(index_, {"--no-facets", "--limit", std::to_string(all), "--", query}));
    return {found.begin(), found.end()};
  }

  static TempFolder* folder_;
  static fs::path index_;
  static std::string* bulk_text_;
};

TempFolder* OpenSearchExport::folder_ = nullptr;
fs::path OpenSearchExport::index_;
std::string* OpenSearchExport::bulk_text_ = nullptr;

TEST_F(OpenSearchExport, EveryArticleIsOneActionAndOneDocumentLineWithAUniqueId) {
  ASSERT_FALSE(bulk_text_->empty());
  EXPECT_EQ(bulk_text_->back(), '\n');  // the _bulk API needs the last line ended
  std::vector<json> lines = bulk_lines();
  ASSERT_EQ(lines.size() % 2, 0u);
  std::set<std::string> ids;
  for (std::size_t i = 0; i < lines.size(); i += 2) {
    const json& action = lines[i];
    const json& document = lines[i + 1];
    ASSERT_TRUE(action.is_object() && action.size() == 1 && action.contains("index"))
        << action.dump();
    EXPECT_EQ(action["index"]["_index"], "news");
    ASSERT_TRUE(action["index"]["_id"].is_string()) << action.dump();
    ASSERT_TRUE(document.is_object() && !document.contains("index")) << document.dump();
    EXPECT_EQ(document["id"], action["index"]["_id"]);
    EXPECT_TRUE(ids.insert(action["index"]["_id"].get<std::string>()).second)
        << "id twice: " << action.dump();
  }
  const std::size_t articles = total_of(index_, {"--no-facets"});
  ASSERT_GT(articles, 7u);
  EXPECT_EQ(ids.size(), articles);
  json stats = json::parse(
      run_command(kNewsindex, {"stats", "-i", index_.string(), "--json"}, clean_env()).out, nullptr,
      false);
  ASSERT_FALSE(stats.is_discarded());
  EXPECT_EQ(stats["articles"], articles) << stats.dump();
  // Standard output gets the same lines, with the index name asked for.
  CommandResult to_stdout = export_command({"--index-name", "archive-2025"});
  ASSERT_EQ(to_stdout.exit_code, 0) << to_stdout.err;
  EXPECT_EQ(std::count(to_stdout.out.begin(), to_stdout.out.end(), '\n'),
            static_cast<std::ptrdiff_t>(lines.size()));
  std::string renamed = *bulk_text_;
  for (std::size_t at = 0;
       (at = renamed.find("{\"index\":{\"_index\":\"news\"", at)) != std::string::npos;) {
    renamed.replace(at, 25, "{\"index\":{\"_index\":\"archive-2025\"");
    at += 10;
  }
  EXPECT_EQ(to_stdout.out, renamed);
}

TEST_F(OpenSearchExport, EntitiesDatesAndFieldsAreThoseOfTheSearchHits) {
  std::map<std::string, json> exported = documents();
  std::map<std::string, json> searched = hits();
  ASSERT_EQ(exported.size(), searched.size());
  std::size_t with_entities = 0;
  for (const auto& [id, hit] : searched) {
    ASSERT_TRUE(exported.contains(id)) << id;
    const json& document = exported[id];
    for (const std::string kind : {"person", "org", "place"}) {
      std::vector<std::string> names;
      for (const json& entity : hit["entities"][kind]) names.push_back(entity["name"]);
      std::vector<std::string> written;
      if (document.contains(kind)) written = document[kind].get<std::vector<std::string>>();
      EXPECT_EQ(written, names) << id << " " << kind;
      with_entities += names.empty() ? 0 : 1;
    }
    EXPECT_EQ(document.value("date", json()), hit["date"]) << id;
    if (hit["date"].is_string()) {
      EXPECT_EQ(document["published"], hit["date"].get<std::string>().substr(0, 10)) << id;
      EXPECT_TRUE(document["published_at"].is_number_integer()) << id;
    } else {
      EXPECT_FALSE(document.contains("published")) << id;
    }
    EXPECT_EQ(document.value("mentioned_dates", json::array()), hit["mentioned_dates"]) << id;
    for (const std::string field : {"title", "source", "url", "language"})
      EXPECT_EQ(document.value(field, json()), hit[field]) << id << " " << field;
    EXPECT_TRUE(document["text"].is_string()) << id;
  }
  EXPECT_GT(with_entities, 10u);
  // The archive's resolution and the curation apply: the short name counts as the renamed full
  // name, the hidden place is nowhere.
  EXPECT_EQ(exported["w1"]["person"], json::array({"Paul A. Volcker"})) << exported["w1"].dump();
  EXPECT_EQ(exported["v1"]["person"], json::array({"Paul A. Volcker"})) << exported["v1"].dump();
  for (const auto& [id, document] : exported) {
    for (const json& place : document.value("place", json::array()))
      EXPECT_NE(place, "Washington") << id;
  }
  // The other kinds of names the index keeps are written too.
  std::size_t with_misc = 0;
  for (const auto& [id, document] : exported) with_misc += document.contains("misc") ? 1 : 0;
  EXPECT_GT(with_misc, 0u);
  // The origin is FILE:LINE of a JSON Lines record.
  EXPECT_EQ(exported["w2"]["origin"], (*folder_ / "fed.jsonl").string() + ":6");
}

// mentioned_periods holds exactly the periods "mentions:" finds an article by, and the spans of
// "mentioned" lie within a period exactly when "mentions:" finds the article by it: the equivalents
// docs/scaling.md gives.
TEST_F(OpenSearchExport, MentionedPeriodsAndSpansSelectWhatMentionsSelects) {
  std::map<std::string, json> exported = documents();
  std::set<std::string> periods;
  for (const auto& [id, document] : exported) {
    for (const json& period : document.value("mentioned_periods", json::array()))
      periods.insert(period.get<std::string>());
  }
  ASSERT_TRUE(periods.contains("1987-03-03")) << ::testing::PrintToString(periods);
  ASSERT_TRUE(periods.contains("1987-04"));
  ASSERT_TRUE(periods.contains("1987"));
  std::vector<std::string> checked{"1987-03-03", "1987-04", "1987"};
  std::size_t months = 0;
  for (const std::string& period : periods) {
    if (period.size() == 7 && months++ < 6) checked.push_back(period);
  }
  for (const std::string& period : checked) {
    const std::string first = period.size() == 4   ? period + "-01-01"
                              : period.size() == 7 ? period + "-01"
                                                   : period;
    const std::string last = period.size() == 4 ? period + "-12-31"
                             : period.size() == 7
                                 ? period + "-" + (period.substr(5) == "02" ? "29" : "31")
                                 : period;  // a day after the month's last is no day mentioned
    std::set<std::string> by_term;
    std::set<std::string> within;
    for (const auto& [id, document] : exported) {
      for (const json& value : document.value("mentioned_periods", json::array())) {
        if (value == period) by_term.insert(id);
      }
      for (const json& span : document.value("mentioned", json::array())) {
        if (span["gte"].get<std::string>() >= first && span["lte"].get<std::string>() <= last)
          within.insert(id);
      }
    }
    const std::set<std::string> searched = ids_matching("mentions:" + period);
    EXPECT_FALSE(searched.empty()) << period;
    EXPECT_EQ(by_term, searched) << period;
    EXPECT_EQ(within, searched) << period;
  }
}

TEST_F(OpenSearchExport, TheMappingIsStrictAndCoversEveryFieldWritten) {
  CommandResult result =
      run_command(kNewsindex, {"export", "--format", "opensearch-mapping"}, clean_env());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  json mapping = json::parse(result.out, nullptr, false);
  ASSERT_FALSE(mapping.is_discarded()) << result.out;
  EXPECT_EQ(mapping["mappings"]["dynamic"], "strict");
  const json& properties = mapping["mappings"]["properties"];
  for (const std::string kind : {"person", "org", "place", "misc"}) {
    EXPECT_EQ(properties[kind]["type"], "keyword") << kind;
    EXPECT_EQ(properties[kind]["fields"]["text"]["type"], "text") << kind;
  }
  EXPECT_EQ(properties["published"]["type"], "date");
  EXPECT_EQ(properties["published_at"]["type"], "date");
  EXPECT_EQ(properties["mentioned"]["type"], "date_range");
  EXPECT_EQ(properties["mentioned_periods"]["type"], "keyword");
  EXPECT_EQ(properties["title"]["type"], "text");
  EXPECT_EQ(properties["text"]["type"], "text");
  EXPECT_EQ(properties["source"]["type"], "keyword");
  EXPECT_EQ(properties["language"]["type"], "keyword");
  // No field of any document is left for the engine to guess, and each value fits its type.
  // YYYY-MM-DD, as the mapping's date format reads it. (Not std::regex: GCC 12 warns about its
  // own <regex> in the sanitizer build.)
  const auto is_day = [](const std::string& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
      if (text[i] < '0' || text[i] > '9') return false;
    }
    return true;
  };
  std::set<std::string> written;
  for (const auto& [id, document] : documents()) {
    for (const auto& [key, value] : document.items()) {
      written.insert(key);
      ASSERT_TRUE(properties.contains(key)) << key << " of " << id;
    }
    if (document.contains("published")) {
      EXPECT_TRUE(is_day(document["published"].get<std::string>())) << id;
    }
    for (const json& span : document.value("mentioned", json::array())) {
      EXPECT_TRUE(is_day(span["gte"].get<std::string>())) << id;
      EXPECT_TRUE(is_day(span["lte"].get<std::string>())) << id;
      EXPECT_LE(span["gte"].get<std::string>(), span["lte"].get<std::string>()) << id;
    }
  }
  for (const std::string key :
       {"id", "title", "date", "published", "published_at", "source", "url", "language", "origin",
        "person", "org", "place", "mentioned_dates", "mentioned", "mentioned_periods", "text"})
    EXPECT_TRUE(written.contains(key)) << key;
  // To a file, as the bulk lines can be.
  CommandResult to_file = run_command(
      kNewsindex,
      {"export", "--format", "opensearch-mapping", "-o", (*folder_ / "mapping.json").string()},
      clean_env());
  ASSERT_EQ(to_file.exit_code, 0) << to_file.err;
  EXPECT_EQ(read_text(*folder_ / "mapping.json"), result.out);
}

TEST(OpenSearchExportErrors, AMissingIndexIsNamedAndNoFileIsLeftBehind) {
  TempFolder folder;
  const fs::path missing = folder / "no-such-index";
  CommandResult result = run_command(
      kNewsindex, {"export", "-i", missing.string(), "-o", (folder / "bulk.ndjson").string()},
      clean_env());
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find(missing.string()), std::string::npos) << result.err;
  EXPECT_TRUE(result.out.empty());
  EXPECT_FALSE(fs::exists(folder / "bulk.ndjson"));
}

TEST(OpenSearchExportErrors, AFileThatCannotBeWrittenIsNamed) {
  TempFolder folder;
  write_file(folder / "a.jsonl", "{\"id\":\"a1\",\"text\":\"Harbour news from Tallinn.\"}\n");
  ASSERT_EQ(newsindex_add(folder / "index", {(folder / "a.jsonl").string()}).exit_code, 0);
  const fs::path unwritable = folder / "no-such-folder" / "bulk.ndjson";
  CommandResult result = run_command(
      kNewsindex, {"export", "-i", (folder / "index").string(), "-o", unwritable.string()},
      clean_env());
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("cannot write '" + unwritable.string() + "'"), std::string::npos)
      << result.err;
}

TEST(OpenSearchExportErrors, BadOptionsAreUsageErrors) {
  TempFolder folder;
  CommandResult no_index = run_command(kNewsindex, {"export"}, clean_env());
  EXPECT_EQ(no_index.exit_code, 2);
  EXPECT_NE(no_index.err.find("-i INDEX"), std::string::npos) << no_index.err;
  CommandResult bad_name = run_command(
      kNewsindex, {"export", "-i", (folder / "x").string(), "--index-name", "News"}, clean_env());
  EXPECT_EQ(bad_name.exit_code, 2);
  EXPECT_NE(bad_name.err.find("lower case"), std::string::npos) << bad_name.err;
  CommandResult bad_format = run_command(
      kNewsindex, {"export", "-i", (folder / "x").string(), "--format", "csv"}, clean_env());
  EXPECT_EQ(bad_format.exit_code, 2);
  EXPECT_NE(bad_format.err.find("--format"), std::string::npos) << bad_format.err;
}

}  // namespace
}  // namespace newsindex::testing
