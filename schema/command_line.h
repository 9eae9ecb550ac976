// Command-line conventions shared by newsindex and newsquery: exit codes and the index option.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace newsindex {

// Exit codes, documented in README.md.
enum ExitCode : int {
  kExitOk = 0,
  // newsindex: some records were skipped or lost a field; newsquery: nothing matched.
  kExitIncomplete = 1,
  // Usage errors, bad queries, and indexes that cannot be opened or written.
  kExitUsage = 2,
};

inline constexpr const char* kIndexEnvironmentVariable = "NEWSINDEX_INDEX";

// "-i, --index INDEX", falling back to $NEWSINDEX_INDEX, for every subcommand that needs one.
inline CLI::Option* add_index_option(CLI::App& command, std::string& index) {
  return command.add_option("-i,--index", index, "Index folder")
      ->envname(kIndexEnvironmentVariable)
      ->required()
      ->option_text("INDEX (or $NEWSINDEX_INDEX)");
}

// Runs CLI11's parser and maps its outcome onto our exit codes: --help exits 0, everything
// else CLI11 rejects exits kExitUsage.
template <typename Run>
int run_command_line(CLI::App& app, int argc, char** argv, Run&& run) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    int code = app.exit(error);
    return code == 0 ? kExitOk : kExitUsage;
  }
  return run();
}

}  // namespace newsindex
