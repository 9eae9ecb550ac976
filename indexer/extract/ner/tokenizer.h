// Splits news text into word and punctuation tokens with UTF-8 byte offsets.  The rules aim to
// reproduce the CoNLL-2003 / Penn Treebank tokenisation the model was trained on ("Putin 's", "do
// n't", "( EADS )") while keeping abbreviations such as "U.S.", "St." and "Inc." whole, so that
// natural, untokenised text and the space-separated training text produce the same token sequences.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace newsindex::ner {

struct Token {
  std::uint32_t begin;  // byte offset, inclusive
  std::uint32_t end;    // byte offset, exclusive
  std::uint32_t line;   // index of the '\n'-separated line the token is on
  std::uint8_t flags;
};

enum TokenFlag : std::uint8_t {
  kLineStart = 1,
  kSentenceStart = 2,  // first token of a line, or first token after sentence-final punctuation
};

class Tokenizer {
 public:
  // Appends to `out` (which is cleared first).  Texts longer than 4 GiB are rejected by the caller.
  void tokenize(std::string_view text, std::vector<Token>& out) const;

 private:
  [[nodiscard]] std::size_t scan_word(std::string_view text, std::size_t begin) const;
  [[nodiscard]] static std::size_t scan_punctuation(std::string_view text, std::size_t begin);
  static void mark_sentence_starts(std::string_view text, std::vector<Token>& tokens);
};

}  // namespace newsindex::ner
