// The CSV and JSON writers of the co-mention graph.
#include <nlohmann/json.hpp>

#include "csv_writer.h"
#include "graph_writer.h"

namespace newsindex {

void write_graph_csv_edges(const CoMentionGraph& graph, std::ostream& out) {
  out << "source,target,count,filter\r\n";
  for (const GraphEdge& edge : graph.edges) {
    out << csv_field(edge.source) << ',' << csv_field(edge.target) << ',' << edge.count << ','
        << csv_field(edge.filter) << "\r\n";
  }
}

void write_graph_csv_nodes(const CoMentionGraph& graph, std::ostream& out) {
  out << "id,label,type,articles,filter\r\n";
  for (const GraphNode& node : graph.nodes) {
    out << csv_field(node.id) << ',' << csv_field(node.label) << ',' << csv_field(node.type) << ','
        << node.articles << ',' << csv_field(node.filter) << "\r\n";
  }
}

void write_graph_json(const CoMentionGraph& graph, std::ostream& out) {
  nlohmann::ordered_json json;
  json["query"] = graph.query;
  json["total"] = graph.total;
  json["pairs"] = graph.pairs;
  json["nodes"] = nlohmann::ordered_json::array();
  for (const GraphNode& node : graph.nodes) {
    json["nodes"].push_back({{"id", node.id},
                             {"label", node.label},
                             {"type", node.type},
                             {"articles", node.articles},
                             {"filter", node.filter}});
  }
  json["edges"] = nlohmann::ordered_json::array();
  for (const GraphEdge& edge : graph.edges) {
    json["edges"].push_back({{"source", edge.source},
                             {"target", edge.target},
                             {"count", edge.count},
                             {"filter", edge.filter}});
  }
  // Names from scraped text may hold invalid UTF-8: replaced rather than thrown on.
  out << json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace newsindex
