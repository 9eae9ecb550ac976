// The report of a search, as plain data: the matches shown, how many there are, and the facets
// counted over all of them. Writers (write/) turn it into text.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

#include "facet_report.h"
#include "matcher.h"
#include "schema.h"
#include "snippet_builder.h"

namespace newsindex {

struct SearchHit {
  std::size_t rank = 0;  // 1-based, counting from the first match, not from the offset
  int percent = 0;
  double weight = 0;
  schema::StoredArticle article;
  Snippet snippet;
  std::vector<schema::DocumentEntity> entities;  // most mentioned first
  std::vector<std::string> mentioned_dates;      // TIMEX3 values, most mentioned first
};

struct SearchView {
  std::string query_text;
  std::string parsed_query;  // Xapian's description of the query that ran
  std::string stem_language;
  Xapian::doccount total = 0;
  bool exact = true;
  Xapian::doccount archive_size = 0;
  std::size_t offset = 0;
  std::size_t limit = 0;
  SortOrder sort = SortOrder::kRelevance;
  std::vector<SearchHit> hits;
  std::optional<FacetReport> facets;
};

// The hit `match` of `enquire`'s match set: its stored article, entities and mentioned dates, and
// the snippet that shows its matching terms (stemmed with `stemmer`, as the query was).
[[nodiscard]] SearchHit hit_view(const Xapian::Enquire& enquire, const Xapian::MSetIterator& match,
                                 const SnippetBuilder& snippets, const Xapian::Stem& stemmer);

}  // namespace newsindex
