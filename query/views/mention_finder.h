// Finds where an article names its entities. The index keeps each entity's written forms but not
// where they stand (offsets would cost every article bytes for a command that reads one), so the
// forms are looked for again: word by word, on ICU word boundaries, folded as filters fold them
// (case and accents do not matter), the longest form first.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "article_view.h"
#include "text_folder.h"

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace newsindex {

// Not thread-safe (it owns a TextFolder and a break iterator).
class MentionFinder {
 public:
  // Beyond this, texts (50 MB OCR pages) are not searched: each word is folded and kept while
  // searching, which on such a page would cost seconds and a gigabyte.
  static constexpr std::size_t kMaxSearchedBytes = 4 * 1024 * 1024;

  MentionFinder();
  ~MentionFinder();
  MentionFinder(const MentionFinder&) = delete;
  MentionFinder& operator=(const MentionFinder&) = delete;

  // Adds a written form of the owner numbered `owner`. Owners added first win a tie (the same
  // form, or forms of the same length at one place).
  void add(std::string_view form, std::size_t owner);

  // The spans of each owner's forms in `text`, by owner (sized to the largest owner + 1). Matches
  // do not overlap. A word the form capitalises must not be lower case in the text ("may" is not
  // Theresa May; "MAY" may be), and a possessive is allowed after the last word ("Merkel's"
  // gives the span of "Merkel").
  [[nodiscard]] std::vector<std::vector<TextSpan>> find(std::string_view text) const;

 private:
  struct Token {
    std::size_t begin;
    std::size_t end;
    std::string key;
  };
  struct Form {
    std::vector<std::string> keys;
    std::vector<bool> capitalised;  // by word: the form writes it with a capital first
    std::size_t owner;
  };

  [[nodiscard]] std::vector<Token> tokens(std::string_view text) const;
  // Where the match of `form` at tokens[at] ends (a byte offset), or 0 when it does not match.
  [[nodiscard]] std::size_t match_end(const Form& form, std::string_view text,
                                      const std::vector<Token>& tokens, std::size_t at) const;

  TextFolder folder_;
  std::unique_ptr<icu::BreakIterator> words_;
  std::vector<Form> forms_;  // most words first, then in the order added
  std::size_t owners_ = 0;
};

}  // namespace newsindex
