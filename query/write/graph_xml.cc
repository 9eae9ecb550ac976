// The XML writers of the co-mention graph: GEXF 1.3 and GraphML.
#include "graph_writer.h"
#include "xml_text.h"

namespace newsindex {

void write_graph_gexf(const CoMentionGraph& graph, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" "
         "version=\"1.3\">\n"
         "  <meta>\n"
         "    <creator>newsquery network</creator>\n"
         "    <description>Articles naming both entities, of the "
      << graph.total << " matching: " << xml_text(graph.query)
      << "</description>\n"
         "  </meta>\n"
         "  <graph defaultedgetype=\"undirected\" mode=\"static\">\n"
         "    <attributes class=\"node\" mode=\"static\">\n"
         "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
         "      <attribute id=\"articles\" title=\"articles\" type=\"long\"/>\n"
         "      <attribute id=\"filter\" title=\"filter\" type=\"string\"/>\n"
         "    </attributes>\n"
         "    <attributes class=\"edge\" mode=\"static\">\n"
         "      <attribute id=\"count\" title=\"count\" type=\"long\"/>\n"
         "      <attribute id=\"filter\" title=\"filter\" type=\"string\"/>\n"
         "    </attributes>\n"
         "    <nodes count=\""
      << graph.nodes.size() << "\">\n";
  for (const GraphNode& node : graph.nodes) {
    out << "      <node id=\"" << xml_text(node.id) << "\" label=\"" << xml_text(node.label)
        << "\">\n"
           "        <attvalues>\n"
           "          <attvalue for=\"type\" value=\""
        << xml_text(node.type)
        << "\"/>\n"
           "          <attvalue for=\"articles\" value=\""
        << node.articles
        << "\"/>\n"
           "          <attvalue for=\"filter\" value=\""
        << xml_text(node.filter)
        << "\"/>\n"
           "        </attvalues>\n"
           "      </node>\n";
  }
  out << "    </nodes>\n    <edges count=\"" << graph.edges.size() << "\">\n";
  std::size_t number = 0;
  for (const GraphEdge& edge : graph.edges) {
    // Gephi sizes and lays out edges by weight: it is the count.
    out << "      <edge id=\"e" << ++number << "\" source=\"" << xml_text(edge.source)
        << "\" target=\"" << xml_text(edge.target) << "\" weight=\"" << edge.count
        << "\">\n"
           "        <attvalues>\n"
           "          <attvalue for=\"count\" value=\""
        << edge.count
        << "\"/>\n"
           "          <attvalue for=\"filter\" value=\""
        << xml_text(edge.filter)
        << "\"/>\n"
           "        </attvalues>\n"
           "      </edge>\n";
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

void write_graph_graphml(const CoMentionGraph& graph, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
         "  <desc>newsquery network: articles naming both entities, of the "
      << graph.total << " matching: " << xml_text(graph.query)
      << "</desc>\n"
         "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
         "  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
         "  <key id=\"articles\" for=\"node\" attr.name=\"articles\" attr.type=\"long\"/>\n"
         "  <key id=\"node_filter\" for=\"node\" attr.name=\"filter\" attr.type=\"string\"/>\n"
         "  <key id=\"count\" for=\"edge\" attr.name=\"count\" attr.type=\"long\"/>\n"
         "  <key id=\"edge_filter\" for=\"edge\" attr.name=\"filter\" attr.type=\"string\"/>\n"
         "  <graph id=\"network\" edgedefault=\"undirected\">\n";
  for (const GraphNode& node : graph.nodes) {
    out << "    <node id=\"" << xml_text(node.id) << "\">\n"
        << "      <data key=\"label\">" << xml_text(node.label) << "</data>\n"
        << "      <data key=\"type\">" << xml_text(node.type) << "</data>\n"
        << "      <data key=\"articles\">" << node.articles << "</data>\n"
        << "      <data key=\"node_filter\">" << xml_text(node.filter) << "</data>\n"
        << "    </node>\n";
  }
  std::size_t number = 0;
  for (const GraphEdge& edge : graph.edges) {
    out << "    <edge id=\"e" << ++number << "\" source=\"" << xml_text(edge.source)
        << "\" target=\"" << xml_text(edge.target) << "\">\n"
        << "      <data key=\"count\">" << edge.count << "</data>\n"
        << "      <data key=\"edge_filter\">" << xml_text(edge.filter) << "</data>\n"
        << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace newsindex
