#include "word_clusters.h"

#include <fstream>
#include <stdexcept>
#include <string>

#include "binary_io.h"
#include "word_forms.h"

namespace newsindex::ner {
namespace {

std::uint64_t pack(const ClusterIds& ids) {
  return (std::uint64_t{ids[0]} + 1) | ((std::uint64_t{ids[1]} + 1) << 16) |
         ((std::uint64_t{ids[2]} + 1) << 32);
}

ClusterIds unpack(std::uint64_t packed) {
  return {static_cast<std::uint16_t>((packed & 0xFFFF) - 1),
          static_cast<std::uint16_t>(((packed >> 16) & 0xFFFF) - 1),
          static_cast<std::uint16_t>(((packed >> 32) & 0xFFFF) - 1)};
}

// Ids are stored + 1, so that a found entry is never 0; kUnknownCluster is taken.
constexpr unsigned long kMaxCluster = kUnknownCluster - 1;

}  // namespace

WordClusters WordClusters::from_text(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("word clusters " + path.string() + ": cannot open");
  WordClusters clusters;
  clusters.exact_ = FlatHashMap<std::uint64_t>(1 << 16);
  clusters.lower_ = FlatHashMap<std::uint64_t>(1 << 16);
  std::string lower;
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (line.empty()) continue;
    auto fail = [&](const std::string& why) {
      throw std::runtime_error("word clusters " + path.string() + ":" + std::to_string(number) +
                               ": " + why);
    };
    std::size_t tab = line.find('\t');
    if (tab == 0 || tab == std::string::npos) fail("expected WORD TAB id TAB id TAB id");
    ClusterIds ids{};
    std::size_t at = tab + 1;
    for (std::size_t level = 0; level < ids.size(); ++level) {
      std::size_t end = line.find('\t', at);
      std::string field = line.substr(at, end == std::string::npos ? std::string::npos : end - at);
      std::size_t used = 0;
      unsigned long value = 0;
      try {
        value = std::stoul(field, &used);
      } catch (const std::exception&) {
        used = 0;
      }
      if (used == 0 || used != field.size() || value > kMaxCluster) {
        fail("cluster id \"" + field + "\" is not a number up to " + std::to_string(kMaxCluster));
      }
      ids[level] = static_cast<std::uint16_t>(value);
      if (level + 1 < ids.size() && end == std::string::npos) fail("expected three cluster ids");
      at = end + 1;
    }
    const std::string_view word = std::string_view(line).substr(0, tab);
    clusters.exact_.get_or_insert(hash_bytes(word), pack(ids));
    // The file lists words most frequent first: a word's first form is its usual one.
    lower.clear();
    append_normalised_lower(lower, word);
    clusters.lower_.get_or_insert(hash_bytes(lower), pack(ids));
  }
  return clusters;
}

ClusterIds WordClusters::lookup(std::uint64_t surface_hash, std::uint64_t lower_hash) const {
  if (const std::uint64_t* found = exact_.find(surface_hash)) return unpack(*found);
  if (const std::uint64_t* found = lower_.find(lower_hash)) return unpack(*found);
  return {kUnknownCluster, kUnknownCluster, kUnknownCluster};
}

namespace {

void write_table(std::ostream& out, const FlatHashMap<std::uint64_t>& table) {
  write_pod<std::uint64_t>(out, table.size());
  table.for_each([&](std::uint64_t key, std::uint64_t packed) {
    write_pod(out, key);
    write_pod(out, packed);
  });
}

FlatHashMap<std::uint64_t> read_table(std::istream& in) {
  const auto n = read_pod<std::uint64_t>(in);
  if (n > (1u << 24)) throw std::runtime_error("entity model file: implausible cluster count");
  FlatHashMap<std::uint64_t> table(n);
  for (std::uint64_t i = 0; i < n; ++i) {
    const auto key = read_pod<std::uint64_t>(in);
    const auto packed = read_pod<std::uint64_t>(in);
    if ((packed & 0xFFFF) == 0) throw std::runtime_error("entity model file: bad cluster entry");
    table.get_or_insert(key, packed);
  }
  return table;
}

}  // namespace

void WordClusters::write(std::ostream& out) const {
  write_table(out, exact_);
  write_table(out, lower_);
}

WordClusters WordClusters::read(std::istream& in) {
  WordClusters clusters;
  clusters.exact_ = read_table(in);
  clusters.lower_ = read_table(in);
  return clusters;
}

}  // namespace newsindex::ner
