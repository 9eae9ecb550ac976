// Turns a document into tokens with their word forms, gazetteer marks and hashed context features.
// Features that depend on the decoder's own earlier decisions (previous tags, what a word was
// tagged earlier in the same article) are added by the decoder; everything here is fixed before
// decoding starts.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "case_prior_lexicon.h"
#include "gazetteer.h"
#include "tokenizer.h"
#include "word_clusters.h"

namespace newsindex::ner {

enum WordFlag : std::uint16_t {
  kWordCapitalised = 1 << 0,  // first letter upper case
  kWordAllCaps = 1 << 1,      // has letters, none lower case
  kWordLowerInitial = 1 << 2,
  kWordHasLetter = 1 << 3,
  kWordHasDigit = 1 << 4,
  kWordSentenceStart = 1 << 5,
  kWordCapsLine = 1 << 6,  // on a line written in capitals (CoNLL headlines and datelines)
  kWordFirstLine = 1 << 7,
  kWordHasUpper = 1 << 8,  // any upper-case letter ("al-Assad", "iPhone")
  // On a line that reads as a table row (results, standings, prices): mostly numbers, few words.
  kWordTableLine = 1 << 9,
  kWordLineStart = 1 << 10,
  // In an article with table rows (results, standings, prices): there a town is usually a club
  // and a word in capitals a ticker or a team.
  kWordTableArticle = 1 << 11,
};

struct WordInfo {
  std::uint64_t word_hash;  // hash of the normalised lower-case form
  std::uint64_t shape_hash;
  std::uint32_t lower_begin,
      lower_end;  // normalised lower-case form inside PreparedDocument::arena
  std::uint16_t flags;
  GazetteerMark gazetteer;
  CasePrior case_prior;
  ClusterIds clusters;  // all kUnknownCluster without a cluster table
};

struct Sentence {
  std::uint32_t begin, end;  // token indices
};

// Enough for every feature group at its largest (FeatureExtractor::k*Features, 6 neighbour
// features).
constexpr std::size_t kStaticFeatureSlots = 56;

struct PreparedDocument {
  std::vector<Token> tokens;
  std::vector<WordInfo> words;
  std::string arena;
  // Decoding order: ordinary sentences first, capitals-only lines last, so that a headline in
  // capitals can use what the body said about the same words.
  std::vector<Sentence> sentences;
  // kStaticFeatureSlots hashes per token; 0 = unused slot.
  std::vector<std::uint64_t> features;
  // Set by the tagging pipeline for hard-wrapped text (OCR'd pages): the document rules then keep
  // only mentions that look like real names and that the model was sure of.
  bool noisy = false;
  // Set by the tagging pipeline for hard-wrapped text: the text as written, before its lines were
  // joined (same byte offsets), for rules that read line starts (datelines). Empty otherwise.
  std::string_view written_lines;
  // Per token, FeatureExtractor::kElsewhereSlots hashes (0 = unused): what the article says of the
  // same capitalised word at its other places (FeatureExtractor::elsewhere_features).
  std::vector<std::uint64_t> elsewhere;
  // Per token: score of the chosen tag minus the score of "outside" (0 for outside); filled when
  // tagging.
  std::vector<float> margins;

  [[nodiscard]] std::string_view lower(std::size_t i) const {
    return std::string_view(arena).substr(words[i].lower_begin,
                                          words[i].lower_end - words[i].lower_begin);
  }
  [[nodiscard]] std::span<const std::uint64_t> static_features(std::size_t i) const {
    return std::span<const std::uint64_t>(features).subspan(i * kStaticFeatureSlots,
                                                            kStaticFeatureSlots);
  }
};

namespace detail {
// WordFlag bits of a word (without the sentence and line bits).
std::uint16_t word_flags(std::string_view word);
// The forms of a word that the tagger keeps: the hashes of its normalised lower-case form and of
// its shape (hash_bytes), and its WordFlag bits.
struct WordForms {
  std::uint64_t word_hash = 0, shape_hash = 0;
  std::uint16_t flags = 0;
};
// For a word of ASCII characters only: appends its normalised lower-case form to `lower`, sets
// `forms`, and returns true, with the same results as append_normalised_lower, hash_bytes of
// append_shape and word_flags. Returns false, appending nothing, for any other word.
bool ascii_word_forms(std::string_view word, std::string& lower, WordForms& forms);
}  // namespace detail

class FeatureExtractor {
 public:
  FeatureExtractor(const Gazetteer& gazetteer, const CasePriorLexicon& lexicon,
                   const WordClusters& clusters)
      : gazetteer_(gazetteer), lexicon_(lexicon), clusters_(clusters) {}

  // Tokens, word forms, gazetteer marks, sentences and every token's static features: what
  // training needs.
  void prepare(std::string_view text, PreparedDocument& doc) const;
  // The same without PreparedDocument::features: the tagger scores static features through
  // StaticScorer instead.
  void prepare_without_features(std::string_view text, PreparedDocument& doc) const;

  // Word forms only (no lexicon, no features): what the trainer needs to build the case-prior
  // lexicon.
  void prepare_words(std::string_view text, PreparedDocument& doc) const;

  // The static features of a token come in groups, so that StaticScorer can cache the sums of
  // the groups that depend on one word only.  Each function writes hashes to `out` and returns
  // how many; together they are exactly what PreparedDocument::features holds.
  //
  // The word's own form: word, affixes, shape.
  static constexpr std::size_t kMaxFormFeatures = 12;
  static std::size_t form_features(const WordInfo& w, std::string_view lower, std::uint64_t* out);
  // The word's casing and where it stands (sentence start, capitals line, first line, table row,
  // article with table rows).
  static constexpr std::size_t kMaxCasingFeatures = 10;
  static std::size_t casing_features(const WordInfo& w, std::string_view lower, std::uint64_t* out);
  // What the word at distance `offset` (-2, -1, 1 or 2; kBoundaryWord/Shape past the sentence)
  // contributes: its word, and for direct neighbours its shape.
  static std::size_t neighbour_features(int offset, std::uint64_t word, std::uint64_t shape,
                                        std::uint64_t* out);
  // Features of the token with its neighbours together (word pairs, shape trigram).
  static constexpr std::size_t kPairFeatures = 6;
  static std::size_t pair_features(const PreparedDocument& doc, const Sentence& s, std::size_t i,
                                   std::uint64_t* out);
  // Gazetteer marks of the token and around it, titles behind, company forms ahead.
  static constexpr std::size_t kMaxGazetteerFeatures = 8;
  static std::size_t gazetteer_features(const PreparedDocument& doc, const Sentence& s,
                                        std::size_t i, std::uint64_t* out);
  // The word's clusters at each granularity, and its neighbours' at the middle one.
  static constexpr std::size_t kMaxClusterFeatures = 5;
  static std::size_t cluster_features(const PreparedDocument& doc, const Sentence& s, std::size_t i,
                                      std::uint64_t* out);
  // Of the static features of token i, those that name the word itself rather than its form or
  // surroundings (word, word pairs, word on a capitals or table line): what training hides for
  // word dropout (TrainingOptions::word_dropout).
  static constexpr std::size_t kWordIdentityFeatures = 6;
  static std::size_t word_identity_features(const PreparedDocument& doc, const Sentence& s,
                                            std::size_t i, std::uint64_t* out);
  // What stands right before and after the same capitalised word at up to three of its other
  // places in the article ("Clinton said" lends "Bill Clinton" its "said"; "Leeds 2" in a results
  // line lends the "Leeds" of a sentence a number), and, for a word opening a sentence or on a
  // capitals line, whether the article writes it capitalised in mid-sentence or in lower case.
  // One sentence often says too little to type a name; the article as a whole usually does.
  static constexpr std::size_t kElsewhereSlots = 7;
  static std::size_t elsewhere_features(const PreparedDocument& doc, std::size_t i,
                                        std::uint64_t* out);

  static constexpr std::uint64_t kBoundaryWord = 0xB0B0B0B0B0B0B0B1ULL;
  static constexpr std::uint64_t kBoundaryShape = 0xB0B0B0B0B0B0B0B2ULL;
  [[nodiscard]] static std::uint64_t word_at(const PreparedDocument& doc, const Sentence& s,
                                             std::ptrdiff_t j) noexcept {
    return j < static_cast<std::ptrdiff_t>(s.begin) || j >= static_cast<std::ptrdiff_t>(s.end)
               ? kBoundaryWord
               : doc.words[static_cast<std::size_t>(j)].word_hash;
  }
  [[nodiscard]] static std::uint64_t shape_at(const PreparedDocument& doc, const Sentence& s,
                                              std::ptrdiff_t j) noexcept {
    return j < static_cast<std::ptrdiff_t>(s.begin) || j >= static_cast<std::ptrdiff_t>(s.end)
               ? kBoundaryShape
               : doc.words[static_cast<std::size_t>(j)].shape_hash;
  }

 private:
  void prepare_tokens(std::string_view text, PreparedDocument& doc) const;
  void annotate_gazetteer(PreparedDocument& doc) const;
  static void annotate_elsewhere(PreparedDocument& doc);
  void order_sentences(PreparedDocument& doc) const;
  // All groups, in the order the model was trained with.
  static void extract(const PreparedDocument& doc, const Sentence& s, std::size_t i,
                      std::uint64_t* out);

  const Gazetteer& gazetteer_;
  const CasePriorLexicon& lexicon_;
  const WordClusters& clusters_;
  Tokenizer tokenizer_;
};

}  // namespace newsindex::ner
