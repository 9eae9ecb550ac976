// The co-mention graph as an SVG picture: nodes placed by ForceLayout, circles sized by articles
// and coloured by type, lines as wide as their counts, and labels that do not cover each other.
#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <string>

#include "counted_noun.h"
#include "graph_layout.h"
#include "graph_writer.h"
#include "svg_document.h"
#include "terminal_text.h"
#include "xml_text.h"

namespace newsindex {
namespace {

constexpr double kWidth = 1100;
constexpr double kHeight = 860;
constexpr double kHeaderHeight = 84;
// The layout's rectangle leaves room for the largest circles and the labels around them.
constexpr double kMarginX = 90;
constexpr double kMarginY = 36;
constexpr double kSmallestRadius = 4;
constexpr double kLargestRadius = 20;
constexpr double kThinnestLine = 0.6;
constexpr double kWidestLine = 7;
// The nodes with most articles whose labels may cover circles when nothing else is free.
constexpr std::size_t kLabelledOverCircles = 20;

struct TypeStyle {
  std::string_view type;
  std::string_view name;
  std::string_view colour;
};
// Colours told apart by people with the common forms of colour blindness (Tableau 10).
constexpr std::array<TypeStyle, 3> kTypeStyles{{{"person", "Person", "#4e79a7"},
                                                {"org", "Organisation", "#f28e2b"},
                                                {"place", "Place", "#59a14f"}}};
constexpr std::string_view kOtherColour = "#9c755f";

std::string_view colour_of(std::string_view type) {
  for (const TypeStyle& style : kTypeStyles) {
    if (style.type == type) return style.colour;
  }
  return kOtherColour;
}

struct Box {
  double left, top, right, bottom;
  [[nodiscard]] bool overlaps(const Box& other) const {
    return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
  }
};

struct Label {
  std::size_t node;
  double x, y;  // the text's anchor: middle of its baseline
  double font_size;
};

// The first points.size() nodes are drawn. Each node's label below, above, right or left of its
// circle, the first place that covers no label placed before and no circle; nodes with most
// articles are placed first. In a crowded
// middle the largest nodes' labels may cover other circles (their outline keeps them readable)
// rather than go missing. Any other label with no free place is left out: its circle's tooltip
// still names it.
std::vector<Label> place_labels(const std::vector<GraphNode>& nodes,
                                const std::vector<LayoutPoint>& points,
                                const std::vector<double>& radii,
                                const std::vector<double>& font_sizes) {
  std::vector<Box> taken;
  for (std::size_t i = 0; i < points.size(); ++i) {
    taken.push_back({points[i].x - radii[i], points[i].y - radii[i], points[i].x + radii[i],
                     points[i].y + radii[i]});
  }
  std::vector<Label> labels;
  for (std::size_t i = 0; i < points.size(); ++i) {
    const double width = text_width(nodes[i].label, font_sizes[i]);
    const double height = font_sizes[i];
    const double x = points[i].x, y = points[i].y, r = radii[i];
    // Candidate anchors (middle of the baseline) and the boxes their text covers.
    const std::array<std::pair<double, double>, 4> anchors{
        {{x, y + r + 2 + height},
         {x, y - r - 4},
         {x + r + 3 + width / 2, y + height / 3},
         {x - r - 3 - width / 2, y + height / 3}}};
    const std::size_t passes = i < kLabelledOverCircles ? 2 : 1;
    bool placed = false;
    for (std::size_t pass = 0; pass < passes && !placed; ++pass) {
      // The first pass keeps clear of circles and labels, the second only of labels.
      const std::size_t first_obstacle = pass == 0 ? 0 : points.size();
      for (const auto& [anchor_x, anchor_y] : anchors) {
        const Box box{anchor_x - width / 2, anchor_y - height * 0.8, anchor_x + width / 2,
                      anchor_y + height * 0.25};
        if (box.left < 0 || box.right > kWidth || box.top < kHeaderHeight || box.bottom > kHeight)
          continue;
        bool free = true;
        for (std::size_t j = first_obstacle; j < taken.size() && free; ++j) {
          // Its own circle is not in the way of a label placed beside it.
          if (j != i) free = !box.overlaps(taken[j]);
        }
        if (!free) continue;
        taken.push_back(box);
        labels.push_back({i, anchor_x, anchor_y, font_sizes[i]});
        placed = true;
        break;
      }
    }
  }
  return labels;
}

void write_text_attributes(const Label& label, std::ostream& out) {
  out << "x=\"" << svg_number(label.x) << "\" y=\"" << svg_number(label.y) << "\" font-size=\""
      << svg_number(label.font_size) << "\"";
}

}  // namespace

void write_graph_svg(const CoMentionGraph& graph, std::ostream& out) {
  const bool all = graph.query.find_first_not_of(' ') == std::string::npos;
  const std::string title = "Named together: " + (all ? std::string("all articles") : graph.query);
  write_svg_start(out, kWidth, kHeight, title);
  const std::size_t shown = std::min(graph.nodes.size(), kMostSvgNodes);
  std::string subtitle =
      "newsquery network: " + grouped_count(graph.nodes.size()) +
      (graph.nodes.size() == 1 ? " entity, " : " entities, ") + grouped_count(graph.edges.size()) +
      (graph.edges.size() == 1 ? " link, in " : " links, in ") + grouped_count(graph.total) +
      " matching " + (graph.total == 1 ? "article" : "articles");
  if (shown < graph.nodes.size()) {
    subtitle += "; the " + std::to_string(shown) + " with most articles are drawn";
    out << "<!-- Only the " << shown << " of " << graph.nodes.size()
        << " entities with most articles are drawn, and the links between them: a picture of "
           "more cannot be read. The other formats have them all. -->\n";
  }
  out << "<text x=\"24\" y=\"30\" font-size=\"17\" font-weight=\"bold\" fill=\"#111111\">"
      << xml_text(fit_to_width(title, 60)) << "</text>\n"
      << "<text x=\"24\" y=\"52\" fill=\"#555555\">" << xml_text(subtitle) << "</text>\n"
      << "<text x=\"24\" y=\"70\" fill=\"#555555\">Circle: articles naming the entity; line: "
         "articles naming both</text>\n";

  // The legend: the types drawn, in schema order, and how sizes read.
  std::vector<const TypeStyle*> types;
  for (const TypeStyle& style : kTypeStyles) {
    if (std::any_of(graph.nodes.begin(), graph.nodes.begin() + static_cast<std::ptrdiff_t>(shown),
                    [&](const GraphNode& node) { return node.type == style.type; }))
      types.push_back(&style);
  }
  out << "<g id=\"legend\" font-size=\"12\" fill=\"#333333\">\n";
  double legend_x = kWidth - 24;
  for (auto style = types.rbegin(); style != types.rend(); ++style) {
    legend_x -= text_width((*style)->name, 12) + 26;
    out << "<circle cx=\"" << svg_number(legend_x + 6) << "\" cy=\"26\" r=\"6\" fill=\""
        << (*style)->colour << "\"/>\n<text x=\"" << svg_number(legend_x + 16) << "\" y=\"30\">"
        << (*style)->name << "</text>\n";
  }
  out << "</g>\n";

  if (shown == 0) {
    out << "<text x=\"" << svg_number(kWidth / 2) << "\" y=\"" << svg_number(kHeight / 2)
        << "\" text-anchor=\"middle\" fill=\"#666666\">No entities named together in the "
           "matching articles</text>\n";
    write_svg_end(out);
    return;
  }

  std::map<std::string, std::size_t> index_of;
  for (std::size_t i = 0; i < shown; ++i) index_of[graph.nodes[i].id] = i;
  std::size_t most_articles = 1, most_count = 1;
  for (std::size_t i = 0; i < shown; ++i)
    most_articles = std::max(most_articles, graph.nodes[i].articles);
  std::vector<std::pair<const GraphEdge*, LayoutLink>> edges;
  for (const GraphEdge& edge : graph.edges) {
    const auto from = index_of.find(edge.source), to = index_of.find(edge.target);
    if (from == index_of.end() || to == index_of.end()) continue;
    edges.push_back({&edge, {from->second, to->second, 1}});
    most_count = std::max(most_count, edge.count);
  }
  std::vector<LayoutLink> links;
  for (auto& [edge, link] : edges) {
    // Strong links pull harder, but never so much that a hub swallows its neighbours.
    link.weight =
        0.5 + std::sqrt(static_cast<double>(edge->count) / static_cast<double>(most_count));
    links.push_back(link);
  }
  std::vector<LayoutPoint> points = ForceLayout().place(shown, links, kWidth - 2 * kMarginX,
                                                        kHeight - kHeaderHeight - 2 * kMarginY);
  for (LayoutPoint& point : points) {
    point.x += kMarginX;
    point.y += kHeaderHeight + kMarginY;
  }
  std::vector<double> radii, font_sizes;
  for (std::size_t i = 0; i < shown; ++i) {
    // The area grows with the articles, as readers compare circles by area.
    const double share = std::sqrt(static_cast<double>(graph.nodes[i].articles) /
                                   static_cast<double>(most_articles));
    radii.push_back(kSmallestRadius + (kLargestRadius - kSmallestRadius) * share);
    font_sizes.push_back(10 + 3 * share);
  }

  // Weakest links first, so that the strong ones are drawn over them.
  out << "<g id=\"edges\" stroke=\"#8a8a8a\" stroke-opacity=\"0.55\" stroke-linecap=\"round\">\n";
  for (auto edge = edges.rbegin(); edge != edges.rend(); ++edge) {
    const auto& [graph_edge, link] = *edge;
    const double share = static_cast<double>(graph_edge->count) / static_cast<double>(most_count);
    out << "<line x1=\"" << svg_number(points[link.from].x) << "\" y1=\""
        << svg_number(points[link.from].y) << "\" x2=\"" << svg_number(points[link.to].x)
        << "\" y2=\"" << svg_number(points[link.to].y) << "\" stroke-width=\""
        << svg_number(kThinnestLine + (kWidestLine - kThinnestLine) * share) << "\"><title>"
        << xml_text(graph.nodes[link.from].label) << " and " << xml_text(graph.nodes[link.to].label)
        << ": " << counted_noun(graph_edge->count, "article", "articles") << "</title></line>\n";
  }
  out << "</g>\n";

  out << "<g id=\"nodes\" stroke=\"#ffffff\" stroke-width=\"1.2\">\n";
  for (std::size_t i = 0; i < shown; ++i) {
    const GraphNode& node = graph.nodes[i];
    out << "<circle cx=\"" << svg_number(points[i].x) << "\" cy=\"" << svg_number(points[i].y)
        << "\" r=\"" << svg_number(radii[i]) << "\" fill=\"" << colour_of(node.type) << "\"><title>"
        << xml_text(node.label) << " (" << xml_text(node.type)
        << "): " << counted_noun(node.articles, "article", "articles") << "</title></circle>\n";
  }
  out << "</g>\n";

  // Labels twice: a white outline under each keeps it readable over lines.
  const std::vector<Label> labels = place_labels(graph.nodes, points, radii, font_sizes);
  out << "<g id=\"label-outlines\" text-anchor=\"middle\" fill=\"#ffffff\" stroke=\"#ffffff\" "
         "stroke-width=\"3\" stroke-linejoin=\"round\" stroke-opacity=\"0.85\">\n";
  for (const Label& label : labels) {
    out << "<text ";
    write_text_attributes(label, out);
    out << ">" << xml_text(graph.nodes[label.node].label) << "</text>\n";
  }
  out << "</g>\n<g id=\"labels\" text-anchor=\"middle\" fill=\"#222222\">\n";
  for (const Label& label : labels) {
    out << "<text ";
    write_text_attributes(label, out);
    out << ">" << xml_text(graph.nodes[label.node].label) << "</text>\n";
  }
  out << "</g>\n";
  write_svg_end(out);
}

}  // namespace newsindex
