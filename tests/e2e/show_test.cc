// "newsquery show": the whole article from a real index, its entities (as resolved) and
// mentioned dates marked in the text, and filters that find it again.
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

// Paul Volcker named in full in four articles and alone in three, so that the archive resolves
// "Volcker" to him; "r1" has every field an article may have.
std::string archive() {
  std::string text;
  for (int i = 1; i <= 4; ++i) {
    json record = {{"id", "v" + std::to_string(i)},
                   {"date", "1987-03-0" + std::to_string(i)},
                   {"title", "Fed chairman speaks"},
                   {"source", "Test Wire"},
                   {"text",
                    "Federal Reserve Board chairman Paul Volcker said in Washington on Tuesday "
                    "that interest rates would stay steady. Volcker told the Senate banking "
                    "committee that the dollar had fallen far enough."}};
    if (i == 1) {
      record["url"] = "https://example.org/fed/1";
      record["authors"] = {"Jane Doe", "John Roe"};
      record["section"] = "Markets";
      record["language"] = "en";
    }
    text += record.dump() + "\n";
  }
  for (int i = 1; i <= 3; ++i) {
    text += json{{"id", "w" + std::to_string(i)},
                 {"date", "1987-03-1" + std::to_string(i)},
                 {"title", "Fed view"},
                 {"source", "Test Wire"},
                 {"text",
                  "Volcker said in Washington that the Federal Reserve would keep a close "
                  "watch on inflation, according to a speech on Monday."}}
                .dump() +
            "\n";
  }
  // Characters of two and three bytes before the names, so that code points differ from bytes.
  text += json{{"id", "x1"},
               {"date", "1987-04-02"},
               {"title", "Fed chairman speaks again"},
               {"source", "Test Wire"},
               {"text",
                "Zürich – Federal Reserve Board chairman Paul Volcker said in Washington on "
                "Tuesday that rates would stay steady. Volcker told the Senate banking "
                "committee in March 1987 that the dollar had fallen far enough."}}
              .dump() +
          "\n";
  return text;
}

// The text as code points, to slice by the offsets JSON gives.
std::u32string code_points(const std::string& utf8) {
  std::u32string decoded;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t c = length == 1 ? lead : lead & (0x7Fu >> length);
    for (std::size_t k = 1; k < length && i + k < utf8.size(); ++k)
      c = (c << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3Fu);
    decoded.push_back(c);
    i += length;
  }
  return decoded;
}

std::string ascii_lower(std::u32string text) {
  std::string out;
  for (char32_t c : text)
    out.push_back(c < 0x80 ? static_cast<char>(std::tolower(static_cast<int>(c))) : '?');
  return out;
}

class ShowTest : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(folder_ / "archive.jsonl", archive());
    CommandResult added = newsindex_add(index_, {(folder_ / "archive.jsonl").string()});
    ASSERT_EQ(added.exit_code, 0) << added.err;
  }

  CommandResult show(std::vector<std::string> args) {
    args.insert(args.begin(), {"show", "-i", index_.string()});
    return run_command(kNewsquery, args, clean_env());
  }

  json show_json(const std::string& id) {
    CommandResult result = show({"--json", id});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    json parsed = json::parse(result.out, nullptr, false);
    EXPECT_FALSE(parsed.is_discarded()) << result.out;
    return parsed;
  }

  // The names of one kind of entity the article lists.
  static std::set<std::string> names(const json& article, const std::string& kind) {
    std::set<std::string> found;
    for (const json& entity : article["entities"][kind])
      found.insert(entity["name"].get<std::string>());
    return found;
  }

  // Every filter the article lists, entities' and dates'.
  static std::vector<std::string> filters(const json& article) {
    std::vector<std::string> found;
    for (const std::string kind : {"person", "org", "place"}) {
      for (const json& entity : article["entities"][kind])
        found.push_back(entity["filter"].get<std::string>());
    }
    for (const json& date : article["mentioned_dates"])
      found.push_back(date["filter"].get<std::string>());
    return found;
  }

  TempFolder folder_;
  fs::path index_ = folder_ / "index";
};

TEST_F(ShowTest, PrintsTheWholeArticleWithItsMentionsMarked) {
  CommandResult result = show({"v1"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string& out = result.out;
  EXPECT_TRUE(out.starts_with("Fed chairman speaks\n1987-03-01 · Test Wire · en\n")) << out;
  EXPECT_NE(out.find("by       Jane Doe, John Roe\n"), std::string::npos) << out;
  EXPECT_NE(out.find("section  Markets\n"), std::string::npos) << out;
  EXPECT_NE(out.find("url      https://example.org/fed/1\n"), std::string::npos) << out;
  EXPECT_NE(out.find("id       v1\n"), std::string::npos) << out;
  EXPECT_NE(out.find("origin   " + (folder_ / "archive.jsonl").string() + ":1\n"),
            std::string::npos)
      << out;
  // Not a terminal: markers, not colour.
  EXPECT_EQ(out.find('\x1b'), std::string::npos);
  EXPECT_NE(out.find("chairman [[Paul Volcker]] said in [[Washington]]"), std::string::npos) << out;
  EXPECT_NE(out.find("[[Volcker]] told the"), std::string::npos) << out;
  EXPECT_NE(out.find("{{Tuesday}}"), std::string::npos) << out;
  EXPECT_NE(out.find("person:\"=Paul Volcker\""), std::string::npos) << out;
  EXPECT_NE(out.find("place:\"=Washington\""), std::string::npos) << out;
  EXPECT_NE(out.find("Mentioned dates (1)\n"), std::string::npos) << out;
}

TEST_F(ShowTest, ColoursMentionsWhenAsked) {
  CommandResult result = show({"--color", "always", "v1"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("\x1b[1;33mPaul Volcker\x1b[0m"), std::string::npos) << result.out;
  EXPECT_EQ(result.out.find("[[Paul Volcker]]"), std::string::npos);
}

TEST_F(ShowTest, EntitiesAreListedAsResolvedAndEveryFilterFindsTheArticle) {
  json article = show_json("w1");
  // "Volcker" alone counts as Paul Volcker across the archive: listed so, with the form written.
  ASSERT_EQ(article["entities"]["person"].size(), 1u) << article.dump();
  const json& volcker = article["entities"]["person"][0];
  EXPECT_EQ(volcker["name"], "Paul Volcker");
  EXPECT_EQ(volcker["filter"], "person:\"=Paul Volcker\"");
  EXPECT_NE(std::find(volcker["forms"].begin(), volcker["forms"].end(), "Volcker"),
            volcker["forms"].end());
  EXPECT_EQ(volcker["offsets"], json::parse("[[0, 7]]"));
  const std::vector<std::string> all = filters(article);
  EXPECT_GE(all.size(), 3u) << article.dump();
  for (const std::string& filter : all) {
    std::vector<std::string> found =
        hit_ids(search_json(index_, {"--no-facets", "--limit", "100", "--", filter}));
    EXPECT_NE(std::find(found.begin(), found.end(), "w1"), found.end()) << filter;
  }
  // Also with the article's own words: the filters narrow a search to it.
  for (const std::string& filter : filters(show_json("v1"))) {
    std::vector<std::string> found =
        hit_ids(search_json(index_, {"--no-facets", "--limit", "100", "--", "steady", filter}));
    EXPECT_NE(std::find(found.begin(), found.end(), "v1"), found.end()) << filter;
  }
}

TEST_F(ShowTest, JsonOffsetsPointAtTheMentionsInTheText) {
  json article = show_json("x1");
  EXPECT_EQ(article["version"], 1);
  EXPECT_EQ(article["id"], "x1");
  EXPECT_TRUE(article["url"].is_null());
  EXPECT_TRUE(article["section"].is_null());
  EXPECT_TRUE(article["metadata"].is_null());
  EXPECT_EQ(article["authors"], json::array());
  EXPECT_NE(article["origin"].get<std::string>().find("archive.jsonl:8"), std::string::npos);
  const std::u32string text = code_points(article["text"].get<std::string>());
  std::size_t checked = 0;
  for (const std::string kind : {"person", "org", "place"}) {
    for (const json& entity : article["entities"][kind]) {
      std::set<std::string> forms;
      for (const json& form : entity["forms"]) forms.insert(ascii_lower(code_points(form)));
      for (const json& offsets : entity["offsets"]) {
        const auto begin = offsets[0].get<std::size_t>(), end = offsets[1].get<std::size_t>();
        ASSERT_LE(end, text.size());
        EXPECT_TRUE(forms.contains(ascii_lower(text.substr(begin, end - begin))))
            << entity.dump() << " at " << offsets.dump();
        ++checked;
      }
    }
  }
  // Paul Volcker, Volcker, Washington at least; each after "Zürich –".
  EXPECT_GE(checked, 3u) << article.dump();
  bool date_found = false;
  for (const json& date : article["mentioned_dates"]) {
    for (const json& offsets : date["offsets"]) {
      const auto begin = offsets[0].get<std::size_t>(), end = offsets[1].get<std::size_t>();
      const std::string written = ascii_lower(text.substr(begin, end - begin));
      if (date["value"] == "1987-03") {
        EXPECT_NE(written.find("march 1987"), std::string::npos) << written;
        date_found = true;
      }
    }
  }
  EXPECT_TRUE(date_found) << article.dump();
}

TEST_F(ShowTest, CurationRenamesAndHidesWhatIsListed) {
  write_file(folder_ / "team.curation",
             "rename person \"Paul Volcker\" to \"Paul A. Volcker\"\n"
             "hide place \"Washington\"\n");
  CommandResult curated = run_command(
      kNewsindex, {"curate", "-i", index_.string(), (folder_ / "team.curation").string()},
      clean_env());
  ASSERT_EQ(curated.exit_code, 0) << curated.err;
  json article = show_json("v1");
  EXPECT_EQ(names(article, "person"), (std::set<std::string>{"Paul A. Volcker"}));
  EXPECT_FALSE(names(article, "place").contains("Washington")) << article.dump();
  EXPECT_EQ(article["entities"]["person"][0]["filter"], "person:\"=Paul A. Volcker\"");
  // Both forms are still found: they count as the renamed value.
  EXPECT_EQ(article["entities"]["person"][0]["offsets"].size(), 2u) << article.dump();
  std::vector<std::string> found = hit_ids(
      search_json(index_, {"--no-facets", "--limit", "100", "--", "person:\"=Paul A. Volcker\""}));
  EXPECT_NE(std::find(found.begin(), found.end(), "v1"), found.end());
  CommandResult text = show({"v1"});
  EXPECT_EQ(text.out.find("[[Washington]]"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("[[Paul Volcker]]"), std::string::npos) << text.out;
}

TEST_F(ShowTest, ASplitListsEachArticleUnderTheNameItCountsFor) {
  json before = show_json("v1");
  ASSERT_TRUE(names(before, "org").contains("Federal Reserve Board")) << before.dump();
  write_file(folder_ / "team.curation",
             "split person \"Paul Volcker\" when org \"Federal Reserve Board\" as \"Volcker "
             "(Board)\"\n");
  CommandResult curated = run_command(
      kNewsindex, {"curate", "-i", index_.string(), (folder_ / "team.curation").string()},
      clean_env());
  ASSERT_EQ(curated.exit_code, 0) << curated.err;
  // With the board named, the article counts for the split value; without it, the name the
  // split starts from is listed as itself, under its own name.
  json board = show_json("v1");
  EXPECT_EQ(names(board, "person"), (std::set<std::string>{"Volcker (Board)"})) << board.dump();
  json plain = show_json("w1");
  EXPECT_EQ(names(plain, "person"), (std::set<std::string>{"Paul Volcker"})) << plain.dump();
  for (const auto& [id, article] : {std::pair{"v1", board}, std::pair{"w1", plain}}) {
    for (const std::string& filter : filters(article)) {
      std::vector<std::string> found =
          hit_ids(search_json(index_, {"--no-facets", "--limit", "100", "--", filter}));
      EXPECT_NE(std::find(found.begin(), found.end(), id), found.end()) << id << " " << filter;
    }
  }
}

TEST_F(ShowTest, AnUnknownIdIsAClearErrorWithExitCodeOne) {
  CommandResult result = show({"no-such-article"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_TRUE(result.out.empty()) << result.out;
  EXPECT_NE(result.err.find("no article with id \"no-such-article\""), std::string::npos)
      << result.err;
  // A missing index is an error of its own (exit 2), not "no such article".
  CommandResult missing =
      run_command(kNewsquery, {"show", "-i", (folder_ / "nowhere").string(), "v1"}, clean_env());
  EXPECT_EQ(missing.exit_code, 2) << missing.err;
}

}  // namespace
}  // namespace newsindex::testing
