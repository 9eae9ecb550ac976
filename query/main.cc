// newsquery: searches a news index. Options are parsed here; the work is done by the classes of
// the newsindex_query library.
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <stdexcept>
#include <thread>

#include "archive_summarizer.h"
#include "article_loader.h"
#include "batch_counter.h"
#include "batch_writer.h"
#include "command_line.h"
#include "csv_writer.h"
#include "date_range.h"
#include "entity_aliases.h"
#include "entity_lister.h"
#include "entity_profiler.h"
#include "export_writer.h"
#include "graph_writer.h"
#include "network_builder.h"
#include "news_query_parser.h"
#include "report_writer.h"
#include "result_exporter.h"
#include "search_parameters.h"
#include "searcher.h"
#include "surge_finder.h"
#include "surge_writer.h"
#include "svg_chart.h"
#include "terminal_text.h"
#include "web_server.h"

namespace {

using namespace newsindex;

enum class ColourChoice { kAuto, kAlways, kNever };
enum class OutputFormat { kHuman, kJson, kCsv, kJsonl, kSvg };

std::string join(const std::vector<std::string>& words) {
  std::string text;
  for (const std::string& word : words) {
    if (!text.empty()) text.push_back(' ');
    text += word;
  }
  return text;
}

std::string joined(const std::vector<std::string>& names, const char* separator) {
  std::string text;
  for (const std::string& name : names) text += (text.empty() ? "" : separator) + name;
  return text;
}

// "person, org or place"
std::string alternatives(const std::vector<std::string>& names) {
  std::string text;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) text += i + 1 == names.size() ? " or " : ", ";
    text += names[i];
  }
  return text;
}

struct SearchOptions {
  std::string index;
  std::vector<std::string> words;
  bool json = false;
  std::size_t limit = 10;
  std::size_t offset = 0;
  SortOrder sort = SortOrder::kRelevance;
  std::string stem_language;
  std::string today;
  ColourChoice colour = ColourChoice::kAuto;
  std::vector<std::string> facets = facet_names();
  bool no_facets = false;
  std::size_t facet_limit = 10;
  FacetOrder facet_order = FacetOrder::kCount;
  Granularity by = Granularity::kAuto;
  // search only: --format, and what csv and jsonl write.
  OutputFormat format = OutputFormat::kHuman;
  std::vector<std::string> fields = default_export_fields();
  bool facets_only = false;
  // Whether these were given: an export takes every match and every facet value unless told.
  const CLI::Option* limit_option = nullptr;
  const CLI::Option* fields_option = nullptr;
  const CLI::Option* facet_limit_option = nullptr;
};

CLI::CheckedTransformer granularity_names() {
  return CLI::CheckedTransformer(std::map<std::string, Granularity>{{"auto", Granularity::kAuto},
                                                                    {"year", Granularity::kYear},
                                                                    {"month", Granularity::kMonth},
                                                                    {"week", Granularity::kWeek},
                                                                    {"day", Granularity::kDay}},
                                 CLI::ignore_case);
}

// --color for the commands that write for people.
void add_colour_option(CLI::App& command, ColourChoice& colour) {
  command
      .add_option("--color,--colour", colour, "Colour output: auto (if a terminal), always, never")
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, ColourChoice>{{"auto", ColourChoice::kAuto},
                                              {"always", ColourChoice::kAlways},
                                              {"never", ColourChoice::kNever}},
          CLI::ignore_case))
      ->default_str("auto");
}

// --json and --format for a command that writes its report in the formats `choices` names;
// --json is --format json.
void add_format_options(CLI::App& command, OutputFormat& format, bool& json,
                        const std::string& description,
                        const std::map<std::string, OutputFormat>& choices) {
  CLI::Option* json_flag =
      command.add_flag("--json", json, "Print JSON (as --format json; see README.md)");
  command.add_option("--format", format, description)
      ->transform(CLI::CheckedTransformer(choices, CLI::ignore_case))
      ->default_str("human")
      ->excludes(json_flag);
}

// How the words and relative dates of a query are read, for the commands that take one.
void add_query_reading_options(CLI::App& command, std::string& stem_language, std::string& today) {
  command.add_option("--stem-lang", stem_language,
                     "Language whose stemmer applies to query words (default: the index's most "
                     "common language)");
  command.add_option("--today", today,
                     "Evaluate relative dates (7d, yesterday) as if today were this YYYY-MM-DD");
}

// The day relative dates count from: --today when given, else the machine's today.
std::chrono::year_month_day query_today(const std::string& today_option) {
  const std::chrono::year_month_day today = local_today();
  if (today_option.empty()) return today;
  DayRange given = DateRangeParser(today).parse(today_option);
  if (!given.first || given.first != given.last) {
    throw DateRangeError("--today needs one day as YYYY-MM-DD");
  }
  return *given.first;
}

// The faceted entity kinds as --types names them: person, org, place.
std::vector<std::string> entity_type_names() {
  std::vector<std::string> kinds;
  for (schema::EntityKind kind : schema::kFacetedEntityKinds)
    kinds.emplace_back(schema::entity_kind_info(kind).field);
  return kinds;
}

void add_facet_options(CLI::App& command, SearchOptions& options) {
  CLI::Option_group* group = command.add_option_group("Facets");
  group->add_option("--facets", options.facets, "Facets to count, comma-separated")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->check(CLI::IsMember(facet_names()))
      ->default_str(joined(facet_names(), ","));
  group->add_flag("--no-facets", options.no_facets, "Count no facets");
  options.facet_limit_option =
      group->add_option("--facet-limit", options.facet_limit, "Values shown per facet (0: all)")
          ->capture_default_str();
  group
      ->add_option("--facet-order", options.facet_order,
                   "count, or significant (over-represented in the matches)")
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, FacetOrder>{{"count", FacetOrder::kCount},
                                            {"significant", FacetOrder::kSignificant}},
          CLI::ignore_case))
      ->default_str("count");
  group
      ->add_option("--by", options.by,
                   "Date histogram buckets: auto, year, month, week (ISO) or day")
      ->transform(granularity_names())
      ->default_str("auto");
}

// The search the options ask for, as the web API would take it.
SearchParameters search_parameters(const SearchOptions& options) {
  SearchParameters parameters;
  parameters.query = join(options.words);
  parameters.limit = options.limit;
  parameters.offset = options.offset;
  parameters.sort = options.sort;
  parameters.stem_language = options.stem_language;
  parameters.today = query_today(options.today);
  parameters.facets = options.facets;
  parameters.no_facets = options.no_facets;
  parameters.facet_limit = options.facet_limit;
  parameters.facet_order = options.facet_order;
  parameters.by = options.by;
  return parameters;
}

void add_search_command(CLI::App& app, SearchOptions& options) {
  CLI::App* search = app.add_subcommand("search", "Full-text search with filters");
  add_index_option(*search, options.index);
  search->add_option("query", options.words,
                     "Query: words, \"phrases\", AND/OR/NOT, -word, ukrain*, title:, source:, "
                     "lang:, person:, org:, place:, date:2025-04-01..2025-04-30, mentions:2025-04");
  add_format_options(*search, options.format, options.json,
                     "human, json, csv or jsonl (every match, a row each: README.md, Export), svg "
                     "(histograms drawn)",
                     {{"human", OutputFormat::kHuman},
                      {"json", OutputFormat::kJson},
                      {"csv", OutputFormat::kCsv},
                      {"jsonl", OutputFormat::kJsonl},
                      {"svg", OutputFormat::kSvg}});
  options.fields_option =
      search
          ->add_option("--fields", options.fields, "Fields of csv and jsonl rows, comma-separated")
          ->delimiter(',')
          ->allow_extra_args(false)
          ->check(CLI::IsMember(export_field_names()))
          ->default_str(joined(default_export_fields(), ","));
  search->add_flag("--facets-only", options.facets_only,
                   "Only the facets; as csv or jsonl, a row per value: facet,value,count,filter");
  options.limit_option =
      search->add_option("--limit", options.limit, "Hits to show (csv, jsonl: all)")
          ->capture_default_str();
  search->add_option("--offset", options.offset, "Hits to skip")->capture_default_str();
  search->add_option("--sort", options.sort, "Order of hits")
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, SortOrder>{{"relevance", SortOrder::kRelevance},
                                           {"newest", SortOrder::kNewest},
                                           {"oldest", SortOrder::kOldest}},
          CLI::ignore_case))
      ->default_str("relevance");
  add_query_reading_options(*search, options.stem_language, options.today);
  add_colour_option(*search, options.colour);
  add_facet_options(*search, options);
  search->footer(
      "Examples:\n"
      "  newsquery search -i ~/news-index putin\n"
      "  newsquery search -i ~/news-index 'person:zelensky mentions:2025-04' --sort newest\n"
      "  newsquery search -i ~/news-index --json --no-facets -- -person:trump date:2025\n"
      "  newsquery search -i ~/news-index --format csv --sort oldest person:putin > putin.csv\n"
      "  newsquery search -i ~/news-index --format csv --facets-only --facets person,org putin\n"
      "  newsquery search -i ~/news-index --format svg --by month oil > oil.svg");
}

// The writer of the format asked for, on stdout.
std::unique_ptr<ReportWriter> writer(bool json, ColourChoice colour) {
  if (json) return make_json_writer(std::cout);
  HumanStyle style;
  style.colour =
      colour == ColourChoice::kAlways || (colour == ColourChoice::kAuto && isatty(STDOUT_FILENO));
  style.columns = terminal_columns(100);
  return make_human_writer(std::cout, style);
}

std::unique_ptr<ExportWriter> export_writer(OutputFormat format,
                                            const std::vector<std::string>& fields) {
  if (format == OutputFormat::kCsv)
    return make_csv_export_writer(std::cout, parse_export_fields(fields));
  return make_jsonl_export_writer(std::cout, parse_export_fields(fields));
}

// Every match as a row: --limit and --offset apply only when given.
int run_export(const SearchOptions& options, const SearchRequest& search) {
  ExportRequest request;
  request.query = search.query;
  request.sort = search.sort;
  request.stem_language = search.stem_language;
  request.today = search.today;
  request.offset = search.offset;
  if (options.limit_option->count() > 0) request.limit = search.limit;
  request.fields = parse_export_fields(options.fields);
  const std::unique_ptr<ExportWriter> rows = export_writer(options.format, options.fields);
  const ExportSummary summary =
      ResultExporter(IndexLayout(options.index)).export_matches(request, *rows);
  std::cout.flush();
  return summary.total == 0 ? kExitIncomplete : kExitOk;
}

// The picture needs only the date histograms: no hit is read and no other facet counted.
int run_search_svg(const std::string& index, SearchRequest request) {
  if (!request.facets ||
      (!request.facets->selection.published && !request.facets->selection.mentioned)) {
    throw std::invalid_argument(
        "--format svg draws the published and mentioned histograms: --facets needs one of them");
  }
  request.limit = 0;
  request.offset = 0;
  FacetSelection& selection = request.facets->selection;
  selection.entities.fill(false);
  selection.source = false;
  selection.language = false;
  const SearchView view = Searcher(IndexLayout(index)).search(request);
  write_search_svg(view, std::cout);
  std::cout.flush();
  return view.total == 0 ? kExitIncomplete : kExitOk;
}

int run_search(const SearchOptions& options) {
  const OutputFormat format = options.json ? OutputFormat::kJson : options.format;
  const bool rows = format == OutputFormat::kCsv || format == OutputFormat::kJsonl;
  if (options.fields_option->count() > 0 && (!rows || options.facets_only))
    throw std::invalid_argument("--fields chooses the article fields of --format csv or jsonl");
  if (options.facets_only && options.no_facets)
    throw std::invalid_argument("--facets-only and --no-facets exclude each other");
  SearchRequest request = search_request(search_parameters(options));
  if (format == OutputFormat::kSvg) return run_search_svg(options.index, std::move(request));
  if (rows && !options.facets_only) return run_export(options, request);
  if (options.facets_only) {
    request.limit = 0;
    // A facet export lists every value unless told otherwise.
    if (rows && options.facet_limit_option->count() == 0) request.facets->limit = 0;
  }

  Searcher searcher{IndexLayout(options.index)};
  SearchView view = searcher.search(request);
  if (rows) {
    export_writer(format, options.fields)->write(*view.facets);
  } else {
    writer(format == OutputFormat::kJson, options.colour)->write(view);
  }
  return view.total == 0 ? kExitIncomplete : kExitOk;
}

void add_stats_command(CLI::App& app, SearchOptions& options) {
  options.limit = 5;
  CLI::App* stats = app.add_subcommand(
      "stats", "Summary of the whole archive: articles, dates, top entities, sources");
  add_index_option(*stats, options.index);
  stats->add_flag("--json", options.json, "Print JSON (format documented in README.md)");
  stats->add_option("--limit", options.limit, "Newest articles to show")->capture_default_str();
  add_facet_options(*stats, options);
  stats->footer(
      "Examples:\n"
      "  newsquery stats -i ~/news-index\n"
      "  newsquery stats -i ~/news-index --facets person,org --facet-limit 30 --json");
}

int run_stats(const SearchOptions& options) {
  SummaryRequest request;
  request.overview = OverviewRequest{options.limit, facet_options(search_parameters(options))};
  ArchiveSummary summary = summarize_archive(IndexLayout(options.index), request);
  writer(options.json, options.colour)->write(summary);
  return summary.overview->total == 0 ? kExitIncomplete : kExitOk;
}

struct EntityOptions {
  std::string index;
  std::vector<std::string> name;
  std::string kind;
  bool json = false;
  OutputFormat format = OutputFormat::kHuman;
  std::size_t limit = 10;
  Granularity by = Granularity::kAuto;
};

void add_entity_command(CLI::App& app, EntityOptions& options) {
  CLI::App* entity = app.add_subcommand("entity", "Profile of one person, organisation or place");
  add_index_option(*entity, options.index);
  entity->add_option("name", options.name, "Name, alias, or one word of the name")->required();
  std::vector<std::string> kinds;
  for (schema::EntityKind kind : schema::kFacetedEntityKinds)
    kinds.emplace_back(schema::entity_kind_info(kind).field);
  entity->add_option("--type", options.kind, alternatives(kinds))->check(CLI::IsMember(kinds));
  add_format_options(*entity, options.format, options.json,
                     "human, json, or svg (the timeline as a picture)",
                     {{"human", OutputFormat::kHuman},
                      {"json", OutputFormat::kJson},
                      {"svg", OutputFormat::kSvg}});
  entity->add_option("--limit", options.limit, "Co-occurring entities and headlines shown")
      ->capture_default_str();
  entity->add_option("--by", options.by, "Timeline buckets: auto, year, month, week (ISO) or day")
      ->transform(granularity_names())
      ->default_str("auto");
  entity->footer(
      "Examples:\n"
      "  newsquery entity -i ~/news-index witkoff\n"
      "  newsquery entity -i ~/news-index --type place --by month kyiv\n"
      "  newsquery entity -i ~/news-index --format svg --by month witkoff > witkoff.svg");
}

int run_entity(const EntityOptions& options) {
  EntityProfiler profiler{IndexLayout(options.index)};
  ProfileOptions profile_options;
  if (!options.kind.empty()) profile_options.kind = schema::parse_entity_kind(options.kind);
  profile_options.limit = options.limit;
  profile_options.by = options.by;
  std::optional<EntityProfile> profile = profiler.profile(join(options.name), profile_options);
  if (!profile) {
    std::cerr << "newsquery: no " << (options.kind.empty() ? "entity" : options.kind) << " named \""
              << join(options.name) << "\" in the archive\n";
    return kExitIncomplete;
  }
  const OutputFormat format = options.json ? OutputFormat::kJson : options.format;
  if (format == OutputFormat::kSvg) {
    write_entity_svg(*profile, std::cout);
    std::cout.flush();
  } else {
    writer(format == OutputFormat::kJson, ColourChoice::kAuto)->write(*profile);
  }
  return kExitOk;
}

struct EntitiesOptions {
  std::string index;
  std::vector<std::string> pattern;
  std::string kind = "person";
  std::size_t limit = 50;
  bool json = false;
  bool csv = false;
};

void add_entities_command(CLI::App& app, EntitiesOptions& options) {
  CLI::App* entities = app.add_subcommand(
      "entities",
      "List the entities of one type with their articles and the names resolved to "
      "each, for review (see newsindex curate)");
  add_index_option(*entities, options.index);
  entities->add_option("pattern", options.pattern, "Only names containing this text");
  std::vector<std::string> kinds;
  for (schema::EntityKind kind : schema::kFacetedEntityKinds)
    kinds.emplace_back(schema::entity_kind_info(kind).field);
  entities->add_option("--type", options.kind, alternatives(kinds))
      ->check(CLI::IsMember(kinds))
      ->capture_default_str();
  entities->add_option("--limit", options.limit, "Entities shown (0: all)")->capture_default_str();
  CLI::Option* json =
      entities->add_flag("--json", options.json, "Print JSON (format documented in README.md)");
  entities->add_flag("--csv", options.csv, "Print CSV, one row per entity")->excludes(json);
  entities->footer(
      "Examples:\n"
      "  newsquery entities -i ~/news-index baker\n"
      "  newsquery entities -i ~/news-index --type org --limit 0 --csv > orgs.csv");
}

int run_entities(const EntitiesOptions& options) {
  EntityListRequest request;
  request.kind = *schema::parse_entity_kind(options.kind);
  request.pattern = join(options.pattern);
  request.limit = options.limit;
  EntityList list = EntityLister(IndexLayout(options.index)).list(request);
  if (options.csv) {
    write_entity_list_csv(list, std::cout);
  } else {
    writer(options.json, ColourChoice::kAuto)->write(list);
  }
  return list.entities.empty() ? kExitIncomplete : kExitOk;
}

struct ShowOptions {
  std::string index;
  std::string id;
  bool json = false;
  ColourChoice colour = ColourChoice::kAuto;
};

void add_show_command(CLI::App& app, ShowOptions& options) {
  CLI::App* show = app.add_subcommand(
      "show", "One whole article, its entities and dates marked in the text, with their filters");
  add_index_option(*show, options.index);
  show->add_option("id", options.id, "The article's id, as search hits give it")->required();
  show->add_flag("--json", options.json, "Print JSON (format documented in README.md)");
  add_colour_option(*show, options.colour);
  show->footer(
      "Examples:\n"
      "  newsquery show -i ~/news-index sample-en-004\n"
      "  newsquery show -i ~/news-index --json sample-en-004");
}

int run_show(const ShowOptions& options) {
  std::optional<ArticleView> view = ArticleLoader(IndexLayout(options.index)).load(options.id);
  if (!view) {
    std::cerr << "newsquery: no article with id \"" << options.id << "\" in the archive\n";
    return kExitIncomplete;
  }
  writer(options.json, options.colour)->write(*view);
  return kExitOk;
}

enum class GraphFormat { kGexf, kGraphml, kCsv, kJson, kSvg };

struct NetworkOptions {
  std::string index;
  std::vector<std::string> words;
  std::vector<std::string> types;
  std::size_t min_count = 1;
  std::size_t top = 100;
  GraphFormat format = GraphFormat::kGexf;
  std::string nodes_file;
  std::string stem_language;
  std::string today;
};

void add_network_command(CLI::App& app, NetworkOptions& options) {
  CLI::App* network = app.add_subcommand(
      "network",
      "Graph of the entities named together in the matching articles (GEXF, GraphML, CSV, JSON, "
      "SVG)");
  add_index_option(*network, options.index);
  network->add_option("query", options.words, "Query, as newsquery search takes it (none: all)");
  const std::vector<std::string> kinds = entity_type_names();
  options.types = kinds;
  network->add_option("--types", options.types, "Entity types of the nodes, comma-separated")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->check(CLI::IsMember(kinds))
      ->default_str(joined(kinds, ","));
  network
      ->add_option("--min-count", options.min_count, "Leave out edges of fewer articles than this")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  network->add_option("--top", options.top, "Strongest edges kept (0: all)")->capture_default_str();
  CLI::Option* format =
      network
          ->add_option("--format", options.format,
                       "gexf, graphml, csv (the edges), json, or svg (a picture of the graph)")
          ->transform(CLI::CheckedTransformer(
              std::map<std::string, GraphFormat>{{"gexf", GraphFormat::kGexf},
                                                 {"graphml", GraphFormat::kGraphml},
                                                 {"csv", GraphFormat::kCsv},
                                                 {"json", GraphFormat::kJson},
                                                 {"svg", GraphFormat::kSvg}},
              CLI::ignore_case))
          ->default_str("gexf");
  network
      ->add_option(
          "--nodes", options.nodes_file,
          "With --format csv: write the nodes (id,label,type,articles,filter) to this file")
      ->needs(format);
  add_query_reading_options(*network, options.stem_language, options.today);
  network->footer(
      "Examples:\n"
      "  newsquery network -i ~/news-index oil > oil.gexf\n"
      "  newsquery network -i ~/news-index --types person --min-count 3 --format graphml putin\n"
      "  newsquery network -i ~/news-index --format csv --nodes nodes.csv --top 0 > edges.csv\n"
      "  newsquery network -i ~/news-index --top 40 --format svg oil > oil.svg");
}

int run_network(const NetworkOptions& options) {
  if (!options.nodes_file.empty() && options.format != GraphFormat::kCsv)
    throw std::invalid_argument("--nodes writes the node list of --format csv");
  NetworkRequest request;
  request.query = join(options.words);
  request.stem_language = options.stem_language;
  request.today = query_today(options.today);
  for (std::size_t i = 0; i < schema::kFacetedEntityKinds.size(); ++i) {
    const std::string_view field = schema::entity_kind_info(schema::kFacetedEntityKinds[i]).field;
    request.kinds[i] =
        std::find(options.types.begin(), options.types.end(), field) != options.types.end();
  }
  request.min_count = options.min_count;
  request.top = options.top;
  // Opened before the search, so that a path that cannot be written fails before the work.
  std::ofstream nodes;
  if (!options.nodes_file.empty()) {
    nodes.open(options.nodes_file, std::ios::binary);
    if (!nodes)
      throw std::invalid_argument("cannot write --nodes file '" + options.nodes_file + "'");
  }
  const CoMentionGraph graph = NetworkBuilder(IndexLayout(options.index)).build(request);
  switch (options.format) {
    case GraphFormat::kGexf:
      write_graph_gexf(graph, std::cout);
      break;
    case GraphFormat::kGraphml:
      write_graph_graphml(graph, std::cout);
      break;
    case GraphFormat::kCsv:
      write_graph_csv_edges(graph, std::cout);
      break;
    case GraphFormat::kJson:
      write_graph_json(graph, std::cout);
      break;
    case GraphFormat::kSvg:
      write_graph_svg(graph, std::cout);
      break;
  }
  if (nodes.is_open()) {
    write_graph_csv_nodes(graph, nodes);
    nodes.close();
    if (!nodes) throw std::runtime_error("cannot write --nodes file '" + options.nodes_file + "'");
  }
  std::cout.flush();
  return graph.total == 0 ? kExitIncomplete : kExitOk;
}

struct BatchOptions {
  std::string index;
  std::string file;
  std::string where;
  Granularity by = Granularity::kMonth;
  OutputFormat format = OutputFormat::kHuman;
  bool json = false;
  std::string stem_language;
};

void add_batch_command(CLI::App& app, BatchOptions& options) {
  CLI::App* batch = app.add_subcommand(
      "batch",
      "Watch list: one query per line of FILE, a row each with its total and counts "
      "per period");
  add_index_option(*batch, options.index);
  batch
      ->add_option("file", options.file,
                   "One query per line (a name is searched as typed); # comments; - for stdin")
      ->required();
  batch->add_option("--where", options.where,
                    "Query added to every line (AND), e.g. 'date:1987-03..1987-06 source:reuters'");
  batch->add_option("--by", options.by, "Count columns per year, month, week (ISO) or day")
      ->transform(
          CLI::CheckedTransformer(std::map<std::string, Granularity>{{"year", Granularity::kYear},
                                                                     {"month", Granularity::kMonth},
                                                                     {"week", Granularity::kWeek},
                                                                     {"day", Granularity::kDay}},
                                  CLI::ignore_case))
      ->default_str("month");
  add_format_options(*batch, options.format, options.json, "human (aligned table), csv or json",
                     {{"human", OutputFormat::kHuman},
                      {"json", OutputFormat::kJson},
                      {"csv", OutputFormat::kCsv}});
  batch->add_option("--stem-lang", options.stem_language,
                    "Language whose stemmer applies to query words (as search)");
  batch->footer(
      "Examples:\n"
      "  newsquery batch -i ~/news-index names.txt\n"
      "  newsquery batch -i ~/news-index --where 'date:1987-03..1987-06' --by month \\\n"
      "      --format csv names.txt > names.csv");
}

int run_batch(const BatchOptions& options) {
  BatchRequest request;
  request.file = options.file;
  if (options.file == "-") {
    request.lines = read_watch_list(std::cin);
  } else {
    std::ifstream in(options.file);
    if (!in) throw std::runtime_error("cannot read watch list '" + options.file + "'");
    request.lines = read_watch_list(in);
  }
  request.where = options.where;
  request.by = options.by;
  request.stem_language = options.stem_language;
  request.today = local_today();
  const BatchView view = BatchCounter(IndexLayout(options.index)).run(request);
  const OutputFormat format = options.json ? OutputFormat::kJson : options.format;
  if (format == OutputFormat::kCsv) {
    write_batch_csv(view, std::cout);
  } else if (format == OutputFormat::kJson) {
    write_batch_json(view, std::cout);
  } else {
    write_batch_human(view, std::cout);
  }
  std::cout.flush();
  // Every line ran, bad ones included; the exit says whether one of them needs fixing.
  if (view.errors() > 0) {
    std::cerr << "newsquery: " << view.errors() << " line(s) of " << options.file
              << " could not be run (see their rows)\n";
    return kExitUsage;
  }
  const bool matched = std::any_of(view.rows.begin(), view.rows.end(),
                                   [](const BatchRow& row) { return row.total > 0; });
  return matched ? kExitOk : kExitIncomplete;
}

struct SurgesOptions {
  std::string index;
  std::vector<std::string> words;
  Granularity by = Granularity::kAuto;
  std::vector<std::string> types = entity_type_names();
  std::size_t top = 5;
  std::size_t min_count = 3;
  OutputFormat format = OutputFormat::kHuman;
  bool json = false;
  std::string stem_language;
  std::string today;
  ColourChoice colour = ColourChoice::kAuto;
};

void add_surges_command(CLI::App& app, SurgesOptions& options) {
  CLI::App* surges = app.add_subcommand(
      "surges",
      "Who surged when: per period of the matches, the entities most over-represented in it "
      "against the whole archive");
  add_index_option(*surges, options.index);
  surges->add_option("query", options.words, "Query, as newsquery search takes it (none: all)");
  surges->add_option("--by", options.by, "Periods: auto, year, month, week (ISO) or day")
      ->transform(granularity_names())
      ->default_str("auto");
  surges->add_option("--types", options.types, "Entity types ranked, comma-separated")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->check(CLI::IsMember(entity_type_names()))
      ->default_str(joined(entity_type_names(), ","));
  surges->add_option("--top", options.top, "Entities listed per type and period")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  surges
      ->add_option("--min-count", options.min_count,
                   "Leave out entities named in fewer of a period's articles than this")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  add_format_options(*surges, options.format, options.json,
                     "human, json or csv (a row per entity listed)",
                     {{"human", OutputFormat::kHuman},
                      {"json", OutputFormat::kJson},
                      {"csv", OutputFormat::kCsv}});
  add_query_reading_options(*surges, options.stem_language, options.today);
  add_colour_option(*surges, options.colour);
  surges->footer(
      "Examples:\n"
      "  newsquery surges -i ~/news-index --by month\n"
      "  newsquery surges -i ~/news-index --by week --types person 'date:2025-03..2025-05'\n"
      "  newsquery surges -i ~/news-index --format csv --top 10 oil > oil-surges.csv");
}

int run_surges(const SurgesOptions& options) {
  SurgeRequest request;
  request.query = join(options.words);
  request.by = options.by;
  for (schema::EntityKind kind : schema::kFacetedEntityKinds) {
    const std::string_view field = schema::entity_kind_info(kind).field;
    request.selection.entities[schema::entity_kind_index(kind)] =
        std::find(options.types.begin(), options.types.end(), field) != options.types.end();
  }
  request.top = options.top;
  request.min_count = options.min_count;
  request.stem_language = options.stem_language;
  request.today = query_today(options.today);
  const SurgeView view = SurgeFinder(IndexLayout(options.index)).run(request);
  const OutputFormat format = options.json ? OutputFormat::kJson : options.format;
  if (format == OutputFormat::kCsv) {
    write_surges_csv(view, std::cout);
  } else if (format == OutputFormat::kJson) {
    write_surges_json(view, std::cout);
  } else {
    const bool colour = options.colour == ColourChoice::kAlways ||
                        (options.colour == ColourChoice::kAuto && isatty(STDOUT_FILENO));
    write_surges_human(view, std::cout, colour);
  }
  std::cout.flush();
  return view.total == 0 ? kExitIncomplete : kExitOk;
}

struct ServeOptions {
  std::string index;
  ServerOptions server;
};

void add_serve_command(CLI::App& app, ServeOptions& options) {
  CLI::App* serve = app.add_subcommand(
      "serve", "Web interface and JSON API on this machine: search, facets, articles, entities");
  add_index_option(*serve, options.index);
  serve->add_option("--port", options.server.port, "TCP port (0: any free one)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  serve
      ->add_option("--host", options.server.host,
                   "Address to listen on; anything but loopback lets other machines in")
      ->capture_default_str();
  serve->add_option("--threads", options.server.threads, "Requests answered at once")
      ->check(CLI::Range(1, 256))
      ->capture_default_str();
  serve->footer(
      "Examples:\n"
      "  newsquery serve -i ~/news-index              # then open http://127.0.0.1:8080/\n"
      "  newsquery serve -i ~/news-index --port 0     # any free port, printed on start");
}

int run_serve(const ServeOptions& options) {
  // SIGINT and SIGTERM end the server cleanly: blocked here, before any thread starts, and
  // waited for by one thread that stops the server.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  WebServer server(IndexLayout(options.index), options.server);
  const int port = server.bind();
  const std::string host = options.server.host.find(':') != std::string::npos
                               ? "[" + options.server.host + "]"
                               : options.server.host;
  std::cout << "newsquery: serving " << options.index << " at http://" << host << ':' << port
            << "/ (Ctrl-C stops)" << std::endl;
  std::thread waiter([&] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    server.stop();
  });
  server.serve();
  // serve() returned without a signal (the socket failed): wake the waiter.
  pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app("newsquery: search a news index", "newsquery");
  add_version_flag(app);
  app.require_subcommand(1);
  SearchOptions search_options;
  add_search_command(app, search_options);
  SearchOptions stats_options;
  add_stats_command(app, stats_options);
  EntityOptions entity_options;
  add_entity_command(app, entity_options);
  EntitiesOptions entities_options;
  add_entities_command(app, entities_options);
  ShowOptions show_options;
  add_show_command(app, show_options);
  BatchOptions batch_options;
  add_batch_command(app, batch_options);
  NetworkOptions network_options;
  add_network_command(app, network_options);
  SurgesOptions surges_options;
  add_surges_command(app, surges_options);
  ServeOptions serve_options;
  add_serve_command(app, serve_options);

  std::vector<std::string> args(argv, argv + argc);
  // Each command's free words, of the command given: "search" may be a word of a network query.
  const std::string command = args.size() > 1 && (args[1] == "network" || args[1] == "surges")
                                  ? args[1]
                                  : std::string("search");
  args = free_words_last(*app.get_subcommand(command), std::move(args));
  return run_command_line(app, std::move(args), [&]() -> int {
    if (app.got_subcommand("search")) return run_search(search_options);
    if (app.got_subcommand("stats")) return run_stats(stats_options);
    if (app.got_subcommand("entities")) return run_entities(entities_options);
    if (app.got_subcommand("show")) return run_show(show_options);
    if (app.got_subcommand("batch")) return run_batch(batch_options);
    if (app.got_subcommand("network")) return run_network(network_options);
    if (app.got_subcommand("surges")) return run_surges(surges_options);
    if (app.got_subcommand("serve")) return run_serve(serve_options);
    return run_entity(entity_options);
  });
}
