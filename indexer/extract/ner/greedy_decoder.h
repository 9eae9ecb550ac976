// Left-to-right greedy decoding with BILOU constraints, shared by training and tagging so that both
// see exactly the same features.  Besides the previous two tags, each token sees what the same word
// was tagged earlier in the article ("extended prediction history"): once "Putin" was a person in
// the body, a lone "PUTIN" in a capitals headline, decoded last, is too.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <type_traits>
#include <vector>

#include "feature_extractor.h"
#include "feature_templates.h"
#include "flat_hash_map.h"
#include "tag_scheme.h"

namespace newsindex::ner {

class DocumentHistory {
 public:
  static constexpr int kCapitalisedOutside =
      kNameTypeCount;  // capitalised mid-sentence but not a name

  void record(std::uint64_t word_hash, int cls) {
    auto& counts = counts_.get_or_insert(word_hash, Counts{});
    if (counts[static_cast<std::size_t>(cls)] < 255) ++counts[static_cast<std::size_t>(cls)];
  }
  // Forgets every word, for the next article; keeps the table unless an earlier article grew it
  // far past an ordinary article's vocabulary.
  void clear() {
    if (counts_.capacity() > kKeptCapacity) {
      counts_ = FlatHashMap<Counts>{kExpectedWords};
    } else {
      counts_.clear();
    }
  }
  // Most frequent class so far, or -1 if the word was not seen capitalised.
  [[nodiscard]] int dominant(std::uint64_t word_hash) const {
    const auto* counts = counts_.find(word_hash);
    if (counts == nullptr) return -1;
    return static_cast<int>(std::max_element(counts->begin(), counts->end()) - counts->begin());
  }

 private:
  using Counts = std::array<std::uint8_t, kNameTypeCount + 1>;
  static constexpr std::size_t kExpectedWords = 256;
  static constexpr std::size_t kKeptCapacity = 8192;
  FlatHashMap<Counts> counts_{kExpectedWords};
};

// The features of token i that depend on the decoder's own earlier decisions: the previous two
// tags and what the same word was tagged earlier in the article (`seen`, -1 if never).  Returns
// how many were written.
constexpr std::size_t kMaxDecoderFeatures = 8;
inline std::size_t decoder_features(const WordInfo& w, std::uint8_t prev, std::uint8_t prev2,
                                    bool first, int seen, std::uint64_t* out) {
  std::size_t n = 0;
  out[n++] = feature(kFtPrevTag, prev, first ? 1 : 0);
  out[n++] = feature(kFtPrevTag2, prev2);
  out[n++] = feature(kFtPrevTags, prev, prev2);
  out[n++] = feature(kFtPrevTagWord, prev, w.word_hash);
  out[n++] = feature(kFtPrevTagShape, prev, w.shape_hash);
  if (seen >= 0) {
    const std::uint64_t caps_line = (w.flags & kWordCapsLine) != 0;
    out[n++] = feature(kFtHistory, static_cast<std::uint64_t>(seen));
    out[n++] = feature(kFtHistoryCapsLine, static_cast<std::uint64_t>(seen), caps_line);
    out[n++] = feature(kFtHistoryShape, static_cast<std::uint64_t>(seen), w.shape_hash);
  }
  return n;
}

// How far ahead the decoder looks for the next token to prefetch for.
constexpr std::size_t kPrefetchReach = 8;

// Scorer: a type Score, score(sentence, i, decoder_features, n, Score* scores) adding token i's
// static and decoder features to zeroed scores, float to_float(Score), and bool
// outside_unless_in_name(i) for tokens the scorer tags outside without scoring them unless they
// continue a name, optionally bool outside_after_name(i) for tokens it tags outside unscored right
// after a name has ended, and optionally prefetch(sentence, i), a hint that token i is scored soon.
// Observer: called as observe(token_index, chosen_tag) after every scored decision (training
// updates weights there). With kRecordMargins, margins[i] receives the chosen tag's score minus the
// score of "outside", in the units of the trained weights. `history_memory`, when given, is cleared
// and used instead of a new history: setting one up cost a tenth of tagging a headline.
template <bool kRecordMargins = false, class Scorer, class Observer>
void decode_document(const PreparedDocument& doc, Scorer&& scorer, std::vector<std::uint8_t>& tags,
                     Observer&& observe, std::vector<float>* margin_out = nullptr,
                     DocumentHistory* history_memory = nullptr) {
  using TokenScore = typename std::remove_cvref_t<Scorer>::Score;
  tags.assign(doc.tokens.size(), kOutside);
  [[maybe_unused]] float* margins = nullptr;
  if constexpr (kRecordMargins) {
    margin_out->assign(doc.tokens.size(), 0.0f);
    margins = margin_out->data();
  }
  std::optional<DocumentHistory> local_history;
  DocumentHistory& history = history_memory != nullptr ? *history_memory : local_history.emplace();
  if (history_memory != nullptr) history.clear();
  std::uint64_t features[kMaxDecoderFeatures];
  for (const auto& s : doc.sentences) {
    std::uint8_t prev = kOutside, prev2 = kOutside;
    for (std::size_t i = s.begin; i < s.end; ++i) {
      const WordInfo& w = doc.words[i];
      bool skip = prev == kOutside && scorer.outside_unless_in_name(i);
      if constexpr (requires { scorer.outside_after_name(i); }) {
        // "Putin said": the name has ended, and no other can begin here.
        skip = skip || (prev != kOutside && may_end_sentence(prev) && scorer.outside_after_name(i));
      }
      if (skip) {
        tags[i] = kOutside;
        prev2 = prev;
        prev = kOutside;
        continue;
      }
      // Scoring waits on memory: start loading what the next token that is likely to be scored
      // will read while this one is decided.
      if constexpr (requires { scorer.prefetch(s, i); }) {
        for (std::size_t j = i + 1; j < s.end && j <= i + kPrefetchReach; ++j) {
          if (!scorer.outside_unless_in_name(j)) {
            scorer.prefetch(s, j);
            break;
          }
        }
      }
      const std::size_t n =
          decoder_features(w, prev, prev2, i == s.begin, history.dominant(w.word_hash), features);
      TokenScore scores[kTagCount] = {};
      scorer.score(s, i, static_cast<const std::uint64_t*>(features), n, scores);
      const bool last = i + 1 == s.end;
      // Best tag that continues the open name, and best tag had the name been closed at the
      // previous token. Greedy decoding cannot revise the past, so when the model clearly wants the
      // name to have ended
      // ("Apple Chief Executive Officer ,"), the previous token is re-tagged as its end instead of
      // forcing this token into the name.
      std::uint8_t best = kOutside, best_closed = kOutside;
      TokenScore best_score = std::numeric_limits<TokenScore>::lowest();
      TokenScore best_closed_score = std::numeric_limits<TokenScore>::lowest();
      const bool open = !may_end_sentence(prev);
      for (std::uint8_t t = 0; t < kTagCount; ++t) {
        if (last && !may_end_sentence(t)) continue;
        if (may_follow(prev, t)) {
          if (scores[t] > best_score) {
            best_score = scores[t];
            best = t;
          }
        } else if (open && may_follow(kOutside, t) && scores[t] > best_closed_score) {
          best_closed_score = scores[t];
          best_closed = t;
        }
      }
      // A capitalised word that the model would leave outside stays in the open name ("St.
      // Petersburg").
      const bool keep_open =
          best_closed == kOutside && (w.flags & (kWordCapitalised | kWordAllCaps));
      if (open && best_closed_score > best_score && !keep_open) {
        const auto type = tag_type(prev);
        tags[i - 1] =
            make_tag(tag_part(prev) == TagPart::Begin ? TagPart::Unit : TagPart::Last, type);
        prev = tags[i - 1];
        best = best_closed;
      }
      if constexpr (kRecordMargins) margins[i] = scorer.to_float(scores[best] - scores[kOutside]);
      observe(i, best);
      tags[i] = best;
      if (w.flags & (kWordCapitalised | kWordAllCaps)) {
        if (best != kOutside) {
          history.record(w.word_hash, static_cast<int>(tag_type(best)));
        } else if (!(w.flags & (kWordSentenceStart | kWordCapsLine))) {
          history.record(w.word_hash, DocumentHistory::kCapitalisedOutside);
        }
      }
      prev2 = prev;
      prev = best;
    }
  }
}

}  // namespace newsindex::ner
