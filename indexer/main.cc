// newsindex: builds and updates a news index. Options are parsed here; the work is done by the
// classes of the newsindex_indexer library.
#include <CLI/CLI.hpp>

#include <iostream>

#include "command_line.h"
#include "index_layout.h"
#include "indexing_run.h"

namespace {

using namespace newsindex;

struct AddOptions {
  std::string index;
  std::vector<std::string> paths;
  bool strict = false;
  bool quiet = false;
  std::size_t batch_size = 2000;
};

void add_add_command(CLI::App& app, AddOptions& options) {
  CLI::App* add = app.add_subcommand("add", "Index files or folders (recursively)");
  add_index_option(*add, options.index);
  add->add_option("paths", options.paths, "Files (.jsonl, .jsonl.gz, .txt) or folders")
      ->required();
  add->add_flag("--strict", options.strict, "Stop at the first problem in the input (exit 1)");
  add->add_flag("-q,--quiet", options.quiet, "Print no summary");
  add->add_option("--batch-size", options.batch_size,
                  "Articles per commit: bounds memory and the work lost if the run is killed")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
}

int run_add(const AddOptions& options) {
  ProblemLog problems(std::cerr, options.strict);
  std::vector<InputFile> files;
  try {
    files = collect_input_files(options.paths, problems);
  } catch (const StrictModeStop&) {
    return kExitIncomplete;
  }
  IndexWriter writer(IndexLayout(options.index).open_for_writing(1), options.batch_size);
  IndexingRun run(writer, problems);
  IndexingSummary summary = run.run(files);
  if (!options.quiet) print_summary(summary, std::cerr);
  return summary.lost_anything() ? kExitIncomplete : kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app("newsindex: index news archives for faceted search", "newsindex");
  app.require_subcommand(1);
  AddOptions add_options;
  add_add_command(app, add_options);

  return run_command_line(app, {argv, argv + argc}, [&]() -> int {
    try {
      if (app.got_subcommand("add")) return run_add(add_options);
    } catch (const IndexError& error) {
      std::cerr << "newsindex: " << error.what() << '\n';
    } catch (const Xapian::Error& error) {
      std::cerr << "newsindex: " << error.get_type() << ": " << error.get_msg() << '\n';
    } catch (const std::exception& error) {
      std::cerr << "newsindex: " << error.what() << '\n';
    }
    return kExitUsage;
  });
}
