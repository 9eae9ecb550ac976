// Case and accent folding, applied identically when indexing and when parsing queries, so that
// "muller" finds "Müller" and "zelensky" finds "Zélensky".
#pragma once

#include <unicode/uversion.h>

#include <memory>
#include <string>
#include <string_view>

U_NAMESPACE_BEGIN
class Transliterator;
U_NAMESPACE_END

namespace newsindex {

// Folds text with ICU: compatibility normalisation (NFKC: ligatures, full-width forms) followed
// by ICU's Latin-ASCII transliteration (é→e, ø→o, ß→ss, Ł→L, curly quotes → straight quotes).
// Letters of other scripts (Cyrillic, Greek, CJK ...) keep their identity; their case is folded
// by key() or by Xapian's own lowercasing.
//
// Not thread-safe (ICU transliterators are not): give each thread its own TextFolder.
class TextFolder {
 public:
  TextFolder();
  ~TextFolder();
  TextFolder(TextFolder&&) noexcept;
  TextFolder& operator=(TextFolder&&) noexcept;
  TextFolder(const TextFolder&) = delete;
  TextFolder& operator=(const TextFolder&) = delete;

  // Accent-folded text with its case kept, for Xapian's TermGenerator and QueryParser (which
  // lowercase themselves and must still see "AND", "OR" in queries). Invalid UTF-8 becomes U+FFFD.
  // Throws std::runtime_error if ICU lacks the transliteration rules (a broken ICU install).
  [[nodiscard]] std::string fold(std::string_view utf8) const;

  // A lookup key for exact-match filters (source, language, entity names): fold(), then full
  // Unicode case folding, with whitespace runs collapsed to one space and trimmed.
  [[nodiscard]] std::string key(std::string_view utf8) const;

 private:
  // Made on the first text that is not ASCII: building ICU's transliterator registry is most of
  // the start-up time of a command whose query and results are all ASCII.
  icu::Transliterator& transliterator() const;
  mutable std::unique_ptr<icu::Transliterator> transliterator_;
};

// The text on one line: runs of white space (spaces, tabs, line breaks) become one space, and
// leading and trailing white space goes.
[[nodiscard]] std::string collapse_whitespace(std::string_view text);

}  // namespace newsindex
