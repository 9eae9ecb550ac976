// Word clusters learned from a large body of unannotated news (see indexer/train/clusters/): words
// used in similar contexts share a cluster, at three granularities. They let the tagger generalise
// from the names it was trained on to names it never saw ("Dole" is in the cluster of "Clinton"),
// which word identity alone cannot. Stored in the model file, so a model and its clusters travel
// together.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <string_view>

#include "flat_hash_map.h"

namespace newsindex::ner {

// Cluster ids of a word at each granularity, coarse to fine.
using ClusterIds = std::array<std::uint16_t, 3>;
inline constexpr std::uint16_t kUnknownCluster = 0xFFFF;

class WordClusters {
 public:
  // A text file, one word per line: WORD TAB coarse TAB middle TAB fine (cluster numbers from
  // 0). Throws std::runtime_error naming the file and line of anything else.
  static WordClusters from_text(const std::filesystem::path& path);

  // The clusters of a word by the hashes of its form as written and of its normalised lower-case
  // form (word_forms.h): as written when the table has that form, else those of the table's most
  // frequent form of the same word ("CLINTON" gets those of "Clinton"); kUnknownCluster for a
  // word the table lacks.
  [[nodiscard]] ClusterIds lookup(std::uint64_t surface_hash, std::uint64_t lower_hash) const;

  [[nodiscard]] std::size_t size() const noexcept { return exact_.size(); }
  [[nodiscard]] bool empty() const noexcept { return exact_.size() == 0; }

  void write(std::ostream& out) const;
  static WordClusters read(std::istream& in);

 private:
  // Ids + 1 packed into one word, so that a found entry is never all zero.
  FlatHashMap<std::uint64_t> exact_{16};
  FlatHashMap<std::uint64_t> lower_{16};
};

}  // namespace newsindex::ner
