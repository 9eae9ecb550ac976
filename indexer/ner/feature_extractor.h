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
};

struct WordInfo {
  std::uint64_t word_hash;  // hash of the normalised lower-case form
  std::uint64_t shape_hash;
  std::uint32_t lower_begin,
      lower_end;  // normalised lower-case form inside PreparedDocument::arena
  std::uint16_t flags;
  GazetteerMark gazetteer;
  CasePrior case_prior;
};

struct Sentence {
  std::uint32_t begin, end;  // token indices
};

constexpr std::size_t kStaticFeatureSlots = 44;

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

class FeatureExtractor {
 public:
  FeatureExtractor(const Gazetteer& gazetteer, const CasePriorLexicon& lexicon)
      : gazetteer_(gazetteer), lexicon_(lexicon) {}

  void prepare(std::string_view text, PreparedDocument& doc) const;

  // Word forms only (no lexicon, no features): what the trainer needs to build the case-prior
  // lexicon.
  void prepare_words(std::string_view text, PreparedDocument& doc) const;

 private:
  void annotate_gazetteer(PreparedDocument& doc) const;
  void order_sentences(PreparedDocument& doc) const;
  void extract(const PreparedDocument& doc, const Sentence& s, std::size_t i,
               std::uint64_t* out) const;

  const Gazetteer& gazetteer_;
  const CasePriorLexicon& lexicon_;
  Tokenizer tokenizer_;
};

}  // namespace newsindex::ner
