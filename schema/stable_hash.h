// The 64-bit FNV-1a hash the index uses wherever a stable hash of bytes is stored or decides
// something lasting (term tails, entity key hashes, derived ids, shards): it must never change
// between versions or platforms, so it is ours rather than std::hash.
#pragma once

#include <cstdint>
#include <string_view>

namespace newsindex::schema {

[[nodiscard]] inline std::uint64_t fnv1a64(std::string_view bytes) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  return hash;
}

}  // namespace newsindex::schema
