#include "static_scorer.h"

#include <algorithm>

namespace newsindex::ner {
namespace {

// The flags the form and casing features read.
constexpr std::uint16_t kFormFlags = kWordCapitalised | kWordAllCaps | kWordSentenceStart |
                                     kWordCapsLine | kWordFirstLine | kWordTableLine |
                                     kWordLineStart | kWordTableArticle;

// Where a neighbour sits, seen from the token it lends features to: -2 is two places before it.
constexpr int kOffsets[4] = {-2, -1, 1, 2};

void add_row(const Score* from, Score* to) noexcept {
  for (int t = 0; t < kTagCount; ++t) to[t] += from[t];
}

}  // namespace

StaticScorer::StaticScorer(const TaggerModel& model)
    : model_(model),
      model_serial_(model.serial()),
      forms_(std::size_t{1} << kCacheBits),
      neighbours_(std::size_t{1} << kCacheBits) {}

std::uint64_t StaticScorer::form_key(const WordInfo& w) noexcept {
  return combine_hash(combine_hash(w.word_hash, w.shape_hash), w.flags & kFormFlags);
}

const Score* StaticScorer::form_scores(const PreparedDocument& doc, std::size_t i,
                                       std::uint64_t key) {
  const WordInfo& w = doc.words[i];
  const std::uint16_t flags = w.flags & kFormFlags;
  FormEntry& e = forms_[slot(key)];
  if (e.used && e.word == w.word_hash && e.shape == w.shape_hash && e.flags == flags)
    return e.scores;
  std::uint64_t features[FeatureExtractor::kMaxFormFeatures + FeatureExtractor::kMaxCasingFeatures];
  const std::string_view lower = doc.lower(i);
  std::size_t n = FeatureExtractor::form_features(w, lower, features);
  n += FeatureExtractor::casing_features(w, lower, features + n);
  std::fill(std::begin(e.scores), std::end(e.scores), 0);
  add_features(features, n, e.scores);
  e.word = w.word_hash;
  e.shape = w.shape_hash;
  e.flags = flags;
  e.used = true;
  return e.scores;
}

const StaticScorer::NeighbourEntry& StaticScorer::neighbour(std::uint64_t word, std::uint64_t shape,
                                                            std::uint64_t key) {
  NeighbourEntry& e = neighbours_[slot(key)];
  if (e.used && e.word == word && e.shape == shape) return e;
  for (int a = 0; a < 4; ++a) {
    std::uint64_t features[2];
    const std::size_t n = FeatureExtractor::neighbour_features(kOffsets[a], word, shape, features);
    std::fill(std::begin(e.lent[a]), std::end(e.lent[a]), 0);
    add_features(features, n, e.lent[a]);
  }
  e.word = word;
  e.shape = shape;
  e.used = true;
  return e;
}

StaticScorer::CacheKeys StaticScorer::cache_keys(const PreparedDocument& doc, const Sentence& s,
                                                 std::size_t i) noexcept {
  CacheKeys keys;
  keys.form = form_key(doc.words[i]);
  const auto ii = static_cast<std::ptrdiff_t>(i);
  for (int a = 0; a < 4; ++a) {
    // Past the sentence, word_at and shape_at give the boundary markers, cached like a word.
    const std::ptrdiff_t j = ii + kOffsets[a];
    keys.word[a] = FeatureExtractor::word_at(doc, s, j);
    keys.shape[a] = FeatureExtractor::shape_at(doc, s, j);
    keys.neighbour[a] = combine_hash(keys.word[a], keys.shape[a]);
  }
  return keys;
}

void StaticScorer::prefetch_entries(const CacheKeys& keys) const noexcept {
  __builtin_prefetch(&forms_[slot(keys.form)]);
  for (int a = 0; a < 4; ++a) {
    const NeighbourEntry& e = neighbours_[slot(keys.neighbour[a])];
    __builtin_prefetch(&e);
    __builtin_prefetch(&e.lent[a]);
  }
}

void StaticScorer::prefetch(const PreparedDocument& doc, const Sentence& s,
                            std::size_t i) const noexcept {
  prefetch_entries(cache_keys(doc, s, i));
}

void StaticScorer::add(const PreparedDocument& doc, const Sentence& s, std::size_t i,
                       Score* scores) {
  // The five cache entries are scattered over megabytes: all of them start loading before the
  // first is read (usually the decoder asked for them a token earlier already).
  const CacheKeys keys = cache_keys(doc, s, i);
  prefetch_entries(keys);
  add_row(form_scores(doc, i, keys.form), scores);
  for (int a = 0; a < 4; ++a) {
    add_row(neighbour(keys.word[a], keys.shape[a], keys.neighbour[a]).lent[a], scores);
  }
  std::uint64_t features[FeatureExtractor::kPairFeatures + FeatureExtractor::kMaxGazetteerFeatures +
                         FeatureExtractor::kMaxClusterFeatures + FeatureExtractor::kElsewhereSlots];
  std::size_t n = FeatureExtractor::pair_features(doc, s, i, features);
  n += FeatureExtractor::gazetteer_features(doc, s, i, features + n);
  n += FeatureExtractor::cluster_features(doc, s, i, features + n);
  n += FeatureExtractor::elsewhere_features(doc, i, features + n);
  add_features(features, n, scores);
}

}  // namespace newsindex::ner
