// query_latency: warm latency of newsquery's search path (parsing, matching every document,
// counting all facets, snippets for the first page), timed in-process so that start-up and
// opening the index are left out.
//
//   query_latency INDEX [--runs N] [--warmup K] [--query Q]... [--only]
//                 [--facet-order count|significant] [--json]
#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "date_range.h"
#include "searcher.h"

namespace {

using namespace newsindex;
using Milliseconds = std::chrono::duration<double, std::milli>;

// From the whole archive down to a hundred articles; the counts are Reuters-21578's. "said" is
// the broad case: all facets counted over 15,465 of 21,577 articles.
const std::vector<std::string> kDefaultQueries = {
    "",                                      // whole archive
    "said",                                  // 15,465
    "oil",                                   // 1,544
    "cocoa",                                 // 129
    "\"interest rates\"",                    // 479, and reads positions
    "(oil OR gas) AND prices date:1987-03",  // 406
    "place:\"United States\"",               // 3,707
};

struct Options {
  std::string index;
  std::size_t runs = 30;
  std::size_t warmup = 3;
  std::vector<std::string> extra_queries;
  bool only_extra = false;
  FacetOrder facet_order = FacetOrder::kCount;
  bool json = false;
  bool no_facets = false;
};

struct Latency {
  std::string query;
  Xapian::doccount matches = 0;
  bool exact = true;
  std::vector<double> sorted_ms;
};

// Nearest rank: a sample that was actually measured, never an interpolation.
double percentile(const std::vector<double>& sorted_ms, double percent) {
  auto rank =
      static_cast<std::size_t>(std::ceil(percent / 100 * static_cast<double>(sorted_ms.size())));
  return sorted_ms[std::max<std::size_t>(rank, 1) - 1];
}

Latency measure(Searcher& searcher, const SearchRequest& request, const Options& options) {
  Latency latency{request.query, 0, true, {}};
  for (std::size_t run = 0; run < options.warmup; ++run) (void)searcher.search(request);
  for (std::size_t run = 0; run < options.runs; ++run) {
    auto start = std::chrono::steady_clock::now();
    SearchView result = searcher.search(request);
    latency.sorted_ms.push_back(Milliseconds(std::chrono::steady_clock::now() - start).count());
    latency.matches = result.total;
    latency.exact = result.exact;
  }
  std::sort(latency.sorted_ms.begin(), latency.sorted_ms.end());
  return latency;
}

std::string shown(const std::string& query) {
  return query.empty() ? "(whole archive)" : query;
}

void print_table(const std::vector<Latency>& latencies, const Latency& overall) {
  std::size_t width = overall.query.size();
  for (const Latency& latency : latencies) width = std::max(width, shown(latency.query).size());
  const int query_width = static_cast<int>(width);
  std::printf("%-*s %8s %5s %8s %8s %8s\n", query_width, "query", "matches", "exact", "p50 ms",
              "p95 ms", "max ms");
  auto row = [&](const std::string& label, const std::string& matches, const char* exact,
                 const std::vector<double>& sorted_ms) {
    std::printf("%-*s %8s %5s %8.2f %8.2f %8.2f\n", query_width, label.c_str(), matches.c_str(),
                exact, percentile(sorted_ms, 50), percentile(sorted_ms, 95), sorted_ms.back());
  };
  for (const Latency& latency : latencies) {
    row(shown(latency.query), std::to_string(latency.matches), latency.exact ? "yes" : "no",
        latency.sorted_ms);
  }
  row(overall.query, "", "", overall.sorted_ms);
}

nlohmann::json to_json(const Latency& latency) {
  return {{"query", latency.query},
          {"matches", latency.matches},
          {"exact", latency.exact},
          {"p50_ms", percentile(latency.sorted_ms, 50)},
          {"p95_ms", percentile(latency.sorted_ms, 95)},
          {"max_ms", latency.sorted_ms.back()}};
}

int run(const Options& options) {
  Searcher searcher{IndexLayout(options.index)};
  const Xapian::doccount documents = IndexLayout(options.index).open_for_reading().get_doccount();
  SearchRequest request;
  request.today = local_today();
  FacetOptions facets;
  facets.order = options.facet_order;
  if (!options.no_facets) request.facets = facets;

  std::vector<std::string> queries;
  if (!options.only_extra) queries = kDefaultQueries;
  queries.insert(queries.end(), options.extra_queries.begin(), options.extra_queries.end());
  std::vector<Latency> latencies;
  Latency overall{"all queries", 0, true, {}};
  for (const std::string& query : queries) {
    request.query = query;
    latencies.push_back(measure(searcher, request, options));
    const std::vector<double>& sorted_ms = latencies.back().sorted_ms;
    overall.sorted_ms.insert(overall.sorted_ms.end(), sorted_ms.begin(), sorted_ms.end());
  }
  std::sort(overall.sorted_ms.begin(), overall.sorted_ms.end());

  const char* order = options.facet_order == FacetOrder::kCount ? "count" : "significant";
  if (options.json) {
    nlohmann::json report = {{"index", options.index}, {"documents", documents},
                             {"runs", options.runs},   {"warmup", options.warmup},
                             {"facet_order", order},   {"queries", nlohmann::json::array()}};
    for (const Latency& latency : latencies) report["queries"].push_back(to_json(latency));
    report["overall"] = to_json(overall);
    report["overall"].erase("matches");
    report["overall"].erase("exact");
    std::cout << report.dump(2) << '\n';
  } else {
    std::printf("%s: %u articles; %zu warm-up + %zu timed runs per query; all 7 facets, order %s\n",
                options.index.c_str(), documents, options.warmup, options.runs, order);
    print_table(latencies, overall);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app("query_latency: warm search latency of a newsindex index, in-process",
               "query_latency");
  Options options;
  app.add_option("index", options.index, "Index folder")->required();
  app.add_option("--runs", options.runs, "Timed runs per query")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  app.add_option("--warmup", options.warmup, "Untimed runs per query first")->capture_default_str();
  app.add_option("--query", options.extra_queries, "Another query to time (repeatable)")
      ->allow_extra_args(false);
  app.add_flag("--only", options.only_extra, "Time only the --query queries (for profiling one)")
      ->needs("--query");
  app.add_option("--facet-order", options.facet_order, "count, or significant")
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, FacetOrder>{{"count", FacetOrder::kCount},
                                            {"significant", FacetOrder::kSignificant}},
          CLI::ignore_case))
      ->default_str("count");
  app.add_flag("--json", options.json, "Print JSON instead of a table");
  app.add_flag("--no-facets", options.no_facets, "Count no facets (to see what they cost)");
  CLI11_PARSE(app, argc, argv);

  try {
    return run(options);
  } catch (const Xapian::Error& error) {
    std::cerr << "query_latency: " << error.get_type() << ": " << error.get_msg() << '\n';
  } catch (const std::exception& error) {  // IndexError, QueryError and DateRangeError say it all
    std::cerr << "query_latency: " << error.what() << '\n';
  }
  return 1;
}
