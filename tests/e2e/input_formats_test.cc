// Archive formats beyond JSON Lines and plain text, indexed with the real newsindex and searched
// with the real newsquery.
#include "e2e_support.h"

namespace newsindex::testing {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

TEST(CsvAndJsonInput, IndexesACsvWithColumnsAndAJsonArrayForSearch) {
  TempFolder folder;
  fs::path csv = folder / "in" / "clippings.csv";
  fs::path json = folder / "in" / "wire.json";
  write_file(csv,
             "Story,Headline,When,Agency\r\n"
             "\"The lighthouse keeper of Hel retired, after forty years.\r\n"
             "Her successor starts in June.\",Keeper retires,2025-04-02,Baltic Wire\r\n"
             "The ferry to Bornholm resumed its winter timetable.,Ferry timetable,2025-01-15,"
             "Harbour Times\r\n");
  write_file(
      json,
      "[\n"
      "  {\"id\": \"w-1\", \"title\": \"Glacier survey\", \"text\": \"Surveyors measured the "
      "Aletsch glacier again.\", \"date\": \"2025-06-01\", \"source\": \"Alpine Post\"},\n"
      "  {\"id\": \"w-2\", \"text\": \"Cable cars in Zermatt reopened.\"}\n"
      "]\n");
  fs::path index = folder / "index";
  CommandResult result = newsindex_add(index, {(folder / "in").string()},
                                       {"--columns", "text=Story,date=when,source=agency"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("4 articles from 2 files: 4 added"), std::string::npos) << result.err;

  Json keeper = search_json(index, {"lighthouse", "successor"});
  ASSERT_EQ(keeper["hits"].size(), 1u) << keeper;
  EXPECT_EQ(keeper["hits"][0]["title"], "Keeper retires");
  EXPECT_EQ(keeper["hits"][0]["date"], "2025-04-02");
  EXPECT_EQ(keeper["hits"][0]["source"], "Baltic Wire");
  EXPECT_EQ(total_of(index, {"source:\"harbour times\"", "bornholm"}), 1u);

  EXPECT_EQ(hit_ids(search_json(index, {"aletsch"})), std::vector<std::string>{"w-1"});
  EXPECT_EQ(hit_ids(search_json(index, {"zermatt"})), std::vector<std::string>{"w-2"});
  EXPECT_EQ(total_of(index, {}), 4u);
}

}  // namespace
}  // namespace newsindex::testing
