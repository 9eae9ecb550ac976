// newsquery search, entity and network --format svg (issue 21, "Timeline and network as
// pictures"): each picture is well-formed SVG that runs nothing, and what it draws is what the
// JSON of the same command counts: a bar per nonempty period, a circle per node, a line per edge.
#include <map>
#include <set>

#include "e2e_support.h"
#include "xml_tree.h"

namespace newsindex::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr std::string_view kSvgNamespace = "http://www.w3.org/2000/svg";

// Articles over two years, more in some months than in others, naming three people, two places
// and an organisation, and mentioning dates of other years.
std::string archive() {
  std::string text;
  int id = 0;
  auto add = [&](const std::string& date, const std::string& body) {
    ++id;
    text += json{{"id", "a" + std::to_string(id)},
                 {"date", date},
                 {"title", "Oil report " + std::to_string(id)},
                 {"source", "Test Wire"},
                 {"text", body}}
                .dump() +
            "\n";
  };
  const std::string talks =
      "Minister Anna Virtanen met Erik Lindqvist in Helsinki to discuss the price of oil and the "
      "treaty signed on 12 March 2021.";
  const std::string deal =
      "Erik Lindqvist met officials of the European Commission in Stockholm to discuss oil "
      "supplies for the winter of 2019.";
  const std::string speech =
      "Minister Anna Virtanen said in Helsinki that oil prices would fall, and Maria Korhonen "
      "agreed.";
  for (int month = 1; month <= 12; ++month) {
    for (int copy = 0; copy < month % 4 + 1; ++copy) {
      const std::string day = std::to_string(10 + copy);
      const std::string date =
          "2023-" + std::string(month < 10 ? "0" : "") + std::to_string(month) + "-" + day;
      add(date, copy % 3 == 0 ? talks : copy % 3 == 1 ? deal : speech);
    }
  }
  add("2024-02-03", talks);
  add("2024-06-21", deal);
  add("2024-06-22", "It rained in Helsinki all week, and the ferries were late.");
  return text;
}

// The picture parsed, with the checks every picture passes: an <svg> root in the SVG namespace
// with a size and viewBox, and nothing that runs or fetches.
std::optional<XmlTree> svg_tree(const CommandResult& result) {
  EXPECT_EQ(result.exit_code, 0) << result.err;
  std::optional<XmlTree> tree = XmlTree::parse(result.out);
  EXPECT_TRUE(tree.has_value()) << "not well-formed XML:\n" << result.out.substr(0, 3000);
  if (!tree) return tree;
  xmlNodePtr svg = tree->root();
  EXPECT_EQ(xml_name(svg), "svg");
  EXPECT_EQ(xml_namespace(svg), kSvgNamespace);
  EXPECT_TRUE(xml_attribute(svg, "width").has_value());
  EXPECT_TRUE(xml_attribute(svg, "height").has_value());
  EXPECT_TRUE(xml_attribute(svg, "viewBox").has_value());
  EXPECT_TRUE(xml_descendants(svg, "script").empty());
  EXPECT_TRUE(xml_descendants(svg, "image").empty());
  EXPECT_TRUE(xml_descendants(svg, "foreignObject").empty());
  // No event handler (onload, onclick) and no link to anything outside the picture.
  for (const std::string_view name : {"g", "rect", "circle", "line", "text", "svg", "a", "use"}) {
    std::vector<xmlNodePtr> elements = xml_descendants(svg, name);
    if (name == "svg") elements.push_back(svg);
    for (xmlNodePtr element : elements) {
      for (xmlAttrPtr attribute = element->properties; attribute != nullptr;
           attribute = attribute->next) {
        const std::string attribute_name = reinterpret_cast<const char*>(attribute->name);
        EXPECT_FALSE(attribute_name.starts_with("on")) << attribute_name;
        EXPECT_NE(attribute_name, "href") << attribute_name;
      }
    }
  }
  return tree;
}

// "1987-03: 12 articles" -> {"1987-03", 12}
std::pair<std::string, std::size_t> tooltip_count(const std::string& tooltip) {
  const std::size_t colon = tooltip.rfind(": ");
  EXPECT_NE(colon, std::string::npos) << tooltip;
  if (colon == std::string::npos) return {};
  const std::string count = tooltip.substr(colon + 2);
  const std::size_t space = count.find(' ');
  EXPECT_NE(space, std::string::npos) << tooltip;
  const std::size_t number = std::stoul(count.substr(0, space));
  EXPECT_EQ(count.substr(space + 1), number == 1 ? "article" : "articles") << tooltip;
  return {tooltip.substr(0, colon), number};
}

// The bars of the chart of histogram `name`, as label -> count from their tooltips.
std::map<std::string, std::size_t> bars_of(const XmlTree& tree, const std::string& name) {
  xmlNodePtr chart = xml_element_by_id(tree.root(), name);
  EXPECT_NE(chart, nullptr) << "no chart " << name;
  std::map<std::string, std::size_t> bars;
  for (xmlNodePtr rect : xml_descendants(chart, "rect")) {
    if (xml_attribute(rect, "class") != "bar") continue;
    xmlNodePtr title = xml_child(rect, "title");
    EXPECT_NE(title, nullptr);
    const auto [label, count] = tooltip_count(xml_content(title));
    EXPECT_FALSE(bars.contains(label)) << label << " drawn twice";
    bars[label] = count;
  }
  return bars;
}

// The nonempty buckets of a JSON histogram, as label -> count.
std::map<std::string, std::size_t> nonempty_buckets(const json& histogram) {
  std::map<std::string, std::size_t> buckets;
  for (const json& bucket : histogram["buckets"]) {
    const std::size_t count = bucket["count"].get<std::size_t>();
    if (count > 0) buckets[bucket["value"].get<std::string>()] = count;
  }
  return buckets;
}

class SvgTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = new TempFolder();
    write_file(*folder_ / "a.jsonl", archive());
    // A name with every character XML escapes, through a rename.
    write_file(*folder_ / "team.curation",
               "rename person \"Erik Lindqvist\" to \"Erik <Big> & 'Co'\"\n");
    CommandResult added = newsindex_add(index(), {(*folder_ / "a.jsonl").string()});
    ASSERT_EQ(added.exit_code, 0) << added.err;
  }
  static void TearDownTestSuite() {
    delete folder_;
    folder_ = nullptr;
  }

  static fs::path index() { return *folder_ / "index"; }

  static CommandResult run(const std::string& command, std::vector<std::string> args) {
    args.insert(args.begin(), {command, "-i", index().string()});
    return run_command(kNewsquery, args, clean_env());
  }

  static json run_json(const std::string& command, const std::vector<std::string>& args) {
    CommandResult result = run(command, args);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    json parsed = json::parse(result.out, nullptr, false);
    EXPECT_TRUE(parsed.is_object()) << result.out << result.err;
    return parsed;
  }

  static void curate() {
    CommandResult curated = run_command(
        kNewsindex, {"curate", "-i", index().string(), (*folder_ / "team.curation").string()},
        clean_env());
    ASSERT_EQ(curated.exit_code, 0) << curated.err;
  }

  static TempFolder* folder_;
};

TempFolder* SvgTest::folder_ = nullptr;

TEST_F(SvgTest, SearchBarsAreTheHistogramBucketsOfTheJson) {
  for (const std::string by : {"auto", "year", "month", "day"}) {
    SCOPED_TRACE("--by " + by);
    const json report = run_json("search", {"--json", "--by", by, "oil"});
    const std::optional<XmlTree> tree =
        svg_tree(run("search", {"--format", "svg", "--by", by, "oil"}));
    ASSERT_TRUE(tree.has_value());
    for (const std::string name : {"published", "mentioned"}) {
      ASSERT_TRUE(report["facets"].contains(name)) << name;
      const std::map<std::string, std::size_t> buckets = nonempty_buckets(report["facets"][name]);
      EXPECT_FALSE(buckets.empty()) << name;
      EXPECT_EQ(bars_of(*tree, name), buckets) << name;
    }
    // The title names the query and its total.
    const std::string title = xml_content(xml_child(tree->root(), "title"));
    EXPECT_NE(title.find("oil"), std::string::npos) << title;
    EXPECT_NE(title.find(std::to_string(report["total"].get<std::size_t>()) + " articles"),
              std::string::npos)
        << title;
  }
}

TEST_F(SvgTest, SearchDrawsOnlyTheHistogramsCounted) {
  const json report = run_json("search", {"--json", "--facets", "published", "Helsinki"});
  const std::optional<XmlTree> tree =
      svg_tree(run("search", {"--format", "svg", "--facets", "published", "Helsinki"}));
  ASSERT_TRUE(tree.has_value());
  EXPECT_EQ(bars_of(*tree, "published"), nonempty_buckets(report["facets"]["published"]));
  EXPECT_EQ(xml_element_by_id(tree->root(), "mentioned"), nullptr);
}

TEST_F(SvgTest, EntityBarsAreTheTimelineOfTheJson) {
  for (const std::string by : {"auto", "month", "day"}) {
    SCOPED_TRACE("--by " + by);
    const json profile = run_json("entity", {"--json", "--by", by, "Virtanen"});
    const std::optional<XmlTree> tree =
        svg_tree(run("entity", {"--format", "svg", "--by", by, "Virtanen"}));
    ASSERT_TRUE(tree.has_value());
    const std::map<std::string, std::size_t> buckets = nonempty_buckets(profile["timeline"]);
    EXPECT_FALSE(buckets.empty());
    EXPECT_EQ(bars_of(*tree, "published"), buckets);
    const std::string title = xml_content(xml_child(tree->root(), "title"));
    EXPECT_NE(title.find(profile["entity"]["name"].get<std::string>()), std::string::npos) << title;
  }
}

TEST_F(SvgTest, NetworkDrawsACirclePerNodeAndALinePerEdge) {
  curate();
  const std::vector<std::vector<std::string>> option_sets{
      {"--top", "0"}, {"--top", "3"}, {"--types", "person", "oil"}};
  for (const std::vector<std::string>& options : option_sets) {
    std::vector<std::string> json_args{"--format", "json"}, svg_args{"--format", "svg"};
    json_args.insert(json_args.end(), options.begin(), options.end());
    svg_args.insert(svg_args.end(), options.begin(), options.end());
    const json graph = run_json("network", json_args);
    const CommandResult first = run("network", svg_args);
    const std::optional<XmlTree> tree = svg_tree(first);
    ASSERT_TRUE(tree.has_value());
    ASSERT_FALSE(graph["nodes"].empty());

    std::multiset<std::string> node_tooltips, circle_tooltips;
    std::map<std::string, std::string> label_of;
    for (const json& node : graph["nodes"]) {
      const std::string label = node["label"];
      label_of[node["id"]] = label;
      const std::size_t articles = node["articles"];
      node_tooltips.insert(label + " (" + node["type"].get<std::string>() + "): " +
                           std::to_string(articles) + (articles == 1 ? " article" : " articles"));
    }
    for (xmlNodePtr circle : xml_descendants(xml_element_by_id(tree->root(), "nodes"), "circle"))
      circle_tooltips.insert(xml_content(xml_child(circle, "title")));
    EXPECT_EQ(circle_tooltips, node_tooltips);

    std::multiset<std::string> edge_tooltips, line_tooltips;
    for (const json& edge : graph["edges"]) {
      const std::size_t count = edge["count"];
      edge_tooltips.insert(label_of[edge["source"]] + " and " + label_of[edge["target"]] + ": " +
                           std::to_string(count) + (count == 1 ? " article" : " articles"));
    }
    for (xmlNodePtr line : xml_descendants(xml_element_by_id(tree->root(), "edges"), "line"))
      line_tooltips.insert(xml_content(xml_child(line, "title")));
    EXPECT_EQ(line_tooltips, edge_tooltips);

    // On a graph this small every node has room for its label, the renamed one read back as
    // written.
    std::multiset<std::string> labels, node_labels;
    for (const auto& [id, label] : label_of) node_labels.insert(label);
    for (xmlNodePtr text : xml_descendants(xml_element_by_id(tree->root(), "labels"), "text"))
      labels.insert(xml_content(text));
    EXPECT_EQ(labels, node_labels);

    // The same graph, the same bytes.
    EXPECT_EQ(run("network", svg_args).out, first.out);
  }
  const json graph = run_json("network", {"--format", "json", "--top", "0"});
  bool renamed = false;
  for (const json& node : graph["nodes"]) renamed |= node["label"] == "Erik <Big> & 'Co'";
  EXPECT_TRUE(renamed) << graph.dump();
}

TEST_F(SvgTest, NetworkOfNothingIsAnEmptyPicture) {
  const CommandResult result = run("network", {"--format", "svg", "nosuchwordanywhere"});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  std::optional<XmlTree> tree = XmlTree::parse(result.out);
  ASSERT_TRUE(tree.has_value()) << result.out;
  EXPECT_TRUE(xml_descendants(xml_element_by_id(tree->root(), "nodes"), "circle").empty());
}

TEST_F(SvgTest, OptionsThatCannotApplyToAPictureAreErrors) {
  // Each without the option at fault draws its picture.
  EXPECT_EQ(run("search", {"--format", "svg", "oil"}).exit_code, 0);
  EXPECT_EQ(run("entity", {"--format", "svg", "Virtanen"}).exit_code, 0);
  EXPECT_EQ(run("network", {"--format", "svg", "oil"}).exit_code, 0);
  CommandResult fields = run("search", {"--format", "svg", "--fields", "id,title", "oil"});
  EXPECT_EQ(fields.exit_code, 2) << fields.out;
  EXPECT_NE(fields.err.find("--fields"), std::string::npos) << fields.err;
  EXPECT_TRUE(fields.out.empty());
  CommandResult no_facets = run("search", {"--format", "svg", "--no-facets", "oil"});
  EXPECT_EQ(no_facets.exit_code, 2) << no_facets.out;
  CommandResult no_histogram = run("search", {"--format", "svg", "--facets", "person", "oil"});
  EXPECT_EQ(no_histogram.exit_code, 2) << no_histogram.out;
  CommandResult entity_json = run("entity", {"--format", "svg", "--json", "Virtanen"});
  EXPECT_EQ(entity_json.exit_code, 2) << entity_json.out;
  CommandResult nodes = run("network", {"--format", "svg", "--nodes", "n.csv", "oil"});
  EXPECT_EQ(nodes.exit_code, 2) << nodes.out;
}

}  // namespace
}  // namespace newsindex::testing
