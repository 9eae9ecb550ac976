// Article ids the index derives, and the shard an id lives in.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace newsindex::schema {

// The id given to an article that comes without one: a stable hash of its content, so that
// indexing the same record again replaces it instead of adding a twin.
[[nodiscard]] std::string derived_article_id(std::string_view content);

// The shard an article lives in, from its id alone, so that re-indexing an article always
// replaces it in place.
[[nodiscard]] std::size_t shard_for(std::string_view article_id, std::size_t shard_count);

}  // namespace newsindex::schema
