#include "command_line.h"

#include <algorithm>
#include <memory>
#include <vector>

#include "schema.h"

namespace newsindex {
namespace {

// Edits (insertions, deletions, substitutions) between two option names: what a typo costs.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string_view option_name(std::string_view arg) {
  return arg.substr(0, arg.find('='));
}

// The option of `command` that `arg` names ("--limit", "--limit=5", "-i"), or nullptr, and
// whether the argument after it is its value ("--limit 5", not "--limit=5" or a flag).
struct NamedOption {
  const CLI::Option* option = nullptr;
  bool value_follows = false;
};
NamedOption option_named_by(const CLI::App& command, std::string_view arg) {
  if (arg.size() < 2 || arg[0] != '-') return {};
  const std::string_view name = option_name(arg);
  const CLI::Option* option = command.get_option_no_throw(std::string(name));
  if (option == nullptr) return {};
  return {option, option->get_items_expected_min() > 0 && name.size() == arg.size()};
}

// "TYPE:validator:validator" as CLI11 spells an option's type: the type, and the choices of a
// validator that lists them ("{a,b}", or "value in {a->1,b->2} OR {1,2}").
std::string plain_type(const std::string& full) {
  const std::size_t colon = full.find(':');
  std::string type = full.substr(0, colon);
  if (type == "UINT" || type == "INT" || type == "FLOAT") type = "N";
  if (colon == std::string::npos) return type;
  const std::size_t open = full.find('{', colon);
  const std::size_t close = full.find('}', open);
  if (open == std::string::npos || close == std::string::npos) return type;
  std::string choices;
  std::string_view list = std::string_view(full).substr(open + 1, close - open - 1);
  while (!list.empty()) {
    std::string_view item = list.substr(0, list.find(','));
    list.remove_prefix(std::min(list.size(), item.size() + 1));
    item = item.substr(0, item.find("->"));
    choices += (choices.empty() ? "" : "|") + std::string(item);
  }
  return choices;
}

class PlainHelpFormatter : public CLI::Formatter {
 public:
  std::string make_option_opts(const CLI::Option* option) const override {
    if (!option->get_option_text().empty()) return " " + option->get_option_text();
    std::string text;
    if (option->get_type_size() != 0) {
      text += " " + plain_type(option->get_type_name());
      if (option->get_expected_max() == CLI::detail::expected_max_vector_size) text += " ...";
      if (!option->get_default_str().empty())
        text += " (default: " + option->get_default_str() + ")";
    }
    if (!option->get_envname().empty()) {
      text += " (or $" + option->get_envname() + ")";
    } else if (option->get_required()) {
      text += " (required)";
    }
    return text;
  }
};

void apply_formatter(CLI::App& command, const std::shared_ptr<CLI::FormatterBase>& formatter) {
  command.formatter(formatter);
  for (CLI::App* sub : command.get_subcommands({})) apply_formatter(*sub, formatter);
}

}  // namespace

void use_plain_help(CLI::App& app) {
  apply_formatter(app, std::make_shared<PlainHelpFormatter>());
}

void add_version_flag(CLI::App& app, const std::vector<std::string>& details) {
  std::string text = app.get_name() + " " + NEWSINDEX_VERSION + "\nindex schema version " +
                     std::to_string(schema::kSchemaVersion);
  for (const std::string& line : details) text += "\n" + line;
  app.set_version_flag("--version", text,
                       "Print the version, the index schema version and the data used");
}

const CLI::App* named_subcommand(const CLI::App& command, std::string_view name) {
  for (const CLI::App* sub : command.get_subcommands({})) {
    if (!sub->get_name().empty() && sub->get_name() == name) return sub;
  }
  return nullptr;
}

bool looks_like_option(std::string_view arg) {
  if (arg.size() > 2 && arg.starts_with("--")) return true;
  const bool letter =
      arg.size() == 2 && ((arg[1] >= 'a' && arg[1] <= 'z') || (arg[1] >= 'A' && arg[1] <= 'Z'));
  return arg.starts_with('-') && letter;
}

std::string unknown_option_error(const CLI::App& command, std::string_view arg) {
  const std::string name(option_name(arg));
  if (command.get_option_no_throw(name) != nullptr) return {};
  std::string nearest;
  std::size_t best = name.size() / 3 + 1;  // a typo, not another word
  for (const CLI::Option* option : command.get_options({})) {
    for (const std::string& long_name : option->get_lnames()) {
      std::size_t distance = edit_distance(name, "--" + long_name);
      if (distance <= best) {
        best = distance;
        nearest = "--" + long_name;
      }
    }
  }
  std::string error = "unknown option " + name;
  if (command.get_parent() != nullptr) error += " for '" + command.get_name() + "'";
  if (!nearest.empty()) error += " (did you mean " + nearest + "?)";
  return error;
}

std::vector<std::string> subcommand_options_after_it(const CLI::App& app,
                                                     std::vector<std::string> args) {
  auto at = std::find_if(
      args.begin() + (args.empty() ? 0 : 1), args.end(),
      [&](const std::string& arg) { return arg == "--" || named_subcommand(app, arg) != nullptr; });
  if (at == args.end() || *at == "--") return args;
  const CLI::App& command = *named_subcommand(app, *at);
  std::vector<std::string> before{args.front()};
  std::vector<std::string> moved;
  for (auto it = args.begin() + 1; it != at; ++it) {
    const NamedOption named =
        option_named_by(app, *it).option == nullptr ? option_named_by(command, *it) : NamedOption{};
    if (named.option == nullptr) {
      before.push_back(*it);
      continue;
    }
    moved.push_back(*it);
    if (named.value_follows && it + 1 != at) moved.push_back(*++it);
  }
  before.push_back(*at);
  before.insert(before.end(), moved.begin(), moved.end());
  before.insert(before.end(), at + 1, args.end());
  return before;
}

std::vector<std::string> free_words_last(const CLI::App& command, std::vector<std::string> args) {
  auto at = std::find(args.begin(), args.end(), command.get_name());
  if (at == args.end()) return args;
  std::vector<std::string> options(args.begin(), at + 1);
  std::vector<std::string> words;
  for (auto it = at + 1; it != args.end(); ++it) {
    if (*it == "--") {
      words.insert(words.end(), it + 1, args.end());
      break;
    }
    const NamedOption named = option_named_by(command, *it);
    if (named.option == nullptr) {
      (looks_like_option(*it) ? options : words).push_back(*it);
      continue;
    }
    options.push_back(*it);
    if (named.value_follows && it + 1 != args.end()) options.push_back(*++it);
  }
  if (!words.empty()) {
    options.push_back("--");
    options.insert(options.end(), words.begin(), words.end());
  }
  return options;
}

}  // namespace newsindex
