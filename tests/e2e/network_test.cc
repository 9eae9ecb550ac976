// "newsquery network": the co-mention graph of a query, over a small archive this test writes.
// Every count is checked against the search it claims to equal.
#include <cstdlib>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include "csv_reader.h"
#include "e2e_support.h"

namespace newsindex::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::parse_csv;
using testing::Rows;

void write_file(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Three people, two places and an organisation named together in different numbers of
// articles, so that edges have different counts.
std::string archive() {
  std::string text;
  int id = 0;
  auto add = [&](int copies, const std::string& title, const std::string& body) {
    for (int i = 0; i < copies; ++i) {
      ++id;
      text += json{{"id", "a" + std::to_string(id)},
                   {"date", "2024-05-" + std::string(id < 10 ? "0" : "") + std::to_string(id)},
                   {"title", title},
                   {"source", "Test Wire"},
                   {"text", body}}
                  .dump() +
              "\n";
    }
  };
  add(3, "Budget talks",
      "Minister Anna Virtanen met Erik Lindqvist in Helsinki on Monday to discuss the budget "
      "and the price of oil.");
  add(2, "Oil deal",
      "Erik Lindqvist met officials of the European Commission in Stockholm on Tuesday to "
      "discuss oil supplies.");
  add(1, "Oil speech",
      "Minister Anna Virtanen said in Helsinki on Friday that oil prices would fall, and "
      "Maria Korhonen agreed.");
  add(2, "Weather", "It rained in Helsinki all week, and the ferries were late.");
  return text;
}

class NetworkTest : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(folder_ / "a.jsonl", archive());
    CommandResult added = newsindex_add(index_, {(folder_ / "a.jsonl").string()});
    ASSERT_EQ(added.exit_code, 0) << added.err;
  }

  CommandResult network(std::vector<std::string> args) {
    args.insert(args.begin(), {"network", "-i", index_.string()});
    return run_command(kNewsquery, args, clean_env());
  }

  json graph(std::vector<std::string> args) {
    args.insert(args.begin(), {"--format", "json"});
    CommandResult result = network(args);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    json parsed = json::parse(result.out, nullptr, false);
    EXPECT_TRUE(parsed.is_object()) << result.out << result.err;
    return parsed;
  }

  // The search total of `query` with `filters` added.
  std::size_t total(const std::vector<std::string>& query, std::vector<std::string> filters) {
    std::vector<std::string> args{"--no-facets"};
    args.insert(args.end(), query.begin(), query.end());
    args.insert(args.end(), filters.begin(), filters.end());
    return total_of(index_, args);
  }

  // Every edge and node count equals the search it stands for, and every pair of nodes with no
  // edge has no article in common: nothing was missed.
  void expect_exact(const json& g, const std::vector<std::string>& query) {
    std::map<std::string, std::string> filter_of;
    for (const json& node : g["nodes"]) {
      filter_of[node["id"]] = node["filter"];
      EXPECT_EQ(node["articles"].get<std::size_t>(), total(query, {node["filter"]})) << node.dump();
    }
    std::set<std::pair<std::string, std::string>> linked;
    for (const json& edge : g["edges"]) {
      const std::string source = edge["source"], target = edge["target"];
      EXPECT_EQ(edge["filter"].get<std::string>(), filter_of[source] + " " + filter_of[target]);
      EXPECT_EQ(edge["count"].get<std::size_t>(),
                total(query, {filter_of[source], filter_of[target]}))
          << edge.dump();
      linked.insert({source, target});
      linked.insert({target, source});
    }
    for (const auto& [a, filter_a] : filter_of) {
      for (const auto& [b, filter_b] : filter_of) {
        if (a < b && !linked.contains({a, b})) {
          EXPECT_EQ(total(query, {filter_a, filter_b}), 0u) << filter_a << " " << filter_b;
        }
      }
    }
  }

  TempFolder folder_;
  fs::path index_ = folder_ / "index";
};

// The labels of an edge, in order.
std::pair<std::string, std::string> labels(const json& g, const json& edge) {
  std::map<std::string, std::string> label;
  for (const json& node : g["nodes"]) label[node["id"]] = node["label"];
  std::string a = label[edge["source"]], b = label[edge["target"]];
  if (b < a) std::swap(a, b);
  return {a, b};
}

std::map<std::pair<std::string, std::string>, std::size_t> edges_by_label(const json& g) {
  std::map<std::pair<std::string, std::string>, std::size_t> edges;
  for (const json& edge : g["edges"]) edges[labels(g, edge)] = edge["count"];
  return edges;
}

TEST_F(NetworkTest, EdgeAndNodeCountsEqualTheSearchesOfTheirFilters) {
  const json all = graph({"--top", "0"});
  EXPECT_EQ(all["total"], 8);
  ASSERT_GE(all["edges"].size(), 3u) << all.dump(2);
  expect_exact(all, {});
  // Strongest first.
  for (std::size_t i = 1; i < all["edges"].size(); ++i)
    EXPECT_GE(all["edges"][i - 1]["count"], all["edges"][i]["count"]);

  const json oil = graph({"--top", "0", "oil"});
  EXPECT_EQ(oil["total"], 6);
  ASSERT_GE(oil["edges"].size(), 2u) << oil.dump(2);
  expect_exact(oil, {"oil"});
  // A query with a date window.
  const json window = graph({"--top", "0", "date:2024-05-01..2024-05-04"});
  EXPECT_EQ(window["total"], 4);
  expect_exact(window, {"date:2024-05-01..2024-05-04"});
}

TEST_F(NetworkTest, MinCountAndTopKeepTheStrongestEdges) {
  const auto every = edges_by_label(graph({"--top", "0"}));
  std::map<std::pair<std::string, std::string>, std::size_t> strong;
  std::size_t strongest = 0;
  for (const auto& [pair, count] : every) {
    if (count >= 2) strong[pair] = count;
    strongest = std::max(strongest, count);
  }
  ASSERT_FALSE(strong.empty());
  ASSERT_LT(strong.size(), every.size());
  EXPECT_EQ(edges_by_label(graph({"--top", "0", "--min-count", "2"})), strong);

  const json top = graph({"--top", "1"});
  ASSERT_EQ(top["edges"].size(), 1u);
  EXPECT_EQ(top["edges"][0]["count"], strongest);
  // Only the nodes of the edges kept.
  EXPECT_EQ(top["nodes"].size(), 2u);
  const json none = graph({"--min-count", "100"});
  EXPECT_TRUE(none["edges"].empty());
  EXPECT_TRUE(none["nodes"].empty());
}

TEST_F(NetworkTest, TypesChooseTheNodes) {
  const json all = graph({"--top", "0"});
  const json people = graph({"--top", "0", "--types", "person"});
  ASSERT_FALSE(people["edges"].empty());
  for (const json& node : people["nodes"]) EXPECT_EQ(node["type"], "person");
  // The edges between people are those of the whole graph.
  std::set<std::string> person_labels;
  for (const json& node : all["nodes"]) {
    if (node["type"] == "person") person_labels.insert(node["label"]);
  }
  std::map<std::pair<std::string, std::string>, std::size_t> between_people;
  for (const auto& [pair, count] : edges_by_label(all)) {
    if (person_labels.contains(pair.first) && person_labels.contains(pair.second))
      between_people[pair] = count;
  }
  EXPECT_EQ(edges_by_label(people), between_people);

  const json places_people = graph({"--top", "0", "--types", "place,person"});
  for (const json& node : places_people["nodes"]) EXPECT_NE(node["type"], "org");
  expect_exact(places_people, {});
  EXPECT_EQ(network({"--types", "ship"}).exit_code, 2);
}

TEST_F(NetworkTest, CurationMergesNodesAndHidesValues) {
  write_file(folder_ / "team.curation",
             "rename person \"Maria Korhonen\" to \"Anna Virtanen\"\n"
             "hide place \"Stockholm\"\n");
  CommandResult curated = run_command(
      kNewsindex, {"curate", "-i", index_.string(), (folder_ / "team.curation").string()},
      clean_env());
  ASSERT_EQ(curated.exit_code, 0) << curated.err;
  const json g = graph({"--top", "0"});
  std::size_t virtanen = 0;
  for (const json& node : g["nodes"]) {
    EXPECT_NE(node["label"], "Maria Korhonen");
    EXPECT_NE(node["label"], "Stockholm");
    if (node["label"] == "Anna Virtanen") ++virtanen;
  }
  EXPECT_EQ(virtanen, 1u);
  // The article naming both counts once for the merged value, and no edge joins it to itself.
  for (const json& edge : g["edges"]) EXPECT_NE(edge["source"], edge["target"]);
  expect_exact(g, {});
}

// The path of a program on PATH, or empty.
fs::path on_path(const std::string& name) {
  const char* path = std::getenv("PATH");
  std::stringstream folders(path == nullptr ? "" : path);
  for (std::string folder; std::getline(folders, folder, ':');) {
    if (!folder.empty() && fs::exists(fs::path(folder) / name)) return fs::path(folder) / name;
  }
  return {};
}

// What xmllint prints for an XPath expression over `file`.
std::string xpath(const fs::path& xmllint, const fs::path& file, const std::string& expression) {
  CommandResult result = run_command(xmllint, {"--xpath", expression, file.string()});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  // Some versions of xmllint end the value with a line break.
  if (!result.out.empty() && result.out.back() == '\n') result.out.pop_back();
  return result.out;
}

TEST_F(NetworkTest, GexfAndGraphmlAreValidXml) {
  const fs::path xmllint = on_path("xmllint");
  ASSERT_FALSE(xmllint.empty()) << "xmllint (libxml2-utils, .ci/install-deps) is needed";
  // A name with every character XML escapes, through a rename.
  write_file(folder_ / "team.curation",
             "rename person \"Erik Lindqvist\" to \"Erik <Big> & 'Co'\"\n");
  CommandResult curated = run_command(
      kNewsindex, {"curate", "-i", index_.string(), (folder_ / "team.curation").string()},
      clean_env());
  ASSERT_EQ(curated.exit_code, 0) << curated.err;
  const json g = graph({"--top", "0"});
  ASSERT_FALSE(g["edges"].empty());

  CommandResult gexf = network({"--top", "0", "--format", "gexf"});
  ASSERT_EQ(gexf.exit_code, 0) << gexf.err;
  write_file(folder_ / "g.gexf", gexf.out);
  // The official GEXF 1.3 schema (tests/e2e/schemas/gexf-1.3, from github.com/gephi/gexf).
  const fs::path schema = fs::path(NEWSINDEX_E2E_SCHEMAS) / "gexf-1.3" / "gexf.xsd";
  CommandResult valid = run_command(
      xmllint, {"--noout", "--nonet", "--schema", schema.string(), (folder_ / "g.gexf").string()});
  EXPECT_EQ(valid.exit_code, 0) << valid.err << gexf.out;
  EXPECT_EQ(xpath(xmllint, folder_ / "g.gexf", "count(//*[local-name()='edge'])"),
            std::to_string(g["edges"].size()));
  EXPECT_EQ(xpath(xmllint, folder_ / "g.gexf", "count(//*[local-name()='node'])"),
            std::to_string(g["nodes"].size()));
  EXPECT_EQ(xpath(xmllint, folder_ / "g.gexf",
                  "string(//*[local-name()='edge'][1]/*[local-name()='attvalues']/"
                  "*[local-name()='attvalue'][@for='count']/@value)"),
            std::to_string(g["edges"][0]["count"].get<std::size_t>()));

  CommandResult graphml = network({"--top", "0", "--format", "graphml"});
  ASSERT_EQ(graphml.exit_code, 0) << graphml.err;
  write_file(folder_ / "g.graphml", graphml.out);
  CommandResult well_formed =
      run_command(xmllint, {"--noout", "--nonet", (folder_ / "g.graphml").string()});
  EXPECT_EQ(well_formed.exit_code, 0) << well_formed.err << graphml.out;
  // No GraphML schema is shipped: its structure is checked here. Every data names a declared
  // key of its element's kind, every edge joins declared nodes, and the labels read back.
  const fs::path file = folder_ / "g.graphml";
  EXPECT_EQ(xpath(xmllint, file, "name(/*)"), "graphml");
  EXPECT_EQ(xpath(xmllint, file, "namespace-uri(/*)"), "http://graphml.graphdrawing.org/xmlns");
  EXPECT_EQ(xpath(xmllint, file,
                  "count(//*[local-name()='node']/*[local-name()='data'][not(@key = "
                  "//*[local-name()='key'][@for='node']/@id)])"),
            "0");
  EXPECT_EQ(xpath(xmllint, file,
                  "count(//*[local-name()='edge']/*[local-name()='data'][not(@key = "
                  "//*[local-name()='key'][@for='edge']/@id)])"),
            "0");
  EXPECT_EQ(xpath(xmllint, file,
                  "count(//*[local-name()='edge'][not(@source = //*[local-name()='node']/@id) or "
                  "not(@target = //*[local-name()='node']/@id)])"),
            "0");
  EXPECT_EQ(xpath(xmllint, file, "count(//*[local-name()='edge'])"),
            std::to_string(g["edges"].size()));
  std::set<std::string> json_labels, xml_labels;
  for (const json& node : g["nodes"]) json_labels.insert(node["label"]);
  for (std::size_t i = 1; i <= g["nodes"].size(); ++i) {
    xml_labels.insert(xpath(xmllint, file,
                            "string((//*[local-name()='node'])[" + std::to_string(i) +
                                "]/*[local-name()='data'][@key='label'])"));
  }
  EXPECT_EQ(xml_labels, json_labels);
  EXPECT_TRUE(json_labels.contains("Erik <Big> & 'Co'"));
}

TEST_F(NetworkTest, CsvIsAnEdgeListAndANodeList) {
  const json g = graph({"--top", "0"});
  const fs::path nodes_file = folder_ / "nodes.csv";
  CommandResult edges = network({"--top", "0", "--format", "csv", "--nodes", nodes_file.string()});
  ASSERT_EQ(edges.exit_code, 0) << edges.err;
  const std::optional<Rows> edge_rows = parse_csv(edges.out);
  const std::optional<Rows> node_rows = parse_csv(read_file(nodes_file));
  ASSERT_TRUE(edge_rows && node_rows) << edges.out << read_file(nodes_file);
  ASSERT_EQ(edge_rows->size(), g["edges"].size() + 1);
  ASSERT_EQ(node_rows->size(), g["nodes"].size() + 1);
  EXPECT_EQ(edge_rows->front(), (std::vector<std::string>{"source", "target", "count", "filter"}));
  EXPECT_EQ(node_rows->front(),
            (std::vector<std::string>{"id", "label", "type", "articles", "filter"}));
  for (std::size_t i = 0; i < g["nodes"].size(); ++i) {
    const json& node = g["nodes"][i];
    EXPECT_EQ((*node_rows)[i + 1],
              (std::vector<std::string>{node["id"], node["label"], node["type"],
                                        std::to_string(node["articles"].get<std::size_t>()),
                                        node["filter"]}));
  }
  for (std::size_t i = 0; i < g["edges"].size(); ++i) {
    const json& edge = g["edges"][i];
    EXPECT_EQ((*edge_rows)[i + 1],
              (std::vector<std::string>{edge["source"], edge["target"],
                                        std::to_string(edge["count"].get<std::size_t>()),
                                        edge["filter"]}));
  }
  // --nodes is of the CSV format only; a query matching nothing exits 1 with an empty graph.
  EXPECT_EQ(network({"--format", "json", "--nodes", nodes_file.string()}).exit_code, 2);
  CommandResult nothing = network({"--format", "csv", "zzzqqq"});
  EXPECT_EQ(nothing.exit_code, 1);
  EXPECT_EQ(nothing.out, "source,target,count,filter\r\n");
}

}  // namespace
}  // namespace newsindex::testing
