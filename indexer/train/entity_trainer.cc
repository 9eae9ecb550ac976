#include "entity_trainer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ostream>
#include <random>

#include "averaged_perceptron.h"
#include "counted_noun.h"
#include "entity_tagger.h"
#include "greedy_decoder.h"
#include "tagger_model.h"
#include "training_corpus.h"

namespace newsindex {
namespace {

using namespace ner;

// Scores a training token from all its features (the static ones prepared with the document, then
// the decoder's) and keeps them for the weight update that follows the decision.
class TrainingScorer {
 public:
  using Score = float;
  // `hidden`: per token, kHide* bits of what is hidden from the model this time (dropout); empty
  // for nothing.
  TrainingScorer(const PreparedDocument& doc, const AveragedPerceptron& perceptron,
                 const std::vector<std::uint8_t>& hidden)
      : doc_(doc), perceptron_(perceptron), hidden_(hidden) {}

  static constexpr std::uint8_t kHideWord = 1, kHideElsewhere = 2;

  void score(const Sentence& s, std::size_t i, const std::uint64_t* decoder, std::size_t n,
             float* scores) {
    count_ = 0;
    const std::uint8_t hidden = hidden_.empty() ? 0 : hidden_[i];
    std::uint64_t
        left_out[FeatureExtractor::kWordIdentityFeatures + FeatureExtractor::kElsewhereSlots] = {};
    std::size_t hide = 0;
    if (hidden & kHideWord) hide += FeatureExtractor::word_identity_features(doc_, s, i, left_out);
    if (hidden & kHideElsewhere)
      hide += FeatureExtractor::elsewhere_features(doc_, i, left_out + hide);
    for (const std::uint64_t f : doc_.static_features(i)) {
      if (f == 0) continue;  // slot unused
      if (hide != 0 && std::find(left_out, left_out + hide, f) != left_out + hide) continue;
      features_[count_++] = f;
    }
    for (std::size_t k = 0; k < n; ++k) features_[count_++] = decoder[k];
    perceptron_.add_scores(features_, count_, scores);
  }
  [[nodiscard]] static float to_float(float score) noexcept { return score; }
  [[nodiscard]] static bool outside_unless_in_name(std::size_t) noexcept { return false; }

  [[nodiscard]] const std::uint64_t* features() const noexcept { return features_; }
  [[nodiscard]] std::size_t feature_count() const noexcept { return count_; }

 private:
  const PreparedDocument& doc_;
  const AveragedPerceptron& perceptron_;
  const std::vector<std::uint8_t>& hidden_;
  std::uint64_t features_[kStaticFeatureSlots + kMaxDecoderFeatures];
  std::size_t count_ = 0;
};

// Words in the middle of ordinary sentences show their true capitalisation.
CasePriorLexicon build_case_prior(const std::vector<AnnotatedDocument>& docs,
                                  const FeatureExtractor& fx, unsigned min_count) {
  CasePriorLexicon lexicon;
  PreparedDocument doc;
  for (const auto& d : docs) {
    fx.prepare_words(d.text, doc);
    for (const auto& w : doc.words) {
      if ((w.flags & (kWordSentenceStart | kWordCapsLine)) || !(w.flags & kWordHasLetter)) continue;
      lexicon.count(w.word_hash, (w.flags & kWordLowerInitial) != 0, (w.flags & kWordAllCaps) != 0);
    }
  }
  lexicon.finish(min_count);
  return lexicon;
}

// BILOU tags of the tokens each annotated span covers exactly; returns how many spans did not line
// up with token boundaries (those are left untagged).
std::size_t gold_tags(const PreparedDocument& doc, const AnnotatedDocument& d,
                      std::vector<std::uint8_t>& tags) {
  tags.assign(doc.tokens.size(), kOutside);
  std::size_t misaligned = 0;
  std::size_t t = 0;
  for (const auto& s : d.spans) {
    while (t < doc.tokens.size() && doc.tokens[t].end <= s.begin) ++t;
    std::size_t u = t;
    while (u < doc.tokens.size() && doc.tokens[u].end <= s.end) ++u;
    if (u == t || doc.tokens[t].begin != s.begin || doc.tokens[u - 1].end != s.end) {
      ++misaligned;
      continue;
    }
    if (u - t == 1) {
      tags[t] = make_tag(TagPart::Unit, s.type);
    } else {
      tags[t] = make_tag(TagPart::Begin, s.type);
      for (std::size_t k = t + 1; k + 1 < u; ++k) tags[k] = make_tag(TagPart::Inside, s.type);
      tags[u - 1] = make_tag(TagPart::Last, s.type);
    }
  }
  return misaligned;
}

constexpr int kRuns = 5;

}  // namespace

void train_entity_model(const std::filesystem::path& conll_jsonl,
                        const std::filesystem::path& model_out, const TrainingOptions& options,
                        std::ostream& log) {
  const auto started = std::chrono::steady_clock::now();
  auto seconds = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  };
  const auto docs = read_annotated_jsonl(conll_jsonl);
  const Gazetteer gazetteer = Gazetteer::from_icu();
  log << "read " << counted_noun(docs.size(), "document", "documents") << "; gazetteer "
      << counted_noun(gazetteer.size(), "name", "names") << " (" << seconds() << " s)\n";

  const WordClusters clusters =
      options.clusters.empty() ? WordClusters() : WordClusters::from_text(options.clusters);
  if (!clusters.empty()) {
    log << "word clusters: " << counted_noun(clusters.size(), "word", "words") << " (" << seconds()
        << " s)\n";
  }
  const CasePriorLexicon empty_lexicon;
  const WordClusters no_clusters;
  const CasePriorLexicon lexicon = build_case_prior(
      docs, FeatureExtractor(gazetteer, empty_lexicon, no_clusters), options.case_prior_min_count);
  const FeatureExtractor fx(gazetteer, lexicon, clusters);

  std::vector<PreparedDocument> prepared(docs.size());
  std::vector<std::vector<std::uint8_t>> gold(docs.size());
  std::size_t misaligned = 0, tokens = 0;
  for (std::size_t k = 0; k < docs.size(); ++k) {
    fx.prepare(docs[k].text, prepared[k]);
    misaligned += gold_tags(prepared[k], docs[k], gold[k]);
    tokens += prepared[k].tokens.size();
  }
  log << counted_noun(tokens, "token", "tokens") << "; "
      << counted_noun(misaligned, "entity span", "entity spans")
      << " not on token boundaries; case lexicon " << counted_noun(lexicon.size(), "word", "words")
      << " (" << seconds() << " s)\n";

  // Several perceptrons, each seeing the documents in its own order, are averaged into one model: a
  // single run's dev scores move by +-0.4 F1 with the shuffling seed, the average of kRuns runs
  // much less.
  constexpr int runs = kRuns;
  FlatHashMap<std::uint32_t> rows(1 << 18);
  std::vector<float> sums;
  std::vector<std::uint8_t> tags, hidden;
  for (int run = 0; run < runs; ++run) {
    AveragedPerceptron perceptron;
    std::mt19937_64 rng(options.seed + 7919u * static_cast<unsigned>(run));
    std::vector<std::size_t> order(docs.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
      // Fisher-Yates with the raw engine output: std::shuffle's draws differ between standard
      // libraries.
      for (std::size_t k = order.size(); k > 1; --k) std::swap(order[k - 1], order[rng() % k]);
      std::size_t errors = 0, seen = 0;
      for (const std::size_t k : order) {
        const auto& truth = gold[k];
        hidden.clear();
        if (options.word_dropout > 0.0f || options.elsewhere_dropout > 0.0f) {
          // Capitalised words only: they are the names. Hiding a word makes the model learn what
          // names it has never seen look like from their form, clusters and context; hiding what
          // the article says about it elsewhere, what a name mentioned once looks like.
          auto draw = [&](float share) {
            return share > 0.0f &&
                   rng() < static_cast<std::uint64_t>(static_cast<double>(share) *
                                                      static_cast<double>(std::mt19937_64::max()));
          };
          hidden.resize(prepared[k].words.size(), 0);
          for (std::size_t i = 0; i < hidden.size(); ++i) {
            if (!(prepared[k].words[i].flags & kWordHasUpper)) continue;
            if (draw(options.word_dropout)) hidden[i] |= TrainingScorer::kHideWord;
            if (draw(options.elsewhere_dropout)) hidden[i] |= TrainingScorer::kHideElsewhere;
          }
        }
        TrainingScorer scorer(prepared[k], perceptron, hidden);
        decode_document(prepared[k], scorer, tags, [&](std::size_t i, std::uint8_t guess) {
          perceptron.update(scorer.features(), scorer.feature_count(), truth[i], guess);
          perceptron.next_instance();
          errors += truth[i] != guess;
          ++seen;
        });
      }
      if (epoch == options.epochs) {
        log << "run " << run + 1 << "/" << runs << " epoch " << epoch << ": token accuracy "
            << 100.0 * static_cast<double>(seen - errors) / static_cast<double>(seen) << "%, "
            << counted_noun(perceptron.feature_count(), "feature", "features") << " (" << seconds()
            << " s)\n";
      }
    }
    perceptron.for_each_averaged([&](std::uint64_t feature, const float* w) {
      const auto next = static_cast<std::uint32_t>(rows.size());
      const std::uint32_t row = rows.get_or_insert(feature, next);
      if (row == next) sums.resize(sums.size() + kTagCount, 0.0f);
      for (int t = 0; t < kTagCount; ++t)
        sums[static_cast<std::size_t>(row) * kTagCount + static_cast<std::size_t>(t)] += w[t];
    });
  }
  TrainedWeights weights;
  rows.for_each([&](std::uint64_t feature, std::uint32_t row) {
    float w[kTagCount];
    float largest = 0.0f;
    for (int t = 0; t < kTagCount; ++t) {
      w[t] = sums[static_cast<std::size_t>(row) * kTagCount + static_cast<std::size_t>(t)] /
             static_cast<float>(runs);
      largest = std::max(largest, std::fabs(w[t]));
    }
    if (largest >= options.prune_below) weights.add_row(feature, w);
  });
  TaggerModel::save(model_out, weights, lexicon, clusters);
  log << "wrote " << model_out.string() << ": "
      << counted_noun(weights.rows(), "feature row", "feature rows") << " (" << seconds()
      << " s)\n";
}

}  // namespace newsindex
