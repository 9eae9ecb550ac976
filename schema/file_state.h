// What the index remembers of an input file it read completely, to skip it next time when it has
// not changed. Stored as database metadata under file_state_key(path).
#pragma once

#include <xapian.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace newsindex::schema {

struct FileState {
  std::uintmax_t size = 0;
  std::int64_t modified = 0;  // last write time, in the file clock's ticks
  std::size_t articles = 0;   // articles read from it
  friend bool operator==(const FileState&, const FileState&) = default;
};
[[nodiscard]] std::string file_state_key_prefix();
[[nodiscard]] std::string file_state_key(std::string_view absolute_path);
[[nodiscard]] std::string encode_file_state(const FileState& state);
[[nodiscard]] std::optional<FileState> decode_file_state(std::string_view value);
// Every file the index remembers, by absolute path (the first shard's metadata, where the indexer
// keeps them); files deleted from the index are not among them.
[[nodiscard]] std::map<std::string, FileState> remembered_files(const Xapian::Database& database);

}  // namespace newsindex::schema
