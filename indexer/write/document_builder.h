// Turns an article into the Xapian document the schema describes.
#pragma once

#include <xapian.h>

#include <map>
#include <string>

#include "article.h"
#include "article_analyzer.h"
#include "text_folder.h"

namespace newsindex {

// Title and body are indexed with positions (phrase search) after TextFolder folding, stemmed in
// the article's language; title words are also indexed under the title prefix and weigh more.
// Entities and mentioned dates from the analysis become filter terms and facet values.
// Not thread-safe: one builder per thread.
class DocumentBuilder {
 public:
  DocumentBuilder();

  [[nodiscard]] Xapian::Document build(const Article& article, const ArticleAnalysis& analysis);

 private:
  const Xapian::Stem& stemmer(const std::string& language);
  // Both add their terms and return their part of the facet value.
  std::string add_entities(const ArticleAnalysis& analysis, std::string_view title,
                           std::string_view text, Xapian::Document& document);
  std::string add_mentioned_dates(const ArticleAnalysis& analysis, Xapian::Document& document);

  TextFolder folder_;
  Xapian::TermGenerator terms_;
  // What terms_ holds between builds. A TermGenerator keeps a reference to its document, and
  // Xapian's reference counts are not atomic: had it kept the built document, its next
  // set_document() here would race with the writer thread that drops the document.
  Xapian::Document no_document_;
  std::map<std::string, Xapian::Stem, std::less<>> stemmers_;
};

}  // namespace newsindex
