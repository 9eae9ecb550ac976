// How a word is usually capitalised in running text, learnt from the middle of sentences in the
// training corpus.  It tells the tagger that "Meanwhile" or "REJECTS" is an ordinary word wearing
// capitals because of its position (sentence start, all-caps headline), which word identity alone
// cannot say for rare words.
#pragma once

#include <cstdint>
#include <iosfwd>

#include "flat_hash_map.h"

namespace newsindex::ner {

enum class CasePrior : std::uint8_t {
  Unknown = 0,
  Lower = 1,
  Mixed = 2,
  Capitalised = 3,
  AllCaps = 4
};

class CasePriorLexicon {
 public:
  [[nodiscard]] CasePrior lookup(std::uint64_t word_hash) const noexcept {
    const auto* v = classes_.find(word_hash);
    return v ? static_cast<CasePrior>(*v) : CasePrior::Unknown;
  }

  // Counting interface for training: one call per word occurrence in the middle of a sentence.
  void count(std::uint64_t word_hash, bool lower, bool all_caps);
  // Turns counts into classes; words seen fewer than min_count times stay Unknown.
  void finish(std::uint32_t min_count);

  void write(std::ostream& out) const;
  static CasePriorLexicon read(std::istream& in);
  [[nodiscard]] std::size_t size() const noexcept { return classes_.size(); }

 private:
  struct Counts {
    std::uint32_t lower = 0, capitalised = 0, all_caps = 0;
  };
  FlatHashMap<Counts> counts_{1024};
  FlatHashMap<std::uint8_t> classes_{1024};
};

}  // namespace newsindex::ner
