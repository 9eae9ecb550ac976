// Splits UTF-8 text into case-folded tokens that remember their byte span in
// the original text, so rules can match folded words and still report offsets
// into the untouched input.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsindex {

enum class TokenKind : std::uint8_t { Word, Number, Punct };

struct Token {
  std::uint32_t begin = 0, end = 0;  // byte span in the original text
  std::uint32_t fold_offset = 0, fold_length = 0;
  TokenKind kind = TokenKind::Punct;
  bool space_before = false;        // any whitespace between the previous token and this one
  bool paragraph_before = false;    // a line break precedes: headlines and datelines end there
  bool capitalised = false;         // first letter is upper or title case in the original
  std::uint8_t digits = 0;          // leading ASCII digits of a Number token
  std::int64_t number = -1;         // value of the leading digits (when <= 9 digits)
  std::uint32_t suffix_offset = 0;  // fold offset of what follows the digits ("th", "s", "pm")
};

class TokenizedText {
 public:
  explicit TokenizedText(std::string_view utf8_text);

  [[nodiscard]] std::size_t size() const noexcept { return tokens_.size(); }
  [[nodiscard]] const Token& operator[](std::size_t i) const noexcept { return tokens_[i]; }
  [[nodiscard]] std::string_view fold(std::size_t i) const noexcept {
    const Token& t = tokens_[i];
    return std::string_view(folded_).substr(t.fold_offset, t.fold_length);
  }
  // Letters after the leading digits of a Number token ("1990s" -> "s").
  [[nodiscard]] std::string_view number_suffix(std::size_t i) const noexcept {
    const Token& t = tokens_[i];
    return std::string_view(folded_).substr(t.suffix_offset,
                                            t.fold_offset + t.fold_length - t.suffix_offset);
  }
  [[nodiscard]] std::string_view original(std::size_t i) const noexcept {
    return text_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
  }
  [[nodiscard]] std::string_view text() const noexcept { return text_; }

 private:
  std::string_view text_;
  std::vector<Token> tokens_;
  std::string folded_;
};

// Case-folds one word the same way the tokenizer does; used to build
// vocabularies whose keys must compare equal to token folds.
[[nodiscard]] std::string fold_word(std::string_view utf8);

// Tokenises a phrase (e.g. an ICU relative-date string) into its folds.
[[nodiscard]] std::vector<std::string> fold_phrase(std::string_view utf8);

}  // namespace newsindex
