#include "web_api.h"

#include <unicode/utf8.h>
#include <xapian.h>

#include <algorithm>
#include <charconv>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <stdexcept>
#include <utility>

#include "archive_summarizer.h"
#include "article_loader.h"
#include "date_range.h"
#include "entity_lister.h"
#include "entity_profiler.h"
#include "export_writer.h"
#include "graph_writer.h"
#include "network_builder.h"
#include "news_query_parser.h"
#include "report_writer.h"
#include "result_exporter.h"
#include "schema.h"
#include "search_parameters.h"
#include "searcher.h"
#include "surge_finder.h"
#include "surge_writer.h"

namespace newsindex {
namespace {

// A request the client must change: its status and why.
class ApiError : public std::runtime_error {
 public:
  ApiError(int status, const std::string& message) : std::runtime_error(message), status_(status) {}
  [[nodiscard]] int status() const { return status_; }

 private:
  int status_;
};

bool valid_utf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  for (std::int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

// The parameters of one endpoint: each read at most once, by name, checked as read; what was
// given and never read is an error, as an unknown option is on the command line.
class ParameterReader {
 public:
  ParameterReader(const ApiParameters& parameters, const ApiLimits& limits)
      : parameters_(parameters), limits_(limits) {
    for (const auto& [name, value] : parameters_) {
      if (!valid_utf8(name) || !valid_utf8(value))
        throw ApiError(400, "parameter '" + printable(name) + "' is not valid UTF-8");
      if (value.size() > limits_.query_bytes) {
        throw ApiError(413, "parameter '" + name + "' is longer than " +
                                std::to_string(limits_.query_bytes) + " bytes");
      }
    }
  }

  // The last value given, or `fallback`.
  std::string text(const std::string& name, std::string fallback = "") {
    read_.insert(name);
    auto [first, last] = parameters_.equal_range(name);
    if (first == last) return fallback;
    return std::prev(last)->second;
  }

  // Comma-separated, repeatable: "facets=person,org&facets=place".
  std::optional<std::vector<std::string>> list(const std::string& name) {
    read_.insert(name);
    auto [first, last] = parameters_.equal_range(name);
    if (first == last) return std::nullopt;
    std::vector<std::string> items;
    for (auto it = first; it != last; ++it) {
      std::string_view rest = it->second;
      while (!rest.empty()) {
        const std::size_t comma = rest.find(',');
        std::string_view item = rest.substr(0, comma);
        if (!item.empty()) items.emplace_back(item);
        if (comma == std::string_view::npos) break;
        rest.remove_prefix(comma + 1);
      }
    }
    return items;
  }

  std::size_t number(const std::string& name, std::size_t fallback, std::size_t low,
                     std::size_t high) {
    const std::string given = text(name);
    if (given.empty()) return fallback;
    std::size_t value = 0;
    auto [end, error] = std::from_chars(given.data(), given.data() + given.size(), value);
    if (error != std::errc() || end != given.data() + given.size() || value < low || value > high) {
      throw ApiError(400, name + " must be a whole number from " + std::to_string(low) + " to " +
                              std::to_string(high) + ", not '" + printable(given) + "'");
    }
    return value;
  }

  bool flag(const std::string& name) {
    const std::string given = text(name);
    if (given.empty() || given == "0" || given == "false") return false;
    if (given == "1" || given == "true") return true;
    throw ApiError(400, name + " must be true or false");
  }

  template <typename Choice>
  Choice choice(const std::string& name, const std::map<std::string, Choice>& choices,
                Choice fallback) {
    const std::string given = text(name);
    if (given.empty()) return fallback;
    auto it = choices.find(given);
    if (it == choices.end()) {
      std::string names;
      for (const auto& [key, value] : choices) names += (names.empty() ? "" : ", ") + key;
      throw ApiError(400, name + " must be one of " + names + ", not '" + printable(given) + "'");
    }
    return it->second;
  }

  // Every parameter given was one this endpoint reads.
  void finish() const {
    for (const auto& [name, value] : parameters_) {
      if (!read_.contains(name)) throw ApiError(400, "unknown parameter '" + name + "'");
    }
  }

  [[nodiscard]] const ApiLimits& limits() const { return limits_; }

 private:
  // Values go into messages: cut long ones.
  static std::string printable(std::string_view value) {
    return value.size() > 80 ? std::string(value.substr(0, 80)) + "..." : std::string(value);
  }

  const ApiParameters& parameters_;
  const ApiLimits& limits_;
  std::set<std::string> read_;
};

const std::map<std::string, Granularity>& granularities() {
  static const std::map<std::string, Granularity> names{{"auto", Granularity::kAuto},
                                                        {"year", Granularity::kYear},
                                                        {"month", Granularity::kMonth},
                                                        {"week", Granularity::kWeek},
                                                        {"day", Granularity::kDay}};
  return names;
}

SortOrder sort_of(ParameterReader& reader) {
  return reader.choice<SortOrder>("sort",
                                  {{"relevance", SortOrder::kRelevance},
                                   {"newest", SortOrder::kNewest},
                                   {"oldest", SortOrder::kOldest}},
                                  SortOrder::kRelevance);
}

std::chrono::year_month_day today_of(ParameterReader& reader) {
  const std::chrono::year_month_day today = local_today();
  const std::string given = reader.text("today");
  if (given.empty()) return today;
  DayRange day = DateRangeParser(today).parse(given);
  if (!day.first || day.first != day.last) throw ApiError(400, "today needs one YYYY-MM-DD day");
  return *day.first;
}

// The entity kinds of a "types" list: person, org, place.
std::array<bool, 3> entity_kinds_of(ParameterReader& reader, const std::string& name) {
  std::array<bool, 3> kinds = {true, true, true};
  const auto given = reader.list(name);
  if (!given) return kinds;
  kinds.fill(false);
  for (const std::string& type : *given) {
    bool known = false;
    for (std::size_t i = 0; i < schema::kFacetedEntityKinds.size(); ++i) {
      if (schema::entity_kind_info(schema::kFacetedEntityKinds[i]).field == type) {
        kinds[i] = true;
        known = true;
      }
    }
    if (!known) throw ApiError(400, name + ": unknown entity type '" + type + "'");
  }
  return kinds;
}

std::string json_of(const auto& view) {
  std::ostringstream out;
  make_json_writer(out)->write(view);
  return out.str();
}

// /api/search: newsquery search --json.
ApiResponse search_endpoint(ParameterReader& reader, const IndexLayout& layout,
                            const ApiLimits& limits) {
  SearchParameters search;
  search.query = reader.text("q");
  search.limit = reader.number("limit", 10, 0, limits.hits);
  search.offset = reader.number("offset", 0, 0, limits.offset);
  search.sort = sort_of(reader);
  search.stem_language = reader.text("stem_lang");
  search.today = today_of(reader);
  if (auto facets = reader.list("facets")) {
    const std::vector<std::string> known = facet_names();
    for (const std::string& facet : *facets) {
      if (std::find(known.begin(), known.end(), facet) == known.end())
        throw ApiError(400, "facets: unknown facet '" + facet + "'");
    }
    search.facets = *facets;
  }
  search.no_facets = reader.flag("no_facets");
  search.facet_limit = reader.number("facet_limit", 10, 1, limits.facet_values);
  search.facet_order = reader.choice<FacetOrder>(
      "facet_order", {{"count", FacetOrder::kCount}, {"significant", FacetOrder::kSignificant}},
      FacetOrder::kCount);
  search.by = reader.choice("by", granularities(), Granularity::kAuto);
  reader.finish();
  return {200, "application/json", json_of(Searcher(layout).search(search_request(search)))};
}

// /api/article/ID: newsquery show --json ID.
ApiResponse article_endpoint(std::string_view path, ParameterReader& reader,
                             const IndexLayout& layout) {
  const std::string id(path.substr(std::string_view("/api/article/").size()));
  reader.finish();
  if (id.empty()) throw ApiError(404, "no article id in the path");
  std::optional<ArticleView> view = ArticleLoader(layout).load(id);
  if (!view) throw ApiError(404, "no article with id \"" + id + "\" in the archive");
  return {200, "application/json", json_of(*view)};
}

// /api/entity: newsquery entity --json.
ApiResponse entity_endpoint(ParameterReader& reader, const IndexLayout& layout,
                            const ApiLimits& limits) {
  const std::string name = reader.text("name");
  ProfileOptions options;
  const std::string type = reader.text("type");
  if (!type.empty()) {
    options.kind = schema::parse_entity_kind(type);
    if (!options.kind || !schema::entity_kind_info(*options.kind).faceted)
      throw ApiError(400, "type must be person, org or place");
  }
  options.limit = reader.number("limit", 10, 0, limits.facet_values);
  options.by = reader.choice("by", granularities(), Granularity::kAuto);
  reader.finish();
  if (name.find_first_not_of(' ') == std::string::npos) throw ApiError(400, "name is required");
  std::optional<EntityProfile> profile = EntityProfiler(layout).profile(name, options);
  if (!profile) throw ApiError(404, "no entity named \"" + name + "\" in the archive");
  return {200, "application/json", json_of(*profile)};
}

// /api/entities: newsquery entities --json.
ApiResponse entities_endpoint(ParameterReader& reader, const IndexLayout& layout,
                              const ApiLimits& limits) {
  EntityListRequest request;
  const std::string type = reader.text("type", "person");
  const auto kind = schema::parse_entity_kind(type);
  if (!kind || !schema::entity_kind_info(*kind).faceted)
    throw ApiError(400, "type must be person, org or place");
  request.kind = *kind;
  request.pattern = reader.text("pattern");
  request.limit = reader.number("limit", 50, 1, limits.facet_values);
  reader.finish();
  return {200, "application/json", json_of(EntityLister(layout).list(request))};
}

// /api/stats: newsquery stats --json.
ApiResponse stats_endpoint(ParameterReader& reader, const IndexLayout& layout,
                           const ApiLimits& limits) {
  SearchParameters overview;
  overview.limit = reader.number("limit", 5, 0, limits.hits);
  overview.facet_limit = reader.number("facet_limit", 10, 1, limits.facet_values);
  reader.finish();
  SummaryRequest request;
  request.overview = OverviewRequest{overview.limit, facet_options(overview)};
  return {200, "application/json", json_of(summarize_archive(layout, request))};
}

// /api/surges: newsquery surges --json.
ApiResponse surges_endpoint(ParameterReader& reader, const IndexLayout& layout,
                            const ApiLimits& limits) {
  SurgeRequest request;
  request.query = reader.text("q");
  request.by = reader.choice("by", granularities(), Granularity::kAuto);
  const std::array<bool, 3> kinds = entity_kinds_of(reader, "types");
  for (std::size_t i = 0; i < kinds.size(); ++i)
    request.selection.entities[schema::entity_kind_index(schema::kFacetedEntityKinds[i])] =
        kinds[i];
  request.top = reader.number("top", 5, 1, limits.facet_values);
  request.min_count = reader.number("min_count", 3, 1, 1000000);
  request.stem_language = reader.text("stem_lang");
  request.today = today_of(reader);
  reader.finish();
  std::ostringstream out;
  write_surges_json(SurgeFinder(layout).run(request), out);
  return {200, "application/json", out.str()};
}

// /api/network: newsquery network --format json|gexf|graphml.
ApiResponse network_endpoint(ParameterReader& reader, const IndexLayout& layout,
                             const ApiLimits& limits) {
  NetworkRequest request;
  request.query = reader.text("q");
  request.kinds = entity_kinds_of(reader, "types");
  request.min_count = reader.number("min_count", 1, 1, 1000000);
  request.top = reader.number("top", 100, 1, limits.network_edges);
  request.stem_language = reader.text("stem_lang");
  request.today = today_of(reader);
  enum class Format { kJson, kGexf, kGraphml };
  const Format format = reader.choice<Format>(
      "format", {{"json", Format::kJson}, {"gexf", Format::kGexf}, {"graphml", Format::kGraphml}},
      Format::kJson);
  reader.finish();
  const CoMentionGraph graph = NetworkBuilder(layout).build(request);
  std::ostringstream out;
  if (format == Format::kGexf) {
    write_graph_gexf(graph, out);
    return {200, "application/gexf+xml; charset=utf-8", out.str()};
  }
  if (format == Format::kGraphml) {
    write_graph_graphml(graph, out);
    return {200, "application/graphml+xml; charset=utf-8", out.str()};
  }
  write_graph_json(graph, out);
  return {200, "application/json", out.str()};
}

// /api/export: newsquery search --format csv|jsonl, at most limits.export_rows rows.
ApiResponse export_endpoint(ParameterReader& reader, const IndexLayout& layout,
                            const ApiLimits& limits) {
  SearchParameters search;
  search.query = reader.text("q");
  search.sort = sort_of(reader);
  search.stem_language = reader.text("stem_lang");
  search.today = today_of(reader);
  search.no_facets = true;
  const SearchRequest searched = search_request(search);
  ExportRequest request;
  request.query = searched.query;
  request.sort = searched.sort;
  request.stem_language = searched.stem_language;
  request.today = searched.today;
  request.limit = reader.number("limit", limits.export_rows, 1, limits.export_rows);
  std::vector<std::string> fields = reader.list("fields").value_or(default_export_fields());
  request.fields = parse_export_fields(fields);
  const bool csv = reader.choice<bool>("format", {{"csv", true}, {"jsonl", false}}, true);
  reader.finish();
  std::ostringstream out;
  const auto writer = csv ? make_csv_export_writer(out, request.fields)
                          : make_jsonl_export_writer(out, request.fields);
  (void)ResultExporter(layout).export_matches(request, *writer);
  return {200, csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8", out.str()};
}

}  // namespace

WebApi::WebApi(IndexLayout layout, ApiLimits limits)
    : layout_(std::move(layout)), limits_(limits) {}

ApiResponse WebApi::error(int status, std::string_view message) {
  nlohmann::ordered_json body = {
      {"version", kJsonFormatVersion},
      {"error", {{"status", status}, {"message", std::string(message)}}}};
  return {status, "application/json",
          body.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n"};
}

ApiResponse WebApi::get(std::string_view path, const ApiParameters& parameters) const {
  try {
    if (!valid_utf8(path)) return error(400, "the path is not valid UTF-8");
    return route(path, parameters);
  } catch (const ApiError& failure) {
    return error(failure.status(), failure.what());
  } catch (const QueryError& failure) {
    return error(400, std::string("bad query: ") + failure.what());
  } catch (const DateRangeError& failure) {
    return error(400, failure.what());
  } catch (const std::invalid_argument& failure) {
    return error(400, failure.what());
  } catch (const IndexError& failure) {
    return error(503, failure.what());
  } catch (const Xapian::Error& failure) {
    return error(500, failure.get_type() + std::string(": ") + failure.get_msg());
  } catch (const std::exception& failure) {
    return error(500, failure.what());
  }
}

ApiResponse WebApi::route(std::string_view path, const ApiParameters& parameters) const {
  ParameterReader reader(parameters, limits_);
  if (path.starts_with("/api/article/")) return article_endpoint(path, reader, layout_);
  using Endpoint = ApiResponse (*)(ParameterReader&, const IndexLayout&, const ApiLimits&);
  static const std::map<std::string_view, Endpoint> kEndpoints = {
      {"/api/search", search_endpoint},     {"/api/entity", entity_endpoint},
      {"/api/entities", entities_endpoint}, {"/api/stats", stats_endpoint},
      {"/api/surges", surges_endpoint},     {"/api/network", network_endpoint},
      {"/api/export", export_endpoint}};
  const auto endpoint = kEndpoints.find(path);
  if (endpoint == kEndpoints.end()) throw ApiError(404, "no such endpoint: " + std::string(path));
  return endpoint->second(reader, layout_, limits_);
}

}  // namespace newsindex
