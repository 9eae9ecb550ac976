// Writers of newsquery network's graph (views/co_mention_graph.h), one per format. GEXF 1.3 and
// GraphML for Gephi, Cytoscape, networkx or igraph; CSV as two tables (edges, and nodes), the
// shape graph tools import; JSON for scripts; SVG to look at.
#pragma once

#include <cstddef>
#include <ostream>

#include "co_mention_graph.h"

namespace newsindex {

void write_graph_gexf(const CoMentionGraph& graph, std::ostream& out);
void write_graph_graphml(const CoMentionGraph& graph, std::ostream& out);
// source,target,count,filter: node ids, as the node list gives them.
void write_graph_csv_edges(const CoMentionGraph& graph, std::ostream& out);
// id,label,type,articles,filter
void write_graph_csv_nodes(const CoMentionGraph& graph, std::ostream& out);
void write_graph_json(const CoMentionGraph& graph, std::ostream& out);

// Nodes drawn at most; the nodes come most articles first, so these are the largest.
inline constexpr std::size_t kMostSvgNodes = 150;
// A picture of the graph (svg_network.cc): the first kMostSvgNodes nodes and the edges between
// them, each circle and line with a tooltip naming it and its count.
void write_graph_svg(const CoMentionGraph& graph, std::ostream& out);

}  // namespace newsindex
