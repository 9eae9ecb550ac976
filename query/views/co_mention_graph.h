// The graph of newsquery network as plain data: entities named in the articles a query matches,
// and how many of those articles name each pair together.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace newsindex {

struct GraphNode {
  std::string id;            // "n1", "n2", ...: unique within the graph
  std::string label;         // "Vladimir Putin"
  std::string type;          // "person", "org" or "place"
  std::size_t articles = 0;  // matches naming it
  std::string filter;        // person:"=Vladimir Putin"
};

struct GraphEdge {
  std::string source;  // node ids, source the one listed first
  std::string target;
  std::size_t count = 0;  // matches naming both
  std::string filter;     // both nodes' filters: added to the query, selects those `count` matches
};

struct CoMentionGraph {
  std::string query;
  std::size_t total = 0;         // matches of the query
  std::size_t pairs = 0;         // distinct pairs counted, before --min-count and --top
  std::vector<GraphNode> nodes;  // the nodes of the edges kept, most articles first
  std::vector<GraphEdge> edges;  // strongest first
};

}  // namespace newsindex
