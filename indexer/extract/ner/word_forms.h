// Character classes, normalised lower-case forms, word shapes and hashes of words.  Training,
// tagging and the gazetteer must all see a word through exactly these functions, otherwise hashed
// features and gazetteer keys stop matching between the model file and the running tagger.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace newsindex::ner {

namespace detail {
bool is_non_ascii_space(char32_t cp) noexcept;
bool is_non_ascii_word_char(char32_t cp) noexcept;
}  // namespace detail

// The tokenizer asks these of every character: ASCII is answered inline, the rest by ICU.
inline bool is_space_char(char32_t cp) noexcept {
  if (cp < 0x80)
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v';
  return detail::is_non_ascii_space(cp);
}
bool is_letter(char32_t cp) noexcept;
bool is_digit(char32_t cp) noexcept;
bool is_combining_mark(char32_t cp) noexcept;
bool is_upper(char32_t cp) noexcept;
bool is_lower(char32_t cp) noexcept;
// Letter, digit or combining mark.
inline bool is_word_char(char32_t cp) noexcept {
  if (cp < 0x80)
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  return detail::is_non_ascii_word_char(cp);
}
inline bool is_apostrophe(char32_t cp) noexcept {
  return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC;
}
inline bool is_hyphen(char32_t cp) noexcept {
  return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

// Typographic variants (curly quotes, dashes) are folded to their ASCII forms so that natural text
// looks like the ASCII training corpus, then everything is lower-cased.
void append_normalised_lower(std::string& out, std::string_view word);

// Name particles written in lower case ("Charles de Gaulle", "Ludwig van Beethoven"); `lower` is
// the normalised lower-case form.
bool is_name_particle(std::string_view lower) noexcept;

// English determiners, pronouns, prepositions, conjunctions and sentence adverbs ("the", "in",
// "however"): words that open sentences and never begin a name; `lower` as above. (MentionRules
// keeps a different list, of short words that OCR or a headline turns into one-word "names".)
bool is_closed_class_word(std::string_view lower) noexcept;

// Words that join two names into one ("Merrill Lynch and Co", "Bear Stearns & Co", "Albertson's
// Inc", "Bank of England"); `lower` as above.
bool is_name_connector(std::string_view lower) noexcept;

// Short word shape: upper -> X, lower -> x, digit -> d, caseless letter -> L, runs collapsed ("Xx",
// "X.X.", "d-d").
void append_shape(std::string& out, std::string_view word);

constexpr std::uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr std::uint64_t kFnvPrime = 0x100000001b3ULL;

inline std::uint64_t hash_bytes(std::string_view s, std::uint64_t h = kFnvOffset) noexcept {
  for (const char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= kFnvPrime;
  }
  return h;
}

// splitmix64 finaliser: FNV alone leaves the low bits poorly mixed, and the weight tables index by
// low bits.
inline std::uint64_t mix64(std::uint64_t x) noexcept {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

inline std::uint64_t combine_hash(std::uint64_t a, std::uint64_t b) noexcept {
  return mix64(a * 0x9E3779B97F4A7C15ULL + b + 0x632BE59BD9B4E019ULL);
}

}  // namespace newsindex::ner
