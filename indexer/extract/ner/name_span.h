// A mention as the document rules see it: a run of tokens and a type. The rules look names up by
// their words, find which name covers a token, and keep names in text order.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "feature_extractor.h"
#include "gazetteer.h"
#include "tag_scheme.h"

namespace newsindex::ner {

struct NameSpan {
  std::uint32_t first, last;  // token indices, inclusive
  NameType type;
};

// The same words give the same key wherever they stand, so that a rule can find a name's other
// mentions in the article (the gazetteer's key of a word sequence).
inline std::uint64_t span_key(const PreparedDocument& doc, std::uint32_t first,
                              std::uint32_t last) {
  std::uint64_t key = Gazetteer::start_key();
  for (std::uint32_t i = first; i <= last; ++i)
    key = Gazetteer::extend_key(key, doc.words[i].word_hash);
  return key;
}

// Rules that add names append them and then restore text order, which the others rely on.
inline void sort_spans(std::vector<NameSpan>& spans) {
  std::sort(spans.begin(), spans.end(),
            [](const NameSpan& a, const NameSpan& b) { return a.first < b.first; });
}

// Token -> index of the span covering it, or -1.
inline std::vector<int> coverage(const PreparedDocument& doc, const std::vector<NameSpan>& spans) {
  std::vector<int> cover(doc.tokens.size(), -1);
  for (std::size_t s = 0; s < spans.size(); ++s) {
    for (auto i = spans[s].first; i <= spans[s].last; ++i) cover[i] = static_cast<int>(s);
  }
  return cover;
}

// A token that no name begins at, which a rule may therefore add to the name before it.
inline bool no_span_starts_at(const std::vector<NameSpan>& spans, std::size_t token) {
  return std::none_of(spans.begin(), spans.end(),
                      [&](const NameSpan& o) { return o.first == token; });
}

}  // namespace newsindex::ner
