// Command-line conventions shared by newsindex and newsquery: exit codes and the index option.
#pragma once

#include <xapian.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

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

// The subcommand of `command` called `name`, or nullptr.
[[nodiscard]] const CLI::App* named_subcommand(const CLI::App& command, std::string_view name);

// "--version": the tool's version and the index schema version it reads and writes, then
// `details` (one line each, e.g. the entity model's provenance).
void add_version_flag(CLI::App& app, const std::vector<std::string>& details = {});

// Help that shows what to type, not the option parser's internals: "--sort WORD" with its choices
// as "relevance|newest|oldest", "--limit N (default: 10)", "-i INDEX (or $NEWSINDEX_INDEX)".
// Applied to `app` and every command under it.
void use_plain_help(CLI::App& app);

// Whether an argument can only be meant as an option: "--name", or "-x" with one letter. A query
// word such as "-witkoff" (an exclusion) or "-5" is not.
[[nodiscard]] bool looks_like_option(std::string_view arg);

// The error for an argument that looks like an option but is none of `command`'s: "unknown
// option --limt (did you mean --limit?)"; empty when `arg` is one of its options.
[[nodiscard]] std::string unknown_option_error(const CLI::App& command, std::string_view arg);

// Options of a subcommand typed before it ("newsquery -i IDX search oil") are moved after it,
// where CLI11 looks for them.
[[nodiscard]] std::vector<std::string> subcommand_options_after_it(const CLI::App& app,
                                                                   std::vector<std::string> args);

// Shell users type exclusions as separate words: newsquery search putin -witkoff. CLI11 would
// read "-witkoff" as an option, so every argument after the subcommand `command` that is not one
// of its options (or an option's value) is moved behind a "--", where CLI11 reads it as a
// positional word. Arguments that look like options (looks_like_option) stay where they are, for
// run_command_line to reject. Attached short-option values ("-ifoo") are not recognised; "-i foo"
// is.
[[nodiscard]] std::vector<std::string> free_words_last(const CLI::App& command,
                                                       std::vector<std::string> args);

// Runs CLI11's parser and then `run`, mapping outcomes onto our exit codes: --help exits 0,
// what CLI11 rejects exits kExitUsage, and so does any error `run` throws, after one line
// "PROGRAM: message" on stderr. Xapian's exceptions stop here, never escaping as a crash.
template <typename Run>
int run_command_line(CLI::App& app, std::vector<std::string> args, Run&& run) {
  use_plain_help(app);
  args = subcommand_options_after_it(app, std::move(args));
  // CLI11 would take a mistyped option of a command with free words ("--limt 5") as words, or
  // say only that it was not expected: name it, and the option that was meant.
  const CLI::App* command = &app;
  for (std::size_t i = 1; i < args.size() && args[i] != "--"; ++i) {
    if (const CLI::App* sub = named_subcommand(*command, args[i])) {
      command = sub;
      continue;
    }
    if (!looks_like_option(args[i])) continue;
    std::string error = unknown_option_error(*command, args[i]);
    if (!error.empty()) {
      std::cerr << app.get_name() << ": " << error << "\nRun with --help for more information.\n";
      return kExitUsage;
    }
  }
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  try {
    app.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const CLI::ParseError& error) {
    int code = app.exit(error);
    return code == 0 ? kExitOk : kExitUsage;
  }
  try {
    return run();
  } catch (const Xapian::Error& error) {
    std::cerr << app.get_name() << ": " << error.get_type() << ": " << error.get_msg() << '\n';
  } catch (const std::exception& error) {
    std::cerr << app.get_name() << ": " << error.what() << '\n';
  }
  return kExitUsage;
}

}  // namespace newsindex
