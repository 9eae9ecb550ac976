// Writing an export (newsquery search --format csv|jsonl): one row per matching article, with the
// fields asked for, written as each article is read so that nothing holds the whole result; and
// the facet values of a search as rows. README.md ("Export") documents the fields.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "facet_report.h"
#include "schema.h"
#include "snippet_builder.h"

namespace newsindex {

enum class ExportField {
  kRank,
  kId,
  kDate,
  kTitle,
  kSource,
  kUrl,
  kLanguage,
  kAuthors,
  kSection,
  kOrigin,
  kPerson,
  kOrg,
  kPlace,
  kMentionedDates,
  kSnippet,
  kText,
};

// Every field's name as --fields takes it and headers and JSON keys show it, in enum order.
[[nodiscard]] std::vector<std::string> export_field_names();
// The fields written when --fields is not given: all but the long ones (snippet, text) and the
// rarely filled ones (rank, authors, section).
[[nodiscard]] std::vector<std::string> default_export_fields();
// Throws std::invalid_argument naming an unknown field.
[[nodiscard]] std::vector<ExportField> parse_export_fields(const std::vector<std::string>& names);

// One exported article. Only what its writer's fields need is filled in.
struct ExportedArticle {
  std::size_t rank = 0;  // 1-based over the whole match set
  schema::StoredArticle article;
  std::vector<schema::DocumentEntity> entities;  // as resolved, most mentioned first
  std::vector<std::string> mentioned_dates;      // TIMEX3 values, most mentioned first
  Snippet snippet;
};

class ExportWriter {
 public:
  virtual ~ExportWriter() = default;

  // Before the articles (a header row, for CSV).
  virtual void begin_articles() = 0;
  virtual void write(const ExportedArticle& row) = 0;
  // Every value of every facet of the report, with its count and filter, one row each.
  virtual void write(const FacetReport& facets) = 0;
};

// RFC 4180 CSV with a header row and CRLF line ends; lists joined with "; ".
[[nodiscard]] std::unique_ptr<ExportWriter> make_csv_export_writer(std::ostream& out,
                                                                   std::vector<ExportField> fields);
// JSON Lines: one object per line, its keys the fields in the order given; lists as arrays.
[[nodiscard]] std::unique_ptr<ExportWriter> make_jsonl_export_writer(
    std::ostream& out, std::vector<ExportField> fields);

}  // namespace newsindex
