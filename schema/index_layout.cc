#include "index_layout.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

#include "schema.h"

namespace newsindex {
namespace fs = std::filesystem;

namespace {

// Merges the metadata of shards being compacted into one: each shard's facet totals add up, and
// every other entry (facet names, file states, the version) is the same in every shard that has
// it, or only in one.
class ShardMerger final : public Xapian::Compactor {
 public:
  std::string resolve_duplicate_metadata(const std::string& key, std::size_t num_tags,
                                         const std::string tags[]) override {
    // Xapian passes the key as its table stores it, behind a two-byte prefix of its own.
    const std::string totals_key = schema::facet_totals_key();
    if (!std::string_view(key).ends_with(totals_key) || key.size() > totals_key.size() + 2) {
      return tags[0];
    }
    schema::FacetTotals sum;
    for (std::size_t i = 0; i < num_tags; ++i) {
      auto totals = schema::decode_facet_totals(tags[i]);
      // Damaged totals: leave none, and the next reader or writer counts the articles again.
      if (!totals) return {};
      sum.add(*totals);
    }
    return schema::encode_facet_totals(sum);
  }
};

constexpr const char* kStubName = "XAPIANDB";

std::string quoted(const fs::path& path) {
  return "'" + path.string() + "'";
}

std::string shard_name(int index) {
  char name[32];
  std::snprintf(name, sizeof name, "shard-%02d", index);
  return name;
}

bool looks_like_xapian_database(const fs::path& folder) {
  std::error_code ignored;
  return fs::exists(folder / "iamglass", ignored) || fs::exists(folder / "iamchert", ignored);
}

}  // namespace

IndexLayout::IndexLayout(fs::path folder) : folder_(std::move(folder)) {}

IndexError IndexLayout::error_while(std::string_view doing, const Xapian::Error& error,
                                    std::optional<std::size_t> shard) const {
  std::string where = "index " + quoted(folder_);
  if (shard) where += " (" + shard_name(static_cast<int>(*shard)) + ")";
  std::string detail = error.get_msg();
  if (const char* system = error.get_error_string()) detail += " (" + std::string(system) + ")";
  std::string what;
  // Xapian::Error is not polymorphic: its type is a name.
  const std::string_view type = error.get_type();
  if (type == "DatabaseCorruptError") {
    what = where + " is damaged";
  } else if (type == "DatabaseModifiedError") {
    what = where + " was changed by a writer faster than it could be read; try again";
  } else {
    what = where + ": " + std::string(type);
  }
  return IndexError(what + " while " + std::string(doing) + ": " + detail);
}

fs::path IndexLayout::stub_path() const {
  return folder_ / kStubName;
}

std::vector<fs::path> IndexLayout::shard_paths() const {
  std::ifstream stub(stub_path());
  if (!stub) throw IndexError("index " + quoted(folder_) + " has no " + kStubName + " file");
  std::vector<fs::path> shards;
  std::string line;
  while (std::getline(stub, line)) {
    std::istringstream fields(line);
    std::string backend, name;
    if (fields >> backend >> name) shards.push_back(folder_ / name);
  }
  return shards;
}

void IndexLayout::check_version(const Xapian::Database& database) const {
  std::string version = database.get_metadata(std::string(schema::kVersionKey));
  if (version.empty()) {
    throw IndexError(quoted(folder_) + " is a Xapian database, but not one made by newsindex");
  }
  if (version == std::to_string(schema::kSchemaVersion)) return;
  // Older layouts are not converted in place: the articles are indexed again from their files,
  // which the index remembers, so the message can give the whole command.
  std::vector<std::string> files;
  for (const auto& [path, state] : schema::remembered_files(database)) files.push_back(path);
  const bool older = std::atoi(version.c_str()) < schema::kSchemaVersion;
  std::string message = "index " + quoted(folder_) + " was made by " +
                        (older ? "an older" : "a newer") + " newsindex (schema version " + version +
                        "), and this one reads schema version " +
                        std::to_string(schema::kSchemaVersion) + ". ";
  message += older ? "Index its articles again into a new folder"
                   : "Use that newsindex, or index the articles again into a new folder";
  if (files.empty()) {
    message += " with 'newsindex add -i NEW-FOLDER FILES...'";
  } else {
    message += ", from the files it was made of: newsindex add -i '" + folder_.string() + "-v" +
               std::to_string(schema::kSchemaVersion) + "'";
    constexpr std::size_t kFilesShown = 3;
    for (std::size_t i = 0; i < files.size() && i < kFilesShown; ++i)
      message += " '" + files[i] + "'";
    if (files.size() > kFilesShown) {
      message += " (and " + std::to_string(files.size() - kFilesShown) + " more)";
    }
  }
  throw IndexError(message);
}

void IndexLayout::check_one_numbering(const std::vector<std::string>& numberings) const {
  std::string first;
  for (const std::string& numbering : numberings) {
    if (numbering.empty()) continue;
    if (first.empty()) first = numbering;
    if (numbering != first) {
      throw IndexError("the shards listed in " + quoted(stub_path()) +
                       " come from indexes made separately, and facets number their values per "
                       "index, so their counts cannot be added up; search each index on its own, "
                       "or index the files of all of them into one index");
    }
  }
}

Xapian::Database IndexLayout::open_for_reading() const {
  std::error_code error;
  if (!fs::exists(folder_, error)) {
    throw IndexError("no index at " + quoted(folder_) + " (create one with 'newsindex add -i " +
                     folder_.string() + " FILES...')");
  }
  if (!fs::exists(stub_path(), error)) {
    if (looks_like_xapian_database(folder_)) {
      throw IndexError(quoted(folder_) + " is a Xapian database, but not one made by newsindex");
    }
    throw IndexError(quoted(folder_) + " is not a newsindex index (it has no " + kStubName +
                     " file)");
  }
  try {
    Xapian::Database database(stub_path().string());
    check_version(database);
    std::vector<fs::path> shards = shard_paths();
    if (shards.size() > 1) {
      std::vector<std::string> numberings;
      for (const fs::path& shard : shards) {
        numberings.push_back(
            Xapian::Database(shard.string()).get_metadata(std::string(schema::kNumberingKey)));
      }
      check_one_numbering(numberings);
    }
    return database;
  } catch (const Xapian::DatabaseNotFoundError& e) {
    throw IndexError("index " + quoted(folder_) + " is incomplete: " + e.get_msg());
  } catch (const Xapian::DatabaseCorruptError& e) {
    throw IndexError("index " + quoted(folder_) + " is damaged: " + e.get_msg());
  } catch (const Xapian::DatabaseVersionError& e) {
    throw IndexError("index " + quoted(folder_) +
                     " was written by an incompatible Xapian version: " + e.get_msg());
  } catch (const Xapian::DatabaseOpeningError& e) {
    throw IndexError("cannot open index " + quoted(folder_) + ": " + e.get_msg());
  }
}

void IndexLayout::create(int shard_count) const {
  std::error_code error;
  fs::create_directories(folder_, error);
  if (error) {
    throw IndexError("cannot create index folder " + quoted(folder_) + ": " + error.message());
  }
  if (!fs::is_empty(folder_, error)) {
    throw IndexError(quoted(folder_) +
                     " exists and is not a newsindex index; refusing to write into it");
  }
  // Write the stub under a temporary name and rename it, so that a reader never sees half a
  // shard list.
  fs::path temporary = folder_ / (std::string(kStubName) + ".tmp");
  {
    std::ofstream stub(temporary);
    for (int i = 0; i < shard_count; ++i) stub << "auto " << shard_name(i) << '\n';
    if (!stub) throw IndexError("cannot write " + quoted(temporary));
  }
  fs::rename(temporary, stub_path(), error);
  if (error) throw IndexError("cannot write " + quoted(stub_path()) + ": " + error.message());
}

std::vector<Xapian::WritableDatabase> IndexLayout::open_for_writing(int shard_count) const {
  std::error_code error;
  if (!fs::exists(stub_path(), error)) {
    if (looks_like_xapian_database(folder_)) {
      throw IndexError(quoted(folder_) + " is a Xapian database, but not one made by newsindex");
    }
    create(shard_count);
  }
  std::vector<Xapian::WritableDatabase> shards;
  try {
    for (const fs::path& shard : shard_paths()) {
      Xapian::WritableDatabase database(shard.string(), Xapian::DB_CREATE_OR_OPEN);
      std::string version = database.get_metadata(std::string(schema::kVersionKey));
      if (version.empty() && database.get_doccount() == 0) {
        database.set_metadata(std::string(schema::kVersionKey),
                              std::to_string(schema::kSchemaVersion));
        database.commit();
      } else {
        check_version(database);
      }
      shards.push_back(std::move(database));
    }
    // New shards take the numbering of the index (a new one for a new index).
    std::vector<std::string> numberings;
    std::string numbering;
    for (const Xapian::WritableDatabase& shard : shards) {
      numberings.push_back(shard.get_metadata(std::string(schema::kNumberingKey)));
      if (numbering.empty()) numbering = numberings.back();
    }
    check_one_numbering(numberings);
    if (numbering.empty()) {
      std::random_device random;
      char id[17];
      std::snprintf(id, sizeof id, "%08x%08x", random(), random());
      numbering = id;
    }
    for (std::size_t i = 0; i < shards.size(); ++i) {
      if (!numberings[i].empty()) continue;
      shards[i].set_metadata(std::string(schema::kNumberingKey), numbering);
      shards[i].commit();
    }
  } catch (const Xapian::DatabaseLockError&) {
    throw IndexError("index " + quoted(folder_) + " is being written by another newsindex process");
  } catch (const Xapian::DatabaseError& e) {
    throw IndexError("cannot open index " + quoted(folder_) + " for writing: " + e.get_msg());
  }
  return shards;
}

void IndexLayout::compact() const {
  std::vector<Xapian::WritableDatabase> locks = open_for_writing(1);
  std::vector<fs::path> old_shards = shard_paths();
  // A name no existing shard has, so the old ones stay untouched until the stub points away.
  std::string merged_name;
  for (int i = 0;; ++i) {
    merged_name = "compact-" + shard_name(i);
    if (!fs::exists(folder_ / merged_name)) break;
  }
  const fs::path merged = folder_ / merged_name;
  try {
    Xapian::Database all(stub_path().string());
    ShardMerger merger;
    all.compact(merged.string(), 0, 0, merger);
  } catch (const Xapian::Error& e) {
    std::error_code ignored;
    fs::remove_all(merged, ignored);
    throw IndexError("cannot compact index " + quoted(folder_) + ": " + e.get_msg());
  }
  fs::path temporary = folder_ / (std::string(kStubName) + ".tmp");
  {
    std::ofstream stub(temporary);
    stub << "auto " << merged_name << '\n';
    if (!stub) throw IndexError("cannot write " + quoted(temporary));
  }
  std::error_code error;
  fs::rename(temporary, stub_path(), error);
  if (error) throw IndexError("cannot write " + quoted(stub_path()) + ": " + error.message());
  locks.clear();
  for (const fs::path& shard : old_shards) fs::remove_all(shard, error);
}

std::uintmax_t IndexLayout::size_on_disk() const {
  std::uintmax_t total = 0;
  std::error_code error;
  for (const auto& entry : fs::recursive_directory_iterator(folder_, error)) {
    if (entry.is_regular_file(error)) total += entry.file_size(error);
  }
  return total;
}

}  // namespace newsindex
