#include "index_reader.h"

#include <string_view>
#include <vector>

namespace newsindex {
namespace {

namespace fs = std::filesystem;

std::string quoted(const fs::path& path) {
  return "'" + path.string() + "'";
}

// The folder name of the first shard of `layout` that `read` fails on when it reads that shard
// alone ("shard-01"), or "" when none does. An index of one shard needs no search.
std::string failing_shard(const IndexLayout& layout,
                          const std::function<void(const Xapian::Database&)>& read) {
  std::vector<fs::path> shards;
  try {
    shards = layout.shard_paths();
  } catch (const IndexError&) {
    return {};
  }
  if (shards.size() == 1) return shards.front().filename().string();
  for (const fs::path& shard : shards) {
    try {
      read(Xapian::Database(shard.string()));
    } catch (const Xapian::Error&) {
      return shard.filename().string();
    } catch (const std::exception&) {
      // Not an error of the index: not the shard looked for.
    }
  }
  return {};
}

}  // namespace

IndexReader::IndexReader(IndexLayout layout) : layout_(std::move(layout)), database_(open()) {}

Xapian::Database IndexReader::open() const {
  try {
    return layout_.open_for_reading();
  } catch (const Xapian::DatabaseError& error) {
    // What open_for_reading leaves to its caller: a shard that cannot be read at all.
    throw_read_error(error, [](const Xapian::Database&) {});
  }
}

void IndexReader::reopen() {
  try {
    database_.reopen();
  } catch (const Xapian::DatabaseError& error) {
    throw_read_error(error, [](const Xapian::Database&) {});
  }
}

void IndexReader::throw_kept_changing(const Xapian::Error& error) const {
  throw IndexError(
      "index " + quoted(layout_.folder()) + " changed " + std::to_string(kMaxReopens + 1) +
      " times while it was read (another process is writing it); try again: " + error.get_msg());
}

void IndexReader::throw_read_error(const Xapian::Error& error, const ShardRead& read) const {
  const std::string shard = failing_shard(layout_, read);
  const std::string where = quoted(layout_.folder()) + (shard.empty() ? "" : " (" + shard + ")");
  // A document the index lists but cannot find is damage too.
  // (Xapian's errors are not polymorphic: their type is a name.)
  const std::string_view type = error.get_type();
  if (type == "DatabaseCorruptError" || type == "DocNotFoundError") {
    throw IndexError("index " + where + " is damaged: " + error.get_msg());
  }
  throw IndexError("cannot read index " + where + ": " + error.get_msg());
}

}  // namespace newsindex
