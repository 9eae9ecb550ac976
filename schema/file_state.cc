#include "file_state.h"

#include <cstdio>

namespace newsindex::schema {

std::string file_state_key_prefix() {
  return "newsindex.file:";
}

std::string file_state_key(std::string_view absolute_path) {
  return file_state_key_prefix() + std::string(absolute_path);
}

std::string encode_file_state(const FileState& state) {
  return std::to_string(state.size) + " " + std::to_string(state.modified) + " " +
         std::to_string(state.articles);
}

std::optional<FileState> decode_file_state(std::string_view value) {
  FileState state;
  unsigned long long size = 0, articles = 0;
  long long modified = 0;
  if (std::sscanf(std::string(value).c_str(), "%llu %lld %llu", &size, &modified, &articles) != 3) {
    return std::nullopt;
  }
  state.size = size;
  state.modified = modified;
  state.articles = articles;
  return state;
}

std::map<std::string, FileState> remembered_files(const Xapian::Database& database) {
  std::map<std::string, FileState> files;
  const std::string prefix = file_state_key_prefix();
  for (auto key = database.metadata_keys_begin(prefix); key != database.metadata_keys_end(prefix);
       ++key) {
    if (auto state = decode_file_state(database.get_metadata(*key))) {
      files.emplace((*key).substr(prefix.size()), *state);
    }
  }
  return files;
}

}  // namespace newsindex::schema
