// Positions for the nodes of a graph in a rectangle, linked nodes near each other and the rest
// apart, for drawing it (newsquery network --format svg).
#pragma once

#include <cstddef>
#include <vector>

namespace newsindex {

struct LayoutPoint {
  double x = 0;
  double y = 0;
};

struct LayoutLink {
  std::size_t from = 0;  // node indexes
  std::size_t to = 0;
  double weight = 1;  // how hard the link pulls its ends together, relative to 1
};

// Fruchterman and Reingold's force-directed placement (1991), with a pull toward the centre that
// keeps unlinked parts of the graph in view. Nodes start evenly on a circle in index order and
// every step is plain arithmetic with no random numbers, so the same graph is always placed the
// same. Each step compares every pair of nodes: meant for the few hundred nodes a picture can
// show.
class ForceLayout {
 public:
  explicit ForceLayout(std::size_t iterations = 400) : iterations_(iterations) {}

  // A point per node, inside [0, width] x [0, height]; the drawing is scaled to fill the
  // rectangle in one direction at least, keeping its proportions.
  [[nodiscard]] std::vector<LayoutPoint> place(std::size_t nodes,
                                               const std::vector<LayoutLink>& links, double width,
                                               double height) const;

 private:
  std::size_t iterations_;
};

}  // namespace newsindex
