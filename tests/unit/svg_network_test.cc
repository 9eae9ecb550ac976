#include <gtest/gtest.h>

#include <set>
#include <sstream>

#include "graph_writer.h"
#include "xml_tree.h"

namespace newsindex {
namespace {

using testing::xml_child;
using testing::xml_content;
using testing::xml_descendants;
using testing::xml_element_by_id;
using testing::XmlTree;

// A star of `count` nodes around n1, most articles first as the builder orders them, and a ring
// through the others.
CoMentionGraph star(std::size_t count) {
  CoMentionGraph graph;
  graph.query = "oil & <gas>";
  graph.total = 5000;
  const char* types[] = {"person", "org", "place"};
  for (std::size_t i = 1; i <= count; ++i) {
    GraphNode node;
    node.id = "n" + std::to_string(i);
    node.label = "Node " + std::to_string(i);
    node.type = types[i % 3];
    node.articles = 1000 - i;
    graph.nodes.push_back(node);
  }
  graph.nodes[1].label = "AT&T <\"Bell\"> 'Labs'";
  for (std::size_t i = 2; i <= count; ++i) {
    GraphEdge edge;
    edge.source = "n1";
    edge.target = "n" + std::to_string(i);
    edge.count = 500 - i;
    graph.edges.push_back(edge);
    if (i > 2) {
      edge.source = "n" + std::to_string(i - 1);
      edge.count = 3;
      graph.edges.push_back(edge);
    }
  }
  return graph;
}

std::string picture(const CoMentionGraph& graph) {
  std::ostringstream out;
  write_graph_svg(graph, out);
  return out.str();
}

TEST(SvgNetwork, AtMostTheCapOfNodesIsDrawnAndThePictureSaysSo) {
  const CoMentionGraph graph = star(kMostSvgNodes + 50);
  const std::string svg = picture(graph);
  std::optional<XmlTree> tree = XmlTree::parse(svg);
  ASSERT_TRUE(tree.has_value()) << svg.substr(0, 2000);
  EXPECT_EQ(xml_descendants(xml_element_by_id(tree->root(), "nodes"), "circle").size(),
            kMostSvgNodes);
  // The edges among the nodes drawn: the star's first kMostSvgNodes - 1 and the ring's
  // kMostSvgNodes - 2.
  EXPECT_EQ(xml_descendants(xml_element_by_id(tree->root(), "edges"), "line").size(),
            2 * kMostSvgNodes - 3);
  EXPECT_NE(svg.find("<!-- Only the 150 of 200 entities"), std::string::npos);
  std::set<std::string> drawn;
  for (xmlNodePtr circle : xml_descendants(xml_element_by_id(tree->root(), "nodes"), "circle"))
    drawn.insert(xml_content(xml_child(circle, "title")));
  EXPECT_TRUE(drawn.contains("Node 150 (person): 850 articles"));
  EXPECT_FALSE(drawn.contains("Node 151 (org): 849 articles"));
}

TEST(SvgNetwork, NamesAreEscapedAndReadBackAsWritten) {
  const std::string svg = picture(star(6));
  std::optional<XmlTree> tree = XmlTree::parse(svg);
  ASSERT_TRUE(tree.has_value()) << svg;
  EXPECT_EQ(svg.find("<!--"), std::string::npos);
  EXPECT_EQ(xml_content(xml_child(tree->root(), "title")), "Named together: oil & <gas>");
  std::set<std::string> labels;
  for (xmlNodePtr text : xml_descendants(xml_element_by_id(tree->root(), "labels"), "text"))
    labels.insert(xml_content(text));
  EXPECT_TRUE(labels.contains("AT&T <\"Bell\"> 'Labs'"));
  EXPECT_EQ(labels.size(), 6u);
}

TEST(SvgNetwork, TheSameGraphGivesTheSameBytes) {
  EXPECT_EQ(picture(star(60)), picture(star(60)));
}

TEST(SvgNetwork, AnEmptyGraphIsAPicture) {
  std::optional<XmlTree> tree = XmlTree::parse(picture(CoMentionGraph{}));
  ASSERT_TRUE(tree.has_value());
  EXPECT_TRUE(xml_descendants(tree->root(), "line").empty());
}

}  // namespace
}  // namespace newsindex
