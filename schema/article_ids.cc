#include "article_ids.h"

#include <cstdio>

#include "stable_hash.h"

namespace newsindex::schema {

std::string derived_article_id(std::string_view content) {
  char id[32];
  std::snprintf(id, sizeof id, "content-%016llx",
                static_cast<unsigned long long>(fnv1a64(content)));
  return id;
}

std::size_t shard_for(std::string_view article_id, std::size_t shard_count) {
  return shard_count <= 1 ? 0 : fnv1a64(article_id) % shard_count;
}

}  // namespace newsindex::schema
