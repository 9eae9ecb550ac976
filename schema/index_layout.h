// Where an index lives on disk and how it is opened. An index is a folder holding one or more
// Xapian shards ("shard-00", ...) and a Xapian stub file "XAPIANDB" listing them, so that
// Xapian::Database(folder) opens every shard as one database.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace newsindex {

// An index that cannot be opened, read or written as asked. what() is a complete sentence for
// the user, naming the index.
class IndexError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class IndexLayout {
 public:
  explicit IndexLayout(std::filesystem::path folder);

  [[nodiscard]] const std::filesystem::path& folder() const { return folder_; }
  [[nodiscard]] std::filesystem::path stub_path() const;
  // Shard folders listed in the stub, in order. Throws IndexError if there is no stub.
  [[nodiscard]] std::vector<std::filesystem::path> shard_paths() const;

  // Opens every shard for searching, after checking that the folder is a newsindex index of this
  // schema version. Throws IndexError otherwise.
  [[nodiscard]] Xapian::Database open_for_reading() const;

  // Opens (creating the folder, the stub and shard_count shards if needed) every shard for
  // writing. An existing index keeps its own shard count. Throws IndexError when the folder holds
  // something else, another schema version, or another process is writing it.
  [[nodiscard]] std::vector<Xapian::WritableDatabase> open_for_writing(int shard_count) const;

  // Merges all shards into one compacted shard (for archives that are no longer written; a
  // compacted index still accepts new articles, into its one shard). Holds the write lock
  // throughout, and swaps the stub atomically, so readers see the old shards or the new one.
  // Throws IndexError.
  void compact() const;

  // The error to report for a Xapian error raised after the index was opened, while `doing`
  // something ("committing", "searching"): a sentence that names the index, the shard when it is
  // known, and what went wrong, as errors at open do.
  [[nodiscard]] IndexError error_while(std::string_view doing, const Xapian::Error& error,
                                       std::optional<std::size_t> shard = std::nullopt) const;

  // Bytes the index folder takes on disk.
  [[nodiscard]] std::uintmax_t size_on_disk() const;

 private:
  void check_version(const Xapian::Database& database) const;
  // Throws IndexError when the shards' facet numberings differ (`numberings`, one per shard,
  // empty for a shard that has none yet).
  void check_one_numbering(const std::vector<std::string>& numberings) const;
  void create(int shard_count) const;

  std::filesystem::path folder_;
};

}  // namespace newsindex
