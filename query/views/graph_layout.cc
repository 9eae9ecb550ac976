#include "graph_layout.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace newsindex {
namespace {

// How strongly every node is drawn to the centre, against the repulsion that would otherwise
// push the parts of a graph with no link between them to the edges.
constexpr double kGravity = 0.25;

// Fits the points into the rectangle, keeping their proportions, centred.
void fit(std::vector<LayoutPoint>& points, double width, double height) {
  double left = points.front().x, right = left, top = points.front().y, bottom = top;
  for (const LayoutPoint& point : points) {
    left = std::min(left, point.x);
    right = std::max(right, point.x);
    top = std::min(top, point.y);
    bottom = std::max(bottom, point.y);
  }
  const double spread_x = right - left, spread_y = bottom - top;
  double scale = 1;
  if (spread_x > 0 && spread_y > 0) {
    scale = std::min(width / spread_x, height / spread_y);
  } else if (spread_x > 0) {
    scale = width / spread_x;
  } else if (spread_y > 0) {
    scale = height / spread_y;
  }
  const double offset_x = (width - spread_x * scale) / 2;
  const double offset_y = (height - spread_y * scale) / 2;
  for (LayoutPoint& point : points) {
    point.x = std::clamp(offset_x + (point.x - left) * scale, 0.0, width);
    point.y = std::clamp(offset_y + (point.y - top) * scale, 0.0, height);
  }
}

}  // namespace

std::vector<LayoutPoint> ForceLayout::place(std::size_t nodes, const std::vector<LayoutLink>& links,
                                            double width, double height) const {
  std::vector<LayoutPoint> points(nodes);
  if (nodes == 0) return points;
  const double centre_x = width / 2, centre_y = height / 2;
  const double radius = std::min(width, height) * 0.4;
  for (std::size_t i = 0; i < nodes; ++i) {
    const double angle = 2 * std::numbers::pi * static_cast<double>(i) / static_cast<double>(nodes);
    points[i] = {centre_x + radius * std::cos(angle), centre_y + radius * std::sin(angle)};
  }
  if (nodes == 1) {
    points[0] = {centre_x, centre_y};
    return points;
  }

  // The distance at which a lone pair's pull and push balance.
  const double ideal = std::sqrt(width * height / static_cast<double>(nodes)) * 0.8;
  const double start_temperature = std::max(width, height) / 10;
  std::vector<LayoutPoint> shift(nodes);
  for (std::size_t step = 0; step < iterations_; ++step) {
    std::fill(shift.begin(), shift.end(), LayoutPoint{});
    for (std::size_t i = 0; i < nodes; ++i) {
      for (std::size_t j = i + 1; j < nodes; ++j) {
        double dx = points[i].x - points[j].x, dy = points[i].y - points[j].y;
        double distance = std::hypot(dx, dy);
        if (distance < 1e-6) {
          // Two nodes on one point: parted along a direction fixed by their indexes.
          const double angle = static_cast<double>(i * 7 + j * 13);
          dx = std::cos(angle) * 1e-3;
          dy = std::sin(angle) * 1e-3;
          distance = 1e-3;
        }
        const double push = ideal * ideal / distance;
        shift[i].x += dx / distance * push;
        shift[i].y += dy / distance * push;
        shift[j].x -= dx / distance * push;
        shift[j].y -= dy / distance * push;
      }
    }
    for (const LayoutLink& link : links) {
      if (link.from == link.to || link.from >= nodes || link.to >= nodes) continue;
      const double dx = points[link.from].x - points[link.to].x;
      const double dy = points[link.from].y - points[link.to].y;
      const double distance = std::hypot(dx, dy);
      if (distance < 1e-9) continue;
      const double pull = distance * distance / ideal * link.weight;
      shift[link.from].x -= dx / distance * pull;
      shift[link.from].y -= dy / distance * pull;
      shift[link.to].x += dx / distance * pull;
      shift[link.to].y += dy / distance * pull;
    }
    // Cooling linearly, as Fruchterman and Reingold do: large moves first, then settling.
    const double temperature =
        start_temperature * (1 - static_cast<double>(step) / static_cast<double>(iterations_));
    for (std::size_t i = 0; i < nodes; ++i) {
      const double to_centre_x = centre_x - points[i].x, to_centre_y = centre_y - points[i].y;
      shift[i].x += to_centre_x * std::hypot(to_centre_x, to_centre_y) / ideal * kGravity;
      shift[i].y += to_centre_y * std::hypot(to_centre_x, to_centre_y) / ideal * kGravity;
      const double length = std::hypot(shift[i].x, shift[i].y);
      if (length < 1e-12) continue;
      const double move = std::min(length, temperature);
      // Not kept inside the rectangle here: nodes held at a wall would pile up on it. The
      // drawing is fitted to the rectangle at the end.
      points[i].x += shift[i].x / length * move;
      points[i].y += shift[i].y / length * move;
    }
  }
  fit(points, width, height);
  return points;
}

}  // namespace newsindex
