// Words as the document rules read them: the text of a token, its letters, and the kinds of word
// that do or do not belong inside a name. Shared by the rule families; inline because several
// rules ask them of every token.
#pragma once

#include <algorithm>
#include <cstddef>
#include <span>
#include <string_view>

#include "feature_extractor.h"
#include "utf8.h"
#include "word_forms.h"

namespace newsindex::ner {

inline std::string_view surface(const PreparedDocument& doc, std::string_view text, std::size_t i) {
  return text.substr(doc.tokens[i].begin, doc.tokens[i].end - doc.tokens[i].begin);
}

inline bool in_list(std::string_view lower, std::span<const std::string_view> list) {
  return std::find(list.begin(), list.end(), lower) != list.end();
}

// Written in lower case more often than not: an ordinary word when it shows a capital.
inline bool often_lower_case(const WordInfo& w) {
  return w.case_prior == CasePrior::Lower || w.case_prior == CasePrior::Mixed;
}

inline bool looks_like_name(const WordInfo& w) {
  return (w.flags & (kWordCapitalised | kWordCapsLine)) != 0 ||
         ((w.flags & kWordAllCaps) && (w.flags & kWordHasLetter));
}

inline std::size_t count_letters(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto d = decode_utf8(s, i);
    i += d.length;
    n += is_letter(d.cp);
  }
  return n;
}

inline bool has_upper(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto d = decode_utf8(s, i);
    i += d.length;
    if (is_upper(d.cp)) return true;
  }
  return false;
}

// Lower-case words inside names: particles ("Ludwig van Beethoven") and the connectors of
// organisation names ("Bank of America").
inline bool is_particle(std::string_view lower) {
  return is_name_particle(lower) || lower == "of" || lower == "the" || lower == "and" ||
         lower == "for";
}

// Function words that a capitals headline or OCR noise can make look like a one-word name.
inline bool is_function_word(std::string_view lower) {
  static constexpr std::string_view kWords[] = {
      "the", "a",   "an",  "in",   "is",   "it",   "its",  "of", "and",  "to",  "at",  "on",
      "by",  "for", "as",  "or",   "if",   "he",   "she",  "we", "they", "no",  "so",  "be",
      "do",  "my",  "up",  "but",  "not",  "tho",  "th",   "bo", "ho",   "was", "are", "has",
      "had", "his", "her", "this", "that", "with", "from", "i",  "me",   "mo",  "oh",  "ii"};
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

// "ii", "IV", "XIII": Roman numerals (from I, V and X only, so "DC" and "MD" stay names).
inline bool is_roman_numeral(std::string_view s) {
  if (s.empty() || s.size() > 5) return false;
  for (const char c : s) {
    if (c != 'i' && c != 'v' && c != 'x' && c != 'I' && c != 'V' && c != 'X') return false;
  }
  return true;
}

// Characters that do not occur in names: OCR debris ("Wednes?", "Hon!", "t|ie").
inline bool has_odd_characters(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto d = decode_utf8(s, i);
    i += d.length;
    if (is_word_char(d.cp) || is_apostrophe(d.cp) || is_hyphen(d.cp) || d.cp == '.' ||
        d.cp == '&' || d.cp == 0x00AD || d.cp == '/' || d.cp == '@') {
      continue;
    }
    return true;
  }
  return false;
}

// The "'s" of "Poor's", or a lone apostrophe ("Reuters'"), which the tokenizer splits off. Lower
// forms already write curly apostrophes as "'".
inline bool is_clitic_token(std::string_view lower) {
  return lower == "'s" || lower == "'";
}

// Quotation marks as tokens: straight ones open and close, curly ones and guillemets one way each.
inline bool opening_quote(std::string_view sf) {
  return sf == "\"" || sf == "\u201C" || sf == "\u00AB";
}

inline bool closing_quote(std::string_view sf) {
  return sf == "\"" || sf == "\u201D" || sf == "\u00BB";
}

// "iPod", "iTunes", "eBay": lower-case first letter, upper case inside.
inline bool camel_case(const PreparedDocument& doc, std::string_view text, std::size_t i) {
  const std::string_view sf = surface(doc, text, i);
  return (doc.words[i].flags & kWordLowerInitial) && sf.size() >= 3 && sf[1] >= 'A' && sf[1] <= 'Z';
}

// A company form written as such ("Inc", "GmbH", "Co"), not the same word in lower case.
inline bool is_legal_form(const PreparedDocument& doc, std::size_t i) {
  return (doc.words[i].gazetteer.categories & kGazStrongOrgSuffix) &&
         !(doc.words[i].flags & kWordLowerInitial);
}

}  // namespace newsindex::ner
