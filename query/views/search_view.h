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

// An entity filter of one word ("person:baker") that matches several entities: which ones, most
// articles among the matches first.
struct AmbiguousFilter {
  std::string filter;  // as typed, folded: "person:baker"
  schema::EntityKind kind = schema::EntityKind::kPerson;
  std::size_t entities = 0;       // entities among the matches with the word in their name
  std::vector<FacetValue> shown;  // the first of them, with the filter that selects each
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
  // Entity filters that match several entities (found when their facet is counted).
  std::vector<AmbiguousFilter> ambiguous_filters;
};

// The hit `match` of `enquire`'s match set: its stored article, entities and mentioned dates, and
// the snippet that shows its matching terms (stemmed with `stemmer`, as the query was).
[[nodiscard]] SearchHit hit_view(const Xapian::Enquire& enquire, const Xapian::MSetIterator& match,
                                 const SnippetBuilder& snippets, const Xapian::Stem& stemmer);

}  // namespace newsindex
