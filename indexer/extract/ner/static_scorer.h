// Scores of a token's static features (everything but the decoder's own tag-history features),
// for the running tagger.
//
// Summing some thirty weight rows per token, most of them random accesses into a table larger
// than the CPU's private caches, was the tagger's main cost.  But most of a token's static
// features depend on one word only: its own form and casing, and what it lends the tokens up to
// two places either side of it.  Words repeat (news is Zipfian), so those sums are cached per word
// form, and a token costs a few cache probes plus lookups for the features that combine
// neighbours (word pairs, gazetteer context).  Weights are integers (WeightTable), so the cached
// sums are exactly the feature-by-feature sums: the output never depends on what was cached.
#pragma once

#include <cstdint>
#include <vector>

#include "feature_extractor.h"
#include "huge_page_allocator.h"
#include "tagger_model.h"
#include "weight_table.h"
#include "word_forms.h"

namespace newsindex::ner {

class StaticScorer {
 public:
  // The model must outlive the scorer.
  explicit StaticScorer(const TaggerModel& model);

  // Adds the static scores of token i of sentence s to `scores`.  `doc` needs no features
  // (FeatureExtractor::prepare_without_features).
  void add(const PreparedDocument& doc, const Sentence& s, std::size_t i, Score* scores);
  // Starts loading the cache entries add(doc, s, i) will read; changes nothing.
  void prefetch(const PreparedDocument& doc, const Sentence& s, std::size_t i) const noexcept;

  // Words without capitals (most of a text: "the", "said", punctuation) do not begin names, name
  // particles ("de Gaulle") aside, and neither do plain numbers ("1.5", "1987", "20,000"), which
  // begin 0.1% of the names in CoNLL-2003 ("1860 Munich", "1990 World Cup").  After an outside
  // token the tagger tags them outside without scoring them: this skips most of the scoring and
  // moves the evaluation scores by less than 0.2 (ner/README.md).
  // The same holds for a function word that opens a sentence with a capital ("The", "In",
  // "However") when the next word could not begin a name either: "The company said", "In a
  // statement". In Reuters they are about one in thirteen of the capitalised tokens.
  [[nodiscard]] static bool never_begins_name(const PreparedDocument& doc, std::size_t i) {
    const auto flags = doc.words[i].flags;
    if (!(flags & kWordHasUpper)) return lower_case_word_never_begins_name(doc, i);
    constexpr std::uint16_t kOpening = kWordSentenceStart | kWordCapitalised;
    if ((flags & kOpening) != kOpening || (flags & (kWordAllCaps | kWordCapsLine))) return false;
    const std::size_t next = i + 1;
    return next < doc.words.size() && !(doc.words[next].flags & kWordSentenceStart) &&
           !(doc.words[next].flags & kWordHasUpper) &&
           lower_case_word_never_begins_name(doc, next) && is_closed_class_word(doc.lower(i));
  }

  // Right after a name has ended, a token that cannot begin a name may still join the name before
  // it: the model opens a new name at a connector ("Merrill Lynch and Co", "Albertson's Inc") that
  // MentionRules merges with the previous one. Any other such token is tagged outside unscored:
  // they are a quarter of the tokens the tagger would score in Reuters, and the model tags 3 in
  // 1,000 of them otherwise.
  [[nodiscard]] static bool never_begins_name_after_name(const PreparedDocument& doc,
                                                         std::size_t i) {
    return never_begins_name(doc, i) && !is_name_connector(doc.lower(i));
  }

  // The serial of the model it scores for (TaggerModel::serial).
  [[nodiscard]] std::uint64_t model_serial() const noexcept { return model_serial_; }

 private:
  // For a word without capitals.
  [[nodiscard]] static bool lower_case_word_never_begins_name(const PreparedDocument& doc,
                                                              std::size_t i) {
    const auto flags = doc.words[i].flags;
    // Digits mixed with lower-case letters ("1990s", "4th", "iphone7") are still scored.
    if ((flags & kWordHasDigit) && (flags & kWordHasLetter)) return false;
    return !is_name_particle(doc.lower(i));
  }

  // Direct-mapped: a colliding word form replaces the older one.  2^14 entries of each kind hold
  // an article's vocabulary and the archive's frequent words in about 6 MB.
  static constexpr unsigned kCacheBits = 14;

  struct FormEntry {
    std::uint64_t word = 0, shape = 0;
    std::uint16_t flags = 0;
    bool used = false;
    Score scores[kTagCount];  // form and casing features
  };
  struct NeighbourEntry {
    std::uint64_t word = 0, shape = 0;
    bool used = false;
    // To a token that has this word two places before it, right before it, right after it, two
    // places after it.
    Score lent[4][kTagCount];
  };

  static std::size_t slot(std::uint64_t key) noexcept {
    return static_cast<std::size_t>(key & ((std::uint64_t{1} << kCacheBits) - 1));
  }
  // What add() and prefetch() look up for token i: its form entry, and per neighbour offset the
  // neighbour's word and shape hashes and the key of its entry.
  struct CacheKeys {
    std::uint64_t form;
    std::uint64_t word[4], shape[4], neighbour[4];
  };
  static std::uint64_t form_key(const WordInfo& w) noexcept;
  static CacheKeys cache_keys(const PreparedDocument& doc, const Sentence& s,
                              std::size_t i) noexcept;
  void prefetch_entries(const CacheKeys& keys) const noexcept;
  const Score* form_scores(const PreparedDocument& doc, std::size_t i, std::uint64_t key);
  const NeighbourEntry& neighbour(std::uint64_t word, std::uint64_t shape, std::uint64_t key);
  void add_features(const std::uint64_t* features, std::size_t n, Score* scores) const noexcept {
    model_.weights().add_scores(features, n, scores);
  }

  const TaggerModel& model_;
  std::uint64_t model_serial_;
  std::vector<FormEntry, HugePageAllocator<FormEntry>> forms_;
  std::vector<NeighbourEntry, HugePageAllocator<NeighbourEntry>> neighbours_;
};

}  // namespace newsindex::ner
