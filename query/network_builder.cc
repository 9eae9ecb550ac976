#include "network_builder.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>

#include "co_mention_counter.h"
#include "facet_names.h"
#include "facet_report.h"
#include "matcher.h"
#include "news_query_parser.h"
#include "searcher.h"

namespace newsindex {

NetworkBuilder::NetworkBuilder(const IndexLayout& layout) : reader_(layout) {}

CoMentionGraph NetworkBuilder::build(const NetworkRequest& request) {
  return reader_.read([&](const Xapian::Database& database) {
    CoMentionGraph graph;
    graph.query = request.query;
    const std::string language =
        request.stem_language.empty() ? majority_language(database) : request.stem_language;
    const auto resolution =
        std::make_shared<const schema::EntityResolution>(entity_resolution(database, false));
    NewsQueryParser parser(database, language, request.today, folder_, resolution);
    const Xapian::Query query = parser.parse(request.query);

    // One pass over every match; no page of hits is wanted.
    CoMentionCounter counter(request.kinds, resolution.get());
    const Matches matches = match(database, query, {0, 0, SortOrder::kRelevance}, &counter);
    graph.total = matches.total;
    const std::vector<CoMentionNode>& nodes = counter.nodes();

    // Ties go to the pair the index met first, so that which edges --top keeps does not depend
    // on the order of matching.
    auto order = [&](std::uint64_t key) {
      const auto [a, b] = CoMentionCounter::split(key);
      return std::make_tuple(nodes[a].facet, nodes[a].ordinal, nodes[b].facet, nodes[b].ordinal);
    };
    auto stronger = [&](const auto& a, const auto& b) {
      return a.second != b.second ? a.second > b.second : order(a.first) < order(b.first);
    };
    // With --top, the candidates are cut back to the strongest whenever they reach twice that:
    // a copy of every pair would cost as much memory again as the counts.
    std::vector<std::pair<std::uint64_t, std::uint32_t>> kept;
    auto cut = [&] {
      if (request.top == 0 || kept.size() <= request.top) return;
      std::nth_element(kept.begin(), kept.begin() + static_cast<std::ptrdiff_t>(request.top),
                       kept.end(), stronger);
      kept.resize(request.top);
    };
    counter.pairs().for_each([&](std::uint64_t key, std::uint32_t count) {
      if (count < request.min_count) return;
      kept.emplace_back(key, count);
      if (request.top != 0 && kept.size() >= 2 * request.top) cut();
    });
    cut();
    std::sort(kept.begin(), kept.end(), stronger);
    graph.pairs = counter.pairs().size();

    // The nodes of the edges kept, most articles first.
    std::vector<std::uint32_t> used;
    for (const auto& [key, count] : kept) {
      const auto [a, b] = CoMentionCounter::split(key);
      used.push_back(a);
      used.push_back(b);
    }
    std::sort(used.begin(), used.end());
    used.erase(std::unique(used.begin(), used.end()), used.end());
    std::stable_sort(used.begin(), used.end(), [&](std::uint32_t a, std::uint32_t b) {
      return nodes[a].articles != nodes[b].articles
                 ? nodes[a].articles > nodes[b].articles
                 : std::tie(nodes[a].facet, nodes[a].ordinal) <
                       std::tie(nodes[b].facet, nodes[b].ordinal);
    });
    FacetNames names(database, reader_.layout(), resolution.get());
    std::unordered_map<std::uint32_t, std::size_t> position;
    for (std::uint32_t number : used) {
      const CoMentionNode& node = nodes[number];
      const schema::FacetName& name = names.find(node.facet, node.ordinal);
      GraphNode out;
      out.id = "n" + std::to_string(graph.nodes.size() + 1);
      out.label = name.display;
      out.type = std::string(schema::entity_kind_info(*schema::entity_kind_of(node.facet)).field);
      out.articles = node.articles;
      out.filter = value_filter(node.facet, name);
      position.emplace(number, graph.nodes.size());
      graph.nodes.push_back(std::move(out));
    }
    for (const auto& [key, count] : kept) {
      const auto [a, b] = CoMentionCounter::split(key);
      const GraphNode& source = graph.nodes[position.at(a)];
      const GraphNode& target = graph.nodes[position.at(b)];
      graph.edges.push_back({source.id, target.id, count, source.filter + " " + target.filter});
    }
    return graph;
  });
}

}  // namespace newsindex
