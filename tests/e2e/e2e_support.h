// Shared pieces of the end-to-end tests: paths of the built tools and small runners.
#pragma once

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "command_runner.h"

namespace newsindex::testing {

inline const std::filesystem::path kNewsindex = NEWSINDEX_BINARY;
inline const std::filesystem::path kNewsquery = NEWSQUERY_BINARY;
inline const std::filesystem::path kCorpus = NEWSINDEX_CORPUS_DIR;

// Environment for every run: no inherited NEWSINDEX_INDEX.
inline std::map<std::string, std::string> clean_env() {
  return {{"NEWSINDEX_INDEX", ""}};
}

inline CommandResult newsindex_add(const std::filesystem::path& index,
                                   std::vector<std::string> paths,
                                   std::vector<std::string> options = {}) {
  std::vector<std::string> args{"add", "-i", index.string()};
  args.insert(args.end(), options.begin(), options.end());
  args.insert(args.end(), paths.begin(), paths.end());
  return run_command(kNewsindex, args, clean_env());
}

inline CommandResult newsquery(const std::filesystem::path& index, std::vector<std::string> args) {
  std::vector<std::string> full{"search", "-i", index.string()};
  full.insert(full.end(), args.begin(), args.end());
  return run_command(kNewsquery, full, clean_env());
}

// Runs a JSON search and parses its output; fails the test if the output is not JSON.
inline nlohmann::json search_json(const std::filesystem::path& index,
                                  std::vector<std::string> args) {
  args.insert(args.begin(), "--json");
  CommandResult result = newsquery(index, args);
  EXPECT_TRUE(result.exit_code == 0 || result.exit_code == 1) << result.err;
  nlohmann::json parsed = nlohmann::json::parse(result.out, nullptr, false);
  EXPECT_FALSE(parsed.is_discarded()) << result.out << result.err;
  return parsed;
}

inline std::vector<std::string> hit_ids(const nlohmann::json& result) {
  std::vector<std::string> ids;
  if (result.is_object() && result.contains("hits")) {
    for (const auto& hit : result["hits"]) ids.push_back(hit["id"].get<std::string>());
  }
  return ids;
}

inline std::size_t total_of(const std::filesystem::path& index, std::vector<std::string> args) {
  nlohmann::json result = search_json(index, std::move(args));
  return result.is_object() ? result.value("total", std::size_t{0}) : 0;
}

}  // namespace newsindex::testing
