// One whole article as plain data ("newsquery show"): what the archive gave (headline, date,
// source, text, ...), its entities as the index resolves them and the dates it mentions, each
// with the filter that selects it and where it stands in the text. Built by ArticleLoader.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "schema.h"

namespace newsindex {

// A mention: [begin, end) UTF-8 byte offsets into the headline or the text.
struct TextSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  friend bool operator==(const TextSpan&, const TextSpan&) = default;
};

struct ArticleEntity {
  schema::EntityKind kind = schema::EntityKind::kPerson;
  std::string name;    // as resolved: what facets list
  std::string filter;  // selects the articles counting for it: person:"=Angela Merkel"
  // Mentions the extractor counted in headline and body, over every name that counts as it.
  unsigned mentions = 0;
  std::vector<std::string> forms;  // the written forms searched for in the text
  std::vector<TextSpan> in_title;  // where those forms were found
  std::vector<TextSpan> in_text;
};

struct ArticleDate {
  std::string value;   // as hits show it: "2025-04", "2025-04-11", "2025-W14"
  std::string filter;  // mentions:2025-04
  std::vector<TextSpan> in_text;
};

struct ArticleView {
  schema::StoredArticle article;
  // Person, organisation and place, each kind most mentioned first; hidden values left out.
  std::vector<ArticleEntity> entities;
  std::vector<ArticleDate> dates;  // most mentioned first, as the index keeps them
};

// What a highlight in the text stands for.
enum class HighlightKind { kEntity, kDate };
struct Highlight {
  TextSpan span;
  HighlightKind kind = HighlightKind::kEntity;
};

// Every entity and date mention in the text, in order and without overlaps (an entity wins over
// a date it overlaps: an entity match covers a whole name).
[[nodiscard]] std::vector<Highlight> text_highlights(const ArticleView& view);

}  // namespace newsindex
