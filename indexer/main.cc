// newsindex: builds and updates a news index. Options are parsed here; the work is done by the
// classes of the newsindex_indexer library.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "archive_summarizer.h"
#include "command_line.h"
#include "counted_noun.h"
#include "entity_resolver.h"
#include "entity_trainer.h"
#include "extraction_printer.h"
#include "extraction_resources.h"
#include "index_layout.h"
#include "indexing_run.h"
#include "input_limits.h"
#include "interruption.h"
#include "line_reader.h"
#include "opensearch_export.h"
#include "publication_date.h"
#include "report_writer.h"

namespace {

using namespace newsindex;

// Options shared by every command that extracts entities and dates.
struct ExtractionOptions {
  bool no_extract = false;
  bool no_entities = false;
  std::string model = default_entity_model().string();
  std::vector<std::string> entity_lists;
  std::vector<std::string> rules_left_out;

  [[nodiscard]] ExtractionConfig config() const {
    ExtractionConfig config;
    config.entities = !no_extract && !no_entities;
    config.dates = !no_extract;
    config.model = model;
    config.entity_lists.assign(entity_lists.begin(), entity_lists.end());
    config.rules_left_out = rules_left_out;
    return config;
  }
};

void add_extraction_options(CLI::App& command, ExtractionOptions& options, bool allow_off) {
  CLI::Option_group* group = command.add_option_group("Extraction");
  if (allow_off) {
    group->add_flag("--no-extract", options.no_extract,
                    "Index text only: no entities, no mentioned dates");
  }
  group->add_flag("--no-entities", options.no_entities, "Extract dates but not entities");
  group->add_option("--model", options.model, "Entity model file")
      ->envname("NEWSINDEX_MODEL")
      ->capture_default_str();
  group
      ->add_option("--entities", options.entity_lists,
                   "Entity list (TYPE: Name | alias | ...), may be repeated")
      ->allow_extra_args(false)
      ->check(CLI::ExistingFile);
  // For measuring what one document rule contributes (bench/rule_ablation.py), not for everyday
  // use: the rules are listed in the error for an unknown name and in
  // indexer/extract/ner/README.md.
  group
      ->add_option("--without-rule", options.rules_left_out,
                   "Skip this document rule of the entity tagger, may be repeated")
      ->allow_extra_args(false)
      ->check(CLI::IsMember(EntityTagger::document_rule_names()));
}

// How input files are read (ReaderOptions), as one option group for add and extract. Both are
// checked here, so that a bad day or mapping is a usage error before anything is read.
struct InputOptions {
  std::string date;
  std::string columns;

  [[nodiscard]] ReaderOptions reader_options() const {
    ReaderOptions options;
    if (!date.empty()) options.fallback_date = parse_publication_day(date);
    options.columns = parse_column_mapping(columns);
    return options;
  }
};

void add_input_options(CLI::App& command, InputOptions& options, const std::string& date_note) {
  CLI::Option_group* group = command.add_option_group("Input");
  group
      ->add_option("--date", options.date,
                   "Publication date of the articles that give none: a date in the record or the "
                   "header, or a text file name starting with one, wins" +
                       date_note)
      ->option_text("YYYY-MM-DD")
      ->check(CLI::Validator(
          [](const std::string& text) -> std::string {
            return parse_publication_day(text)
                       ? ""
                       : "\"" + text + "\" is not a day (expected YYYY-MM-DD)";
          },
          "", "day"));
  group
      ->add_option("--columns", options.columns,
                   "CSV/TSV columns that hold article fields under other names")
      ->option_text("FIELD=COLUMN,...")
      ->check(CLI::Validator(
          [](const std::string& text) -> std::string {
            try {
              (void)parse_column_mapping(text);
              return "";
            } catch (const std::invalid_argument& error) {
              return error.what();
            }
          },
          "", "mapping"));
}

struct AddOptions {
  std::string index;
  std::vector<std::string> paths;
  bool strict = false;
  bool quiet = false;
  bool json = false;
  bool delete_missing = false;
  bool verbose = false;
  InputOptions input;
  std::size_t batch_size = 2000;
  std::size_t jobs = std::max(1u, std::thread::hardware_concurrency());
  int analysis_nice = kDefaultAnalysisNice;
  ExtractionOptions extraction;
};

struct ExtractOptions {
  std::vector<std::string> paths;
  InputOptions input;
  OffsetUnit offsets = OffsetUnit::kCodePoints;
  ExtractionOptions extraction;
};

struct TrainOptions {
  std::string training_data;
  std::string output;
  TrainingOptions training;
};

void add_add_command(CLI::App& app, AddOptions& options) {
  CLI::App* add = app.add_subcommand("add", "Index files or folders (recursively)");
  add_index_option(*add, options.index);
  add->add_option("paths", options.paths, "Files (" + supported_extensions() + ") or folders")
      ->required();
  add->add_flag("--strict", options.strict, "Stop at the first problem in the input (exit 1)");
  add->add_flag("-q,--quiet", options.quiet, "Print no progress bar and no summary");
  add->add_flag("--json", options.json, "Print the summary as JSON on stdout");
  add->add_flag("--delete-missing", options.delete_missing,
                "Remove the articles of files indexed before, under PATHS, that are gone");
  add->add_flag("-v,--verbose", options.verbose,
                "Name each file of another type in the folders (the summary counts them)");
  add_input_options(*add, options.input, " (unchanged files are read again)");
  add->add_option("--batch-size", options.batch_size,
                  "Most articles per commit: bounds memory and the work lost if the run is killed")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  add->add_option("-j,--jobs", options.jobs,
                  "Analysis threads, and shards of a new index (default: the number of cores)")
      ->check(CLI::Range(1, 64))
      ->capture_default_str();
  add->add_option("--analysis-nice", options.analysis_nice,
                  "How much the analysis threads yield to the shard writers (nice increment; 0 "
                  "for none, on a machine busy with other work)")
      ->check(CLI::Range(0, 19))
      ->capture_default_str();
  add_extraction_options(*add, options.extraction, true);
  add->footer(
      "Examples:\n"
      "  newsindex add -i ~/news-index ~/archives/          index a folder (again: only what "
      "changed)\n"
      "  newsindex add -i ~/news-index --delete-missing ~/archives/\n"
      "  newsindex add -i ~/news-index --no-extract dump.jsonl.gz   text only, fastest");
}

void add_extract_command(CLI::App& app, ExtractOptions& options) {
  CLI::App* extract = app.add_subcommand(
      "extract", "Print the entities and dates found in each article, one JSON object per line");
  extract->add_option("paths", options.paths, "Files (" + supported_extensions() + ") or folders")
      ->required();
  extract->add_option("--offsets", options.offsets, "Offsets into text: codepoints or bytes")
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, OffsetUnit>{{"codepoints", OffsetUnit::kCodePoints},
                                            {"bytes", OffsetUnit::kBytes}},
          CLI::ignore_case))
      ->default_str("codepoints");
  add_input_options(*extract, options.input, "");
  add_extraction_options(*extract, options.extraction, false);
  extract->footer(
      "Examples:\n"
      "  newsindex extract article.txt\n"
      "  newsindex extract --offsets bytes news.jsonl.gz > entities.jsonl\n"
      "  newsindex extract --entities my-names.txt ~/archives/");
}

void add_train_command(CLI::App& app, TrainOptions& options) {
  CLI::App* train = app.add_subcommand(
      "train", "Train the entity model on CoNLL-style JSON Lines (see README.md, Accuracy)");
  train->add_option("training-data", options.training_data, "Annotated JSON Lines")
      ->required()
      ->check(CLI::ExistingFile);
  train->add_option("-o,--output", options.output, "Model file to write")->required();
  train->add_option("--epochs", options.training.epochs, "Training passes")->capture_default_str();
  train->add_option("--seed", options.training.seed, "Shuffling seed")->capture_default_str();
  train
      ->add_option("--word-dropout", options.training.word_dropout,
                   "Share of capitalised training words whose word features are hidden per visit")
      ->check(CLI::Range(0.0f, 0.9f))
      ->capture_default_str();
  train
      ->add_option("--elsewhere-dropout", options.training.elsewhere_dropout,
                   "Share of capitalised training words whose features from the rest of the "
                   "article are hidden per visit")
      ->check(CLI::Range(0.0f, 0.9f))
      ->capture_default_str();
  train
      ->add_option("--clusters", options.training.clusters,
                   "Word clusters to learn features from and keep in the model (WORD TAB three "
                   "cluster numbers per line; see indexer/train/clusters/)")
      ->check(CLI::ExistingFile);
  train->footer(
      "Examples:\n"
      "  newsindex train ../shared/train/conll2003_train.jsonl -o en-conll.model\n"
      "  newsindex add -i ~/news-index --model en-conll.model ~/archives/");
}

IndexingOptions indexing_options(const AddOptions& options) {
  IndexingOptions indexing;
  indexing.jobs = options.jobs;
  indexing.batch_size = options.batch_size;
  indexing.analysis_nice = options.analysis_nice;
  indexing.progress = !options.quiet && !options.json && isatty(STDERR_FILENO) != 0;
  indexing.delete_missing = options.delete_missing;
  indexing.reader = options.input.reader_options();
  for (const std::string& path : options.paths) {
    std::error_code ignored;
    indexing.roots.push_back(std::filesystem::weakly_canonical(path, ignored));
  }
  return indexing;
}

// Not problems: a folder of clippings may hold pictures too. Named on request only.
void name_files_of_other_types(const InputSelection& inputs, std::ostream& out) {
  for (const std::string& name : inputs.files_of_other_types) {
    out << name << ": not read: a file of another type (not " << supported_extensions() << ")\n";
  }
}

int run_add(const AddOptions& options) {
  ProblemLog problems(std::cerr, options.strict);
  InputSelection inputs;
  try {
    inputs = collect_input_files(options.paths, problems);
  } catch (const StrictModeStop&) {
    return kExitIncomplete;
  }
  if (options.verbose) name_files_of_other_types(inputs, std::cerr);
  ExtractionResources resources(options.extraction.config());
  InterruptionWatch::install();
  IndexLayout layout(options.index);
  IndexingRun run(layout, layout.open_for_writing(static_cast<int>(options.jobs)), resources,
                  problems, indexing_options(options));
  IndexingSummary summary = run.run(inputs);
  if (options.json) {
    print_summary_json(summary, std::cout);
  } else if (!options.quiet || summary.interrupted_by != 0) {
    print_summary(summary, std::cerr);
  }
  if (summary.interrupted_by != 0) return 128 + summary.interrupted_by;
  return summary.lost_anything() ? kExitIncomplete : kExitOk;
}

int run_extract(const ExtractOptions& options) {
  ProblemLog problems(std::cerr, false);
  ExtractionResources resources(options.extraction.config());
  ArticleAnalyzer analyzer = resources.make_analyzer();
  const ReaderOptions reader_options = options.input.reader_options();
  for (const InputFile& file : collect_input_files(options.paths, problems).files) {
    try {
      std::unique_ptr<ArticleReader> reader = open_reader(file, problems, reader_options);
      while (std::optional<Article> article = reader->next()) {
        print_extraction(*article, analyzer.analyze(*article), options.offsets, std::cout);
      }
    } catch (const InputError& error) {
      problems.report(ProblemKind::kSkipped, {file.display_name, 0}, error.reason());
    }
  }
  return problems.skipped() + problems.dropped() > 0 ? kExitIncomplete : kExitOk;
}

struct IndexOnlyOptions {
  std::string index;
  bool json = false;
};

void add_stats_command(CLI::App& app, IndexOnlyOptions& options) {
  CLI::App* stats = app.add_subcommand(
      "stats", "Articles, shards, size on disk, date span, schema version, entities per type");
  add_index_option(*stats, options.index);
  stats->add_flag("--json", options.json, "Print JSON");
  stats->footer(
      "Examples:\n"
      "  newsindex stats -i ~/news-index\n"
      "  newsindex stats -i ~/news-index --json");
}

void add_compact_command(CLI::App& app, IndexOnlyOptions& options) {
  CLI::App* compact = app.add_subcommand(
      "compact", "Merge the shards into one compacted shard (for finished archives)");
  add_index_option(*compact, options.index);
  compact->footer(
      "Examples:\n"
      "  newsindex compact -i ~/news-index      when the archive is complete: smaller, faster\n"
      "  newsindex stats -i ~/news-index        then: one shard");
}

struct CurateOptions {
  std::string index;
  std::string file;
  bool clear = false;
  bool show = false;
};

void add_curate_command(CLI::App& app, CurateOptions& options) {
  CLI::App* curate = app.add_subcommand(
      "curate",
      "Store a file of decisions about entities (merge, rename, hide, retype, split, "
      "keep) in the index: queries apply them at once, nothing is indexed again");
  add_index_option(*curate, options.index);
  CLI::Option* file =
      curate->add_option("file", options.file, "Curation file (format in README.md)")
          ->check(CLI::ExistingFile);
  CLI::Option* clear = curate->add_flag(
      "--clear", options.clear,
      "Remove the stored decisions: names count as extracted, or as the archive resolves them");
  CLI::Option* show = curate->add_flag("--show", options.show, "Print the stored file");
  file->excludes(clear)->excludes(show);
  clear->excludes(show);
  curate->footer(
      "Examples:\n"
      "  newsindex curate -i ~/news-index team.curation     apply (replaces what was stored)\n"
      "  newsindex curate -i ~/news-index --show > team.curation\n"
      "  newsindex curate -i ~/news-index --clear");
}

enum class ExportFormat { kOpenSearchBulk, kOpenSearchMapping };

struct ExportOptions {
  std::string index;
  ExportFormat format = ExportFormat::kOpenSearchBulk;
  std::string output;
  std::string index_name = "news";
};

void add_export_command(CLI::App& app, ExportOptions& options) {
  CLI::App* export_command = app.add_subcommand(
      "export",
      "Write every article, with its entities as resolved and its dates, for another search "
      "engine (see docs/scaling.md)");
  add_index_option(*export_command, options.index)
      ->required(false)
      ->description("Index folder (the mapping needs none)");
  export_command
      ->add_option("--format", options.format,
                   "opensearch-bulk: the NDJSON of the _bulk API, an action and a document line "
                   "per article; opensearch-mapping: the body of PUT /INDEX to create it with")
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, ExportFormat>{
              {"opensearch-bulk", ExportFormat::kOpenSearchBulk},
              {"opensearch-mapping", ExportFormat::kOpenSearchMapping}},
          CLI::ignore_case))
      ->default_str("opensearch-bulk");
  export_command->add_option("-o,--output", options.output, "File to write (default: stdout)")
      ->option_text("FILE");
  export_command
      ->add_option("--index-name", options.index_name, "OpenSearch index the action lines name")
      ->option_text("NAME")
      ->check(CLI::Validator([](const std::string& name) { return index_name_error(name); }, "NAME",
                             "index name"))
      ->capture_default_str();
  export_command->footer(
      "Examples:\n"
      "  newsindex export --format opensearch-mapping > mapping.json\n"
      "  newsindex export -i ~/news-index -o news.ndjson\n"
      "  curl -XPUT localhost:9200/news -H 'Content-Type: application/json' "
      "--data-binary @mapping.json\n"
      "  curl -XPOST localhost:9200/_bulk -H 'Content-Type: application/x-ndjson' "
      "--data-binary @news.ndjson");
}

int run_export(const ExportOptions& options) {
  if (options.format == ExportFormat::kOpenSearchBulk && options.index.empty())
    throw std::invalid_argument("export --format opensearch-bulk needs an index (-i INDEX)");
  // The index is opened before the file, so that a missing index leaves no empty file behind;
  // the file before the index is read, so that a path that cannot be written fails at once.
  std::optional<OpenSearchExporter> exporter;
  if (options.format == ExportFormat::kOpenSearchBulk) exporter.emplace(IndexLayout(options.index));
  std::ofstream file;
  if (!options.output.empty()) {
    file.open(options.output, std::ios::binary);
    if (!file) throw std::runtime_error("cannot write '" + options.output + "'");
  }
  std::ostream& out = file.is_open() ? static_cast<std::ostream&>(file) : std::cout;
  if (options.format == ExportFormat::kOpenSearchMapping) {
    out << opensearch_mapping();
  } else {
    (void)exporter->write_bulk(out, options.index_name);
  }
  out.flush();
  if (!out)
    throw std::runtime_error(options.output.empty() ? std::string("cannot write to stdout")
                                                    : "cannot write '" + options.output + "'");
  return kExitOk;
}

std::string read_whole_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot be read");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

int run_curate(const CurateOptions& options) {
  IndexLayout layout(options.index);
  (void)layout.shard_paths();  // an index that does not exist is not made here
  if (options.show) {
    Xapian::Database index = layout.open_for_reading();
    auto stored =
        schema::decode_curation_file(index.get_metadata(std::string(schema::curation_file_key())));
    if (!stored) {
      std::cerr << "newsindex: " << options.index << " has no curation file\n";
      return kExitIncomplete;
    }
    std::cout << stored->second;
    return kExitOk;
  }
  if (!options.clear && options.file.empty())
    throw std::runtime_error("give a curation file, or --clear or --show");
  std::optional<CurationFile> file;
  std::string text;
  if (!options.clear) {
    text = read_whole_file(options.file);
    file = parse_curation_file(text, options.file);  // nothing is stored when it does not parse
  }
  std::vector<Xapian::WritableDatabase> shards = layout.open_for_writing(1);
  ResolutionOutcome outcome;
  try {
    if (file) {
      shards.front().set_metadata(std::string(schema::curation_file_key()),
                                  schema::encode_curation_file(options.file, text));
    } else {
      shards.front().set_metadata(std::string(schema::curation_file_key()), "");
    }
    outcome = update_entity_resolution(shards);
  } catch (const Xapian::Error& error) {
    throw layout.error_while("storing the curation file", error);
  }
  for (const std::string& note : outcome.notes) std::cerr << note << '\n';
  std::cerr << (file ? options.file + ": " +
                           counted_noun(file->decisions.size(), "decision", "decisions") +
                           " stored; "
                     : std::string("curation file removed; "))
            << counted_noun(outcome.curated_mappings, "name", "names") << " mapped by it, "
            << outcome.archive_mappings << " by the archive's own resolution\n";
  return kExitOk;
}

int run_stats(const IndexOnlyOptions& options) {
  SummaryRequest request;
  request.facts = true;
  ArchiveSummary summary = summarize_archive(IndexLayout(options.index), request);
  std::unique_ptr<ReportWriter> writer =
      options.json ? make_json_writer(std::cout) : make_human_writer(std::cout, HumanStyle{});
  writer->write(summary);
  return kExitOk;
}

int run_compact(const IndexOnlyOptions& options) {
  IndexLayout layout(options.index);
  std::uintmax_t before = layout.size_on_disk();
  layout.compact();
  std::cerr << "compacted " << options.index << ": " << describe_size(before) << " -> "
            << describe_size(layout.size_on_disk()) << ", 1 shard\n";
  return kExitOk;
}

int run_train(const TrainOptions& options) {
  train_entity_model(options.training_data, options.output, options.training, std::cerr);
  return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app("newsindex: index news archives for faceted search", "newsindex");
  add_version_flag(app, {"entity model " + default_entity_model().string() + ": " +
                         std::string(kShippedEntityModelProvenance)});
  app.require_subcommand(1);
  AddOptions add_options;
  ExtractOptions extract_options;
  TrainOptions train_options;
  add_add_command(app, add_options);
  add_extract_command(app, extract_options);
  add_train_command(app, train_options);
  IndexOnlyOptions stats_options;
  IndexOnlyOptions compact_options;
  add_stats_command(app, stats_options);
  add_compact_command(app, compact_options);
  CurateOptions curate_options;
  add_curate_command(app, curate_options);
  ExportOptions export_options;
  add_export_command(app, export_options);

  return run_command_line(app, {argv, argv + argc}, [&]() -> int {
    if (app.got_subcommand("add")) return run_add(add_options);
    if (app.got_subcommand("extract")) return run_extract(extract_options);
    if (app.got_subcommand("stats")) return run_stats(stats_options);
    if (app.got_subcommand("compact")) return run_compact(compact_options);
    if (app.got_subcommand("curate")) return run_curate(curate_options);
    if (app.got_subcommand("export")) return run_export(export_options);
    return run_train(train_options);
  });
}
