#include "curation_file.h"

#include <array>

namespace newsindex {
namespace {

using schema::EntityKind;

constexpr std::array<std::pair<CurationAction, std::string_view>, 6> kActions = {{
    {CurationAction::kMerge, "merge"},
    {CurationAction::kRename, "rename"},
    {CurationAction::kHide, "hide"},
    {CurationAction::kRetype, "retype"},
    {CurationAction::kSplit, "split"},
    {CurationAction::kKeep, "keep"},
}};

struct Token {
  std::string text;
  bool quoted = false;
};

// One line's words and "quoted names"; a '#' outside quotes starts a comment.
std::vector<Token> tokens_of(std::string_view line, const std::string& where) {
  std::vector<Token> tokens;
  std::size_t at = 0;
  while (at < line.size()) {
    const char c = line[at];
    if (c == ' ' || c == '\t' || c == '\r') {
      ++at;
    } else if (c == '#') {
      break;
    } else if (c == '"') {
      std::size_t end = line.find('"', at + 1);
      if (end == std::string_view::npos)
        throw CurationError(where + ": a name opened with \" never ends");
      tokens.push_back({std::string(line.substr(at + 1, end - at - 1)), true});
      at = end + 1;
    } else {
      std::size_t end = line.find_first_of(" \t\r\"#", at);
      if (end == std::string_view::npos) end = line.size();
      tokens.push_back({std::string(line.substr(at, end - at)), false});
      at = end;
    }
  }
  return tokens;
}

class LineReader {
 public:
  LineReader(std::vector<Token> tokens, std::string where)
      : tokens_(std::move(tokens)), where_(std::move(where)) {}

  [[noreturn]] void fail(const std::string& message) const {
    throw CurationError(where_ + ": " + message);
  }
  [[nodiscard]] bool done() const { return at_ == tokens_.size(); }
  [[nodiscard]] bool next_is_name() const { return !done() && tokens_[at_].quoted; }

  EntityKind kind() {
    if (done() || tokens_[at_].quoted) fail("expected a type (person, org or place)");
    const std::string& word = tokens_[at_++].text;
    std::optional<EntityKind> kind = schema::parse_entity_kind(word);
    if (!kind || !schema::entity_kind_info(*kind).faceted)
      fail("unknown type \"" + word + "\" (known: person, org, place)");
    return *kind;
  }
  std::string name() {
    if (!next_is_name()) fail("expected a name in double quotes");
    std::string name = tokens_[at_++].text;
    if (name.find_first_not_of(" \t") == std::string::npos) fail("empty name \"\"");
    return name;
  }
  void word(std::string_view expected) {
    if (done() || tokens_[at_].quoted || tokens_[at_].text != expected)
      fail("expected \"" + std::string(expected) + "\"");
    ++at_;
  }
  void end() {
    if (!done()) fail("unexpected \"" + tokens_[at_].text + "\" at the end of the line");
  }

 private:
  std::vector<Token> tokens_;
  std::size_t at_ = 0;
  std::string where_;
};

CurationAction action_of(const Token& token, LineReader& line) {
  for (const auto& [action, name] : kActions) {
    if (!token.quoted && token.text == name) return action;
  }
  line.fail("unknown decision \"" + token.text +
            "\" (known: merge, rename, hide, retype, split, keep)");
}

CurationDecision parse_line(std::vector<Token> tokens, const std::string& where) {
  Token first = tokens.front();
  tokens.erase(tokens.begin());
  LineReader line(std::move(tokens), where);
  CurationDecision decision;
  decision.action = action_of(first, line);
  decision.kind = line.kind();
  switch (decision.action) {
    case CurationAction::kMerge:
      decision.names.push_back(line.name());
      while (line.next_is_name()) decision.names.push_back(line.name());
      line.word("into");
      decision.target = line.name();
      break;
    case CurationAction::kRename:
      decision.names.push_back(line.name());
      line.word("to");
      decision.target = line.name();
      break;
    case CurationAction::kHide:
    case CurationAction::kKeep:
      decision.names.push_back(line.name());
      while (line.next_is_name()) decision.names.push_back(line.name());
      break;
    case CurationAction::kRetype:
      decision.names.push_back(line.name());
      line.word("to");
      decision.target_kind = line.kind();
      if (decision.target_kind == decision.kind) line.fail("retype to the type it already has");
      break;
    case CurationAction::kSplit: {
      decision.names.push_back(line.name());
      line.word("when");
      EntityKind kind = line.kind();
      decision.when.emplace(kind, line.name());
      line.word("as");
      decision.target = line.name();
      break;
    }
  }
  line.end();
  return decision;
}

}  // namespace

CurationFile parse_curation_file(std::string_view text, std::string file_name) {
  CurationFile file{std::move(file_name), {}};
  std::size_t number = 0;
  std::size_t at = 0;
  while (at <= text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(at, end - at);
    ++number;
    at = end + 1;
    const std::string where = file.name + ":" + std::to_string(number);
    std::vector<Token> tokens = tokens_of(line, where);
    if (tokens.empty()) continue;
    CurationDecision decision = parse_line(std::move(tokens), where);
    decision.line = number;
    file.decisions.push_back(std::move(decision));
  }
  return file;
}

std::string_view curation_action_name(CurationAction action) {
  for (const auto& [known, name] : kActions) {
    if (known == action) return name;
  }
  return "?";
}

}  // namespace newsindex
