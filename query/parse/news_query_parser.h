// Turns what a user types into a Xapian query: Xapian's QueryParser, with AND as the default
// operator, plus our filters (date:, source:, lang:) and the same folding as the indexer.
#pragma once

#include <xapian.h>

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schema.h"
#include "text_folder.h"

namespace newsindex {

// A query the user must fix; what() is a one-line explanation.
class QueryError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class NewsQueryParser {
 public:
  // stem_language: the language whose stemmer applies to query words ("" for none).
  // today: what relative dates ("7d", "yesterday") count back from.
  // folder: shared with the caller, because building one costs more than parsing a query.
  // resolution: the index's entity resolution (entity_resolution()), which entity filters
  // follow; shared with the caller, which counts facets by it.
  NewsQueryParser(const Xapian::Database& database, const std::string& stem_language,
                  std::chrono::year_month_day today, std::shared_ptr<TextFolder> folder,
                  std::shared_ptr<const schema::EntityResolution> resolution);
  ~NewsQueryParser();
  NewsQueryParser(const NewsQueryParser&) = delete;
  NewsQueryParser& operator=(const NewsQueryParser&) = delete;

  // An empty query matches every article, and one made only of exclusions ("-oil -gas") every
  // article but those. Throws QueryError.
  [[nodiscard]] Xapian::Query parse(const std::string& text);

  // The entity filters of one word the last parse() met ("person:baker"), which may match
  // several entities: the kind, and the folded word.
  [[nodiscard]] const std::vector<std::pair<schema::EntityKind, std::string>>& entity_word_filters()
      const {
    return *word_filters_;
  }

 private:
  // parse() of folded text that is not made of exclusions only; `text` is what the user typed.
  Xapian::Query parse_folded(const std::string& folded, const std::string& text);
  Xapian::Query parse_checked(const std::string& folded, unsigned flags);

  std::shared_ptr<TextFolder> folder_;
  std::shared_ptr<const schema::EntityResolution> resolution_;
  Xapian::QueryParser parser_;
  std::string stem_language_;  // empty when the language has no stemmer
  // The first error a filter (date:, person:, ...) met during parse_query, shared with the
  // filters: they must not throw through Xapian's parser (see FilterProcessor in the .cc).
  std::shared_ptr<std::string> filter_error_ = std::make_shared<std::string>();
  std::shared_ptr<std::vector<std::pair<schema::EntityKind, std::string>>> word_filters_ =
      std::make_shared<std::vector<std::pair<schema::EntityKind, std::string>>>();
};

// The articles that count for the entity of `kind` whose folded key is `key`, under the index's
// entity resolution: those naming it, or a name that resolves to it. A name that resolves to
// another value selects that value's articles. Facet counts of the value agree with it exactly.
[[nodiscard]] Xapian::Query entity_value_query(schema::EntityKind kind, const std::string& key,
                                               const schema::EntityResolution& resolution);

// The clauses of a folded query, each without its "-", when every top-level clause is an
// exclusion ("-oil -person:reagan"); nullopt otherwise.
[[nodiscard]] std::optional<std::vector<std::string_view>> exclusions_only(std::string_view folded);

}  // namespace newsindex
