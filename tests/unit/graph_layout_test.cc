#include "graph_layout.h"

#include <gtest/gtest.h>

#include <cmath>
#include <set>

namespace newsindex {
namespace {

double distance(LayoutPoint a, LayoutPoint b) {
  return std::hypot(a.x - b.x, a.y - b.y);
}

// Two groups of four, each linked throughout, joined by one link, and two nodes on their own.
struct SmallGraph {
  std::size_t nodes = 10;
  std::vector<LayoutLink> links;
  SmallGraph() {
    for (std::size_t group : {0u, 4u}) {
      for (std::size_t i = 0; i < 4; ++i) {
        for (std::size_t j = i + 1; j < 4; ++j) links.push_back({group + i, group + j, 1});
      }
    }
    links.push_back({3, 4, 1});
  }
  [[nodiscard]] bool linked(std::size_t a, std::size_t b) const {
    for (const LayoutLink& link : links) {
      if ((link.from == a && link.to == b) || (link.from == b && link.to == a)) return true;
    }
    return false;
  }
};

TEST(ForceLayout, NodesStayInsideTheRectangleAndApart) {
  const SmallGraph graph;
  const std::vector<LayoutPoint> points = ForceLayout().place(graph.nodes, graph.links, 800, 500);
  ASSERT_EQ(points.size(), graph.nodes);
  for (const LayoutPoint& point : points) {
    EXPECT_GE(point.x, 0);
    EXPECT_LE(point.x, 800);
    EXPECT_GE(point.y, 0);
    EXPECT_LE(point.y, 500);
  }
  for (std::size_t i = 0; i < points.size(); ++i) {
    for (std::size_t j = i + 1; j < points.size(); ++j) {
      // Far enough apart for two circles to be told apart.
      EXPECT_GT(distance(points[i], points[j]), 10) << i << " " << j;
    }
  }
}

TEST(ForceLayout, LinkedNodesAreCloserThanOthers) {
  const SmallGraph graph;
  const std::vector<LayoutPoint> points = ForceLayout().place(graph.nodes, graph.links, 800, 500);
  double linked = 0, unlinked = 0;
  std::size_t linked_pairs = 0, unlinked_pairs = 0;
  for (std::size_t i = 0; i < points.size(); ++i) {
    for (std::size_t j = i + 1; j < points.size(); ++j) {
      if (graph.linked(i, j)) {
        linked += distance(points[i], points[j]);
        ++linked_pairs;
      } else {
        unlinked += distance(points[i], points[j]);
        ++unlinked_pairs;
      }
    }
  }
  ASSERT_GT(linked_pairs, 0u);
  ASSERT_GT(unlinked_pairs, 0u);
  EXPECT_LT(linked / static_cast<double>(linked_pairs),
            0.6 * unlinked / static_cast<double>(unlinked_pairs));
  // Each group sits together: its members are nearer each other than the other group's.
  for (std::size_t i = 0; i < 4; ++i) {
    for (std::size_t j = 0; j < 4; ++j) {
      if (i == j) continue;
      EXPECT_LT(distance(points[i], points[j]), distance(points[i], points[4 + j])) << i << j;
    }
  }
}

TEST(ForceLayout, TheSameGraphIsPlacedTheSame) {
  const SmallGraph graph;
  const std::vector<LayoutPoint> first = ForceLayout().place(graph.nodes, graph.links, 800, 500);
  const std::vector<LayoutPoint> second = ForceLayout().place(graph.nodes, graph.links, 800, 500);
  ASSERT_EQ(first.size(), second.size());
  for (std::size_t i = 0; i < first.size(); ++i) {
    EXPECT_EQ(first[i].x, second[i].x);
    EXPECT_EQ(first[i].y, second[i].y);
  }
}

TEST(ForceLayout, SmallGraphs) {
  EXPECT_TRUE(ForceLayout().place(0, {}, 100, 100).empty());
  const std::vector<LayoutPoint> one = ForceLayout().place(1, {}, 100, 60);
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].x, 50);
  EXPECT_EQ(one[0].y, 30);
  const std::vector<LayoutPoint> two = ForceLayout().place(2, {{0, 1, 1}}, 100, 60);
  ASSERT_EQ(two.size(), 2u);
  EXPECT_GT(distance(two[0], two[1]), 10);
}

}  // namespace
}  // namespace newsindex
