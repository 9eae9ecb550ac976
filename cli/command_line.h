// Command-line conventions shared by newsindex and newsquery: exit codes and the index option.
#pragma once

#include <xapian.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <string>
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

// Shell users type exclusions as separate words: newsquery search putin -witkoff. CLI11 would
// read "-witkoff" as an option, so every argument after the subcommand `command` that is not one
// of its options (or an option's value) is moved behind a "--", where CLI11 reads it as a
// positional word. Attached short-option values ("-ifoo") are not recognised; "-i foo" is.
inline std::vector<std::string> free_words_last(const CLI::App& command,
                                                std::vector<std::string> args) {
  auto at = std::find(args.begin(), args.end(), command.get_name());
  if (at == args.end()) return args;
  std::vector<std::string> options(args.begin(), at + 1);
  std::vector<std::string> words;
  for (auto it = at + 1; it != args.end(); ++it) {
    if (*it == "--") {
      words.insert(words.end(), it + 1, args.end());
      break;
    }
    std::string name = it->substr(0, it->find('='));
    const CLI::Option* option =
        it->size() > 1 && (*it)[0] == '-' ? command.get_option_no_throw(name) : nullptr;
    if (option == nullptr) {
      words.push_back(*it);
      continue;
    }
    options.push_back(*it);
    bool takes_value = option->get_items_expected_min() > 0 && name.size() == it->size();
    if (takes_value && it + 1 != args.end()) options.push_back(*++it);
  }
  if (!words.empty()) {
    options.push_back("--");
    options.insert(options.end(), words.begin(), words.end());
  }
  return options;
}

// Runs CLI11's parser and then `run`, mapping outcomes onto our exit codes: --help exits 0,
// what CLI11 rejects exits kExitUsage, and so does any error `run` throws, after one line
// "PROGRAM: message" on stderr. Xapian's exceptions stop here, never escaping as a crash.
template <typename Run>
int run_command_line(CLI::App& app, std::vector<std::string> args, Run&& run) {
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
