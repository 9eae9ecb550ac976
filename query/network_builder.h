// Builds the co-mention graph of a query (newsquery network): matches the query as a search
// does, counting entity pairs over every match (facets/co_mention_counter.h), then keeps the
// strongest edges and names their nodes.
#pragma once

#include <array>
#include <chrono>
#include <memory>
#include <string>

#include "co_mention_graph.h"
#include "index_layout.h"
#include "index_reader.h"
#include "text_folder.h"

namespace newsindex {

struct NetworkRequest {
  std::string query;
  std::string stem_language;  // empty: the index's most common language
  std::chrono::year_month_day today;
  std::array<bool, 3> kinds = {true, true, true};  // person, org, place
  std::size_t min_count = 1;                       // edges of fewer articles are left out
  std::size_t top = 0;                             // strongest edges kept; 0: all
};

class NetworkBuilder {
 public:
  // Throws IndexError when the index cannot be opened.
  explicit NetworkBuilder(const IndexLayout& layout);

  // Throws QueryError for a query the user must fix, IndexError for an index that cannot be read.
  [[nodiscard]] CoMentionGraph build(const NetworkRequest& request);

 private:
  IndexReader reader_;
  std::shared_ptr<TextFolder> folder_ = std::make_shared<TextFolder>();
};

}  // namespace newsindex
