#include "word_forms.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <iterator>

#include "utf8.h"

namespace newsindex::ner {

bool detail::is_non_ascii_space(char32_t cp) noexcept {
  return u_isUWhiteSpace(static_cast<UChar32>(cp)) || cp == 0x00A0 || cp == 0x200B || cp == 0xFEFF;
}

bool is_letter(char32_t cp) noexcept {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  return u_isalpha(static_cast<UChar32>(cp));
}

bool is_digit(char32_t cp) noexcept {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return u_isdigit(static_cast<UChar32>(cp));
}

bool is_combining_mark(char32_t cp) noexcept {
  if (cp < 0x300) return false;
  const auto t = u_charType(static_cast<UChar32>(cp));
  return t == U_NON_SPACING_MARK || t == U_COMBINING_SPACING_MARK || t == U_ENCLOSING_MARK;
}

bool is_upper(char32_t cp) noexcept {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return u_isUUppercase(static_cast<UChar32>(cp));
}

bool is_lower(char32_t cp) noexcept {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return u_isULowercase(static_cast<UChar32>(cp));
}

bool detail::is_non_ascii_word_char(char32_t cp) noexcept {
  return is_letter(cp) || is_digit(cp) || is_combining_mark(cp);
}

namespace {

// Returns 0 when the code point has no ASCII stand-in.
char ascii_stand_in(char32_t cp) noexcept {
  switch (cp) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x02BC:
    case 0x00B4:
    case 0x0060:
      return '\'';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x00AB:
    case 0x00BB:
      return '"';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return '-';
    default:
      return 0;
  }
}

}  // namespace

void append_normalised_lower(std::string& out, std::string_view word) {
  std::size_t i = 0;
  while (i < word.size()) {
    const auto c = static_cast<unsigned char>(word[i]);
    if (c == 0x1F) {  // joins a word broken at a line end (tag_document)
      ++i;
      continue;
    }
    if (c < 0x80) {
      out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c));
      ++i;
      continue;
    }
    const auto d = decode_utf8(word, i);
    i += d.length;
    if (d.cp == 0x00AD) continue;  // soft hyphen: invisible, "Ameri\u00ADcan" is "american"
    if (const char a = ascii_stand_in(d.cp)) {
      out.push_back(a);
    } else {
      append_utf8(out, static_cast<char32_t>(u_tolower(static_cast<UChar32>(d.cp))));
    }
  }
}

void append_shape(std::string& out, std::string_view word) {
  char last = 0;
  std::size_t i = 0;
  while (i < word.size()) {
    const auto d = decode_utf8(word, i);
    i += d.length;
    char s;
    if (is_upper(d.cp)) {
      s = 'X';
    } else if (is_lower(d.cp)) {
      s = 'x';
    } else if (is_digit(d.cp)) {
      s = 'd';
    } else if (is_letter(d.cp)) {
      s = 'L';
    } else if (is_combining_mark(d.cp) || d.cp == 0x00AD || d.cp == 0x1F) {
      continue;
    } else if (d.cp < 0x80) {
      s = static_cast<char>(d.cp);
    } else if (const char a = ascii_stand_in(d.cp)) {
      s = a;
    } else {
      s = '*';
    }
    if (s != last) out.push_back(s);
    last = s;
  }
}

bool is_name_particle(std::string_view lower) noexcept {
  // By length and letter: this runs for every lower-case token, and a scan of the whole list cost
  // more than the rest of that token's preparation.
  switch (lower.size()) {
    case 1:
      return lower[0] == 'y';
    case 2: {
      const char b = lower[1];
      switch (lower[0]) {
        case 'd':  // de da di du do d'
          return b == 'e' || b == 'a' || b == 'i' || b == 'u' || b == 'o' || b == '\'';
        case 'l':  // la le
          return b == 'a' || b == 'e';
        case 'a':  // al
        case 'e':  // el
          return b == 'l';
        default:
          return false;
      }
    }
    case 3: {
      static constexpr std::string_view kThree[] = {"van", "von", "der", "den", "del", "bin",
                                                    "ibn", "ben", "dos", "das", "ter"};
      for (const std::string_view p : kThree) {
        if (p[0] == lower[0] && p[1] == lower[1] && p[2] == lower[2]) return true;
      }
      return false;
    }
    case 5:
      return lower == "della";
    default:
      return false;
  }
}

bool is_name_connector(std::string_view lower) noexcept {
  return lower == "and" || lower == "&" || lower == "'s" || lower == "'" || lower == "of" ||
         lower == "for" || lower == "the";
}

bool is_closed_class_word(std::string_view lower) noexcept {
  // Sorted, for binary search. Words that are also names or begin them ("will", "may", "mark",
  // "one", "i" as a regnal number) are not listed.
  static constexpr std::string_view kWords[] = {
      "a",       "about",   "after",   "against", "all",    "also",      "although", "among",
      "an",      "and",     "another", "as",      "at",     "because",   "before",   "between",
      "both",    "but",     "by",      "despite", "during", "each",      "either",   "every",
      "for",     "from",    "he",      "her",     "here",   "his",       "however",  "if",
      "in",      "into",    "it",      "its",     "many",   "meanwhile", "moreover", "most",
      "my",      "neither", "no",      "nor",     "not",    "of",        "on",       "or",
      "our",     "over",    "she",     "since",   "so",     "some",      "such",     "than",
      "that",    "the",     "their",   "then",    "there",  "these",     "they",     "this",
      "those",   "though",  "through", "thus",    "to",     "under",     "until",    "we",
      "what",    "when",    "whether", "which",   "while",  "who",       "with",     "within",
      "without", "yet",     "you",     "your"};
  return std::binary_search(std::begin(kWords), std::end(kWords), lower);
}

}  // namespace newsindex::ner
