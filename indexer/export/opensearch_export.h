// newsindex export: every article of an index as the bulk file OpenSearch and Elasticsearch load
// (NDJSON, an "index" action line then the document), and the mapping to create the index with
// first. Entities are named as the index resolves them, as search hits name them, so that a
// terms aggregation over the loaded index counts what newsquery's facets count.
// docs/scaling.md ("Moving to OpenSearch / Elasticsearch") documents the fields.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "index_layout.h"
#include "index_reader.h"
#include "schema.h"

namespace newsindex {

// An article as one bulk document needs it.
struct BulkArticle {
  schema::StoredArticle article;
  // Faceted kinds as resolved, most mentioned first; then the other kinds (Misc) as the keys of
  // their terms, the only form the index keeps of them.
  std::vector<schema::DocumentEntity> entities;
  std::vector<std::string> mentioned_dates;  // TIMEX3 values, as hits show them
  // Labels of the periods the article counts for in "mentions:" and the mentioned histogram:
  // "2025", "2025-04", "2025-04-11".
  std::vector<std::string> mentioned_periods;
  std::string published_day;              // "YYYY-MM-DD"; empty when unknown
  std::optional<long long> published_at;  // seconds since the epoch, UTC
};

// The calendar days a mentioned date covers, "YYYY-MM-DD" each end: those of the finest period
// the index keeps for it (a day, else its month, else its year), so that a date_range query with
// relation "within" selects exactly what "mentions:" selects. nullopt when it names no period.
struct MentionedSpan {
  std::string first;
  std::string last;
  friend bool operator==(const MentionedSpan&, const MentionedSpan&) = default;
};
[[nodiscard]] std::optional<MentionedSpan> mentioned_span(std::string_view timex_value);

// The document line of one article (no line end). Absent fields are left out.
[[nodiscard]] std::string bulk_document(const BulkArticle& article);
// The action line that precedes it (no line end).
[[nodiscard]] std::string bulk_action(std::string_view index_name, std::string_view id);

// The body of "PUT /INDEX": every field bulk_document writes, and no other ("dynamic": "strict",
// so that a document that does not fit is refused rather than guessed at).
[[nodiscard]] std::string opensearch_mapping();

// An error in `name` as an OpenSearch index name (lower case, no \ / * ? " < > | , # : or space,
// not starting with - _ +, not "." or "..", at most 255 bytes); empty when it is one.
[[nodiscard]] std::string index_name_error(std::string_view name);

class OpenSearchExporter {
 public:
  // Throws IndexError when the index cannot be opened.
  explicit OpenSearchExporter(const IndexLayout& layout);

  // Writes an action line and a document line per article, reading one article at a time.
  // Returns the number of articles written. Throws IndexError for an index that cannot be read,
  // or that a writer's commit changed after the first article went out.
  std::size_t write_bulk(std::ostream& out, std::string_view index_name);

 private:
  IndexReader reader_;
};

}  // namespace newsindex
