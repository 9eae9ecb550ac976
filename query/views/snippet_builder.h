// Picks the passage of an article that best shows why it matched, and marks the matched words.
#pragma once

#include <xapian.h>

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text_folder.h"

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace newsindex {

struct Snippet {
  std::string text;  // one line: whitespace runs collapsed, "…" where the passage was cut
  std::vector<std::pair<std::size_t, std::size_t>> highlights;  // byte ranges in text
};

// Words are found with ICU's word break rules on the original text, and folded and stemmed as
// the indexer did, so "Zélensky" in the article is highlighted for the query "zelensky".
// Not thread-safe (it owns a TextFolder).
class SnippetBuilder {
 public:
  explicit SnippetBuilder(std::size_t target_bytes = 220);
  ~SnippetBuilder();

  // matching_terms: Enquire::get_matching_terms for the hit. stemmer: the query's stemmer.
  [[nodiscard]] Snippet build(std::string_view text, const std::vector<std::string>& matching_terms,
                              const Xapian::Stem& stemmer) const;

 private:
  std::size_t target_bytes_;
  TextFolder folder_;
  // Made once: creating ICU's word break iterator costs more than using it on a snippet.
  std::unique_ptr<icu::BreakIterator> words_;
};

}  // namespace newsindex
