// Turns an article into the Xapian document the schema describes.
#pragma once

#include <xapian.h>

#include <array>
#include <map>
#include <string>
#include <vector>

#include "article.h"
#include "article_analyzer.h"
#include "schema.h"
#include "text_folder.h"

namespace newsindex {

// An article's document, and the values of its named facets (people, organisations, places,
// source, language), which still need their ordinals: FacetDictionary numbers them, in the one
// thread that sees every article in input order, and adds their slots to the document.
struct ArticleDocument {
  Xapian::Document document;
  // By schema::named_facet_index().
  std::array<std::vector<schema::FacetName>, schema::kNamedFacets.size()> facet_names;
  // Set by FacetDictionary::number(): the ordinal of each name in facet_names.
  std::array<std::vector<schema::Ordinal>, schema::kNamedFacets.size()> ordinals;
  bool numbered = false;
};

// Title and body are indexed with positions (phrase search) after TextFolder folding, stemmed in
// the article's language; title words are also indexed under the title prefix and weigh more.
// Entities and mentioned dates from the analysis become filter terms and facet values.
// Not thread-safe: one builder per thread.
class DocumentBuilder {
 public:
  DocumentBuilder();

  [[nodiscard]] ArticleDocument build(const Article& article, const ArticleAnalysis& analysis);

 private:
  const Xapian::Stem& stemmer(const std::string& language);
  // Add the terms and values of the article's entities, and their facet names.
  void add_entities(const ArticleAnalysis& analysis, std::string_view title, std::string_view text,
                    ArticleDocument& built);
  void add_mentioned_dates(const ArticleAnalysis& analysis, Xapian::Document& document);

  TextFolder folder_;
  Xapian::TermGenerator terms_;
  // What terms_ holds between builds. A TermGenerator keeps a reference to its document, and
  // Xapian's reference counts are not atomic: had it kept the built document, its next
  // set_document() here would race with the writer thread that drops the document.
  Xapian::Document no_document_;
  std::map<std::string, Xapian::Stem, std::less<>> stemmers_;
};

}  // namespace newsindex
