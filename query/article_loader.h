// Builds the view of one whole article ("newsquery show"): reads it by id, resolves its entities
// as facets count them, and finds where its entities and mentioned dates stand in the text.
#pragma once

#include <optional>
#include <string>

#include "article_view.h"
#include "index_layout.h"
#include "index_reader.h"

namespace newsindex {

class ArticleLoader {
 public:
  // Throws IndexError when the index cannot be opened.
  explicit ArticleLoader(const IndexLayout& layout) : reader_(layout) {}

  // The article with this id (as the archive gave it), or nullopt when the index has none.
  // Throws IndexError.
  [[nodiscard]] std::optional<ArticleView> load(const std::string& id);

 private:
  IndexReader reader_;
};

}  // namespace newsindex
