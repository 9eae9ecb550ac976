// newsquery serve: the JSON API answers what the command line prints for the same question, bad
// requests get JSON errors with 4xx statuses, many requests at once all answer, and a running
// server sees what the indexer adds.
#include <gtest/gtest.h>
#include <httplib.h>

#include <csignal>
#include <nlohmann/json.hpp>
#include <thread>

#include "e2e_support.h"

namespace newsindex::testing {
namespace {

namespace fs = std::filesystem;

class ServeIndex : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = new TempFolder();
    index_ = *folder_ / "index";
    CommandResult added = newsindex_add(index_, {kCorpus.string()});
    ASSERT_EQ(added.exit_code, 0) << added.err;
    server_ = new BackgroundCommand(
        kNewsquery, {"serve", "-i", index_.string(), "--port", "0", "--threads", "4"}, clean_env());
    const std::string out = server_->wait_for_output("/ (Ctrl-C stops)");
    const std::size_t at = out.find("http://127.0.0.1:");
    ASSERT_NE(at, std::string::npos) << out << server_->stop(SIGTERM).err;
    port_ = std::stoi(out.substr(at + 17));
  }
  static void TearDownTestSuite() {
    if (server_ != nullptr) {
      CommandResult stopped = server_->stop(SIGTERM);
      EXPECT_EQ(stopped.exit_code, 0) << stopped.err;
    }
    delete server_;
    delete folder_;
    server_ = nullptr;
    folder_ = nullptr;
  }

  static httplib::Result get(const std::string& target) {
    httplib::Client client("127.0.0.1", port_);
    client.set_read_timeout(60, 0);
    return client.Get(target);
  }

  // The body of a GET that must succeed, as JSON.
  static nlohmann::json get_json(const std::string& target) {
    httplib::Result result = get(target);
    EXPECT_TRUE(result) << target;
    if (!result) return nullptr;
    EXPECT_EQ(result->status, 200) << target << "\n" << result->body;
    return nlohmann::json::parse(result->body, nullptr, false);
  }

  // A newsquery command's JSON output.
  static nlohmann::json cli_json(std::vector<std::string> args) {
    CommandResult result = run_command(kNewsquery, args, clean_env());
    EXPECT_TRUE(result.exit_code == 0 || result.exit_code == 1) << result.err;
    return nlohmann::json::parse(result.out, nullptr, false);
  }

  static std::string encoded(const std::string& text) {
    return httplib::detail::encode_query_param(text);
  }

  static TempFolder* folder_;
  static fs::path index_;
  static BackgroundCommand* server_;
  static int port_;
};

TempFolder* ServeIndex::folder_ = nullptr;
fs::path ServeIndex::index_;
BackgroundCommand* ServeIndex::server_ = nullptr;
int ServeIndex::port_ = 0;

TEST_F(ServeIndex, SearchAnswersWhatTheCommandLinePrints) {
  for (const std::string query :
       {"", "ukraine", "\"black sea\"", "person:witkoff", "-place:kyiv date:2025", "oil OR gas"}) {
    const nlohmann::json api = get_json("/api/search?q=" + encoded(query) + "&limit=5");
    const nlohmann::json cli =
        cli_json({"search", "-i", index_.string(), "--json", "--limit", "5", "--", query});
    EXPECT_EQ(api, cli) << query;
  }
  const nlohmann::json api = get_json(
      "/api/search?q=ukraine&limit=3&offset=1&sort=newest&facets=person,published&facet_limit=4"
      "&facet_order=significant&by=month");
  const nlohmann::json cli = cli_json({"search",
                                       "-i",
                                       index_.string(),
                                       "--json",
                                       "--limit",
                                       "3",
                                       "--offset",
                                       "1",
                                       "--sort",
                                       "newest",
                                       "--facets",
                                       "person,published",
                                       "--facet-limit",
                                       "4",
                                       "--facet-order",
                                       "significant",
                                       "--by",
                                       "month",
                                       "--",
                                       "ukraine"});
  EXPECT_EQ(api, cli);
  EXPECT_GT(api["total"].get<int>(), 0);
}

TEST_F(ServeIndex, EveryOtherEndpointAnswersWhatTheCommandLinePrints) {
  const nlohmann::json hits = get_json("/api/search?q=&limit=3&no_facets=true");
  ASSERT_EQ(hits["hits"].size(), 3u);
  for (const auto& hit : hits["hits"]) {
    const std::string id = hit["id"].get<std::string>();
    EXPECT_EQ(get_json("/api/article/" + encoded(id)),
              cli_json({"show", "-i", index_.string(), "--json", id}))
        << id;
  }
  EXPECT_EQ(get_json("/api/entity?name=witkoff"),
            cli_json({"entity", "-i", index_.string(), "--json", "witkoff"}));
  EXPECT_EQ(get_json("/api/entity?name=kyiv&type=place&by=month&limit=3"),
            cli_json({"entity", "-i", index_.string(), "--json", "--type", "place", "--by", "month",
                      "--limit", "3", "kyiv"}));
  EXPECT_EQ(
      get_json("/api/entities?type=org&limit=20"),
      cli_json({"entities", "-i", index_.string(), "--json", "--type", "org", "--limit", "20"}));
  EXPECT_EQ(get_json("/api/stats"), cli_json({"stats", "-i", index_.string(), "--json"}));
  EXPECT_EQ(get_json("/api/surges?by=month&top=3&min_count=1"),
            cli_json({"surges", "-i", index_.string(), "--json", "--by", "month", "--top", "3",
                      "--min-count", "1"}));
  EXPECT_EQ(get_json("/api/network?q=ukraine&types=person,place&top=20"),
            cli_json({"network", "-i", index_.string(), "--format", "json", "--types",
                      "person,place", "--top", "20", "--", "ukraine"}));
  httplib::Result csv = get("/api/export?q=ukraine&format=csv&sort=oldest");
  ASSERT_TRUE(csv);
  EXPECT_EQ(csv->status, 200);
  EXPECT_EQ(csv->get_header_value("Content-Type"), "text/csv; charset=utf-8");
  CommandResult cli_csv = run_command(
      kNewsquery,
      {"search", "-i", index_.string(), "--format", "csv", "--sort", "oldest", "ukraine"},
      clean_env());
  EXPECT_EQ(csv->body, cli_csv.out);
  EXPECT_FALSE(csv->body.empty());
}

// A failure's status and that its body is the documented JSON error.
void expect_json_error(const httplib::Result& result, int status, const std::string& target) {
  ASSERT_TRUE(result) << target;
  EXPECT_EQ(result->status, status) << target << "\n" << result->body;
  EXPECT_EQ(result->get_header_value("Content-Type"), "application/json") << target;
  const nlohmann::json body = nlohmann::json::parse(result->body, nullptr, false);
  ASSERT_TRUE(body.is_object()) << target << "\n" << result->body;
  EXPECT_EQ(body["version"], 1);
  EXPECT_EQ(body["error"]["status"], status) << target;
  EXPECT_FALSE(body["error"]["message"].get<std::string>().empty()) << target;
}

TEST_F(ServeIndex, BadRequestsGetJsonErrors) {
  const std::vector<std::pair<std::string, int>> bad = {
      {"/api/search?q=" + encoded("date:2025-13"), 400},
      {"/api/search?q=" + encoded("person:\"=Nobody\" (unclosed"), 200},  // parses leniently
      {"/api/search?limit=100000", 400},
      {"/api/search?limit=ten", 400},
      {"/api/search?sort=sideways", 400},
      {"/api/search?facets=weather", 400},
      {"/api/search?lmit=5", 400},
      {"/api/search?q=%FF%FEukraine", 400},
      {"/api/search?q=" + std::string(5000, 'a'), 413},
      {"/api/search?q=" + std::string(20000, 'a'), 414},
      {"/api/article/no-such-article", 404},
      {"/api/article/", 404},
      {"/api/entity?name=zzzzqqq", 404},
      {"/api/entity", 400},
      {"/api/entity?name=x&type=weather", 400},
      {"/api/network?types=weather", 400},
      {"/api/nothing", 404},
      {"/../../etc/passwd", 404},
      {"/%2e%2e/%2e%2e/etc/passwd", 404},
      {"/app.js/../../../etc/passwd", 404},
      {"/index.html", 404},
  };
  for (const auto& [target, status] : bad) {
    httplib::Result result = get(target);
    if (status == 200) {
      ASSERT_TRUE(result);
      EXPECT_TRUE(result->status == 200 || result->status == 400) << target;
      continue;
    }
    expect_json_error(result, status, target.substr(0, 120));
  }
  httplib::Client client("127.0.0.1", port_);
  expect_json_error(client.Post("/api/search", "q=x", "application/x-www-form-urlencoded"), 405,
                    "POST");
  expect_json_error(client.Get("/api/stats", {{"Host", "attacker.example:80"}}), 403,
                    "foreign Host");
}

TEST_F(ServeIndex, PagesAreBuiltInAndLockedDown) {
  httplib::Result page = get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->get_header_value("Content-Type"), "text/html; charset=utf-8");
  const std::string policy = page->get_header_value("Content-Security-Policy");
  EXPECT_NE(policy.find("script-src 'self'"), std::string::npos) << policy;
  EXPECT_EQ(policy.find("unsafe-inline"), std::string::npos) << policy;
  EXPECT_EQ(page->get_header_value("X-Content-Type-Options"), "nosniff");
  // No inline script: every <script> has a src.
  for (std::size_t at = page->body.find("<script"); at != std::string::npos;
       at = page->body.find("<script", at + 1)) {
    const std::string tag = page->body.substr(at, page->body.find('>', at) - at);
    EXPECT_NE(tag.find("src="), std::string::npos) << tag;
  }
  for (const std::string asset : {"/app.js", "/app.css"}) {
    httplib::Result result = get(asset);
    ASSERT_TRUE(result) << asset;
    EXPECT_EQ(result->status, 200) << asset;
    EXPECT_FALSE(result->body.empty()) << asset;
  }
  // The script writes values from the index as text, never as markup.
  httplib::Result script = get("/app.js");
  ASSERT_TRUE(script);
  EXPECT_EQ(script->body.find("innerHTML"), std::string::npos);
  EXPECT_EQ(script->body.find("insertAdjacentHTML"), std::string::npos);
}

TEST_F(ServeIndex, TwoHundredRequestsAtOnceAllAnswerCorrectly) {
  const std::vector<std::string> queries = {"ukraine", "oil", "person:witkoff", "", "talks"};
  std::vector<std::string> expected;
  for (const std::string& query : queries)
    expected.push_back(get_json("/api/search?q=" + encoded(query)).dump());
  std::vector<std::string> answers(200);
  std::vector<int> statuses(200, 0);
  std::vector<std::thread> clients;
  for (std::size_t i = 0; i < answers.size(); ++i) {
    clients.emplace_back([&, i] {
      httplib::Result result = get("/api/search?q=" + encoded(queries[i % queries.size()]));
      if (!result) {
        answers[i] = httplib::to_string(result.error());
        return;
      }
      statuses[i] = result->status;
      answers[i] = nlohmann::json::parse(result->body, nullptr, false).dump();
    });
  }
  for (std::thread& client : clients) client.join();
  for (std::size_t i = 0; i < answers.size(); ++i) {
    EXPECT_EQ(statuses[i], 200) << i;
    EXPECT_EQ(answers[i], expected[i % queries.size()]) << i;
  }
}

TEST_F(ServeIndex, ARunningServerSeesWhatTheIndexerAdds) {
  const nlohmann::json before = get_json("/api/search?q=zanzibarian&no_facets=true");
  EXPECT_EQ(before["total"], 0);
  write_file(*folder_ / "late.jsonl",
             R"({"id": "late-1", "title": "Zanzibarian ferry", "date": "2025-05-02",)"
             R"( "text": "The Zanzibarian ferry service resumed on Friday."})"
             "\n");
  CommandResult added = newsindex_add(index_, {(*folder_ / "late.jsonl").string()});
  ASSERT_EQ(added.exit_code, 0) << added.err;
  const nlohmann::json after = get_json("/api/search?q=zanzibarian&no_facets=true");
  EXPECT_EQ(after["total"], 1);
  EXPECT_EQ(get_json("/api/article/late-1")["title"], "Zanzibarian ferry");
}

TEST(Serve, AMissingIndexFailsAtStartWithItsPath) {
  CommandResult result = run_command(
      kNewsquery, {"serve", "-i", "/nonexistent/index-here", "--port", "0"}, clean_env());
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("/nonexistent/index-here"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace newsindex::testing
