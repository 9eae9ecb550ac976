#include "tokenizer.h"

#include <algorithm>
#include <array>

#include "utf8.h"
#include "word_forms.h"

namespace newsindex::ner {
namespace {

// Words that keep a following full stop.  Without this "St. Petersburg" would split into a sentence
// end and a new sentence, and "Mr." would look like a one-letter sentence.
constexpr std::array<std::string_view, 64> kAbbreviations = {
    "adm",  "apr",  "assn", "aug",  "ave",  "bhd",  "blvd",   "bros", "brig", "calif", "capt",
    "cmdr", "co",   "col",  "colo", "conn", "corp", "cpl",    "dec",  "dept", "dr",    "esq",
    "feb",  "fla",  "fr",   "ft",   "gen",  "gov",  "hon",    "inc",  "jan",  "jr",    "jul",
    "jun",  "lt",   "ltd",  "maj",  "mar",  "mass", "messrs", "mich", "mr",   "mrs",   "ms",
    "mt",   "no",   "nov",  "oct",  "op",   "pp",   "prof",   "pty",  "rep",  "rev",   "sen",
    "sep",  "sept", "sgt",  "sr",   "st",   "supt", "vs",     "wash", "etc"};

bool is_abbreviation(std::string_view word) {
  if (word.size() > 6) return false;
  char lower[8];
  for (std::size_t i = 0; i < word.size(); ++i) {
    const auto c = static_cast<unsigned char>(word[i]);
    if (c >= 0x80) return false;
    lower[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c);
  }
  const std::string_view key(lower, word.size());
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), key) != kAbbreviations.end();
}

// "U.S", "N.V", "a.m", and single capitals used as initials ("George W").
bool is_dotted_initials(std::string_view word) {
  if (word.size() == 1) return word[0] >= 'A' && word[0] <= 'Z';
  std::size_t segment = 0;
  bool has_dot = false;
  for (const char c : word) {
    if (c == '.') {
      has_dot = true;
      segment = 0;
    } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
      if (++segment > 2) return false;
    } else {
      return false;
    }
  }
  return has_dot;
}

bool is_clitic(std::string_view s) {
  // s is the text after the apostrophe, lower or upper case.
  if (s.size() == 1)
    return s[0] == 's' || s[0] == 'S' || s[0] == 'd' || s[0] == 'D' || s[0] == 'm' || s[0] == 'M';
  if (s.size() == 2) {
    const char a = static_cast<char>(s[0] | 0x20), b = static_cast<char>(s[1] | 0x20);
    return (a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l');
  }
  return false;
}

char32_t char_at(std::string_view text, std::size_t pos) {
  return pos < text.size() ? decode_utf8(text, pos).cp : 0;
}

// End of the run of word characters starting at pos.
std::size_t letters_end(std::string_view text, std::size_t pos) {
  while (pos < text.size()) {
    // ASCII needs no decoding: letters and digits continue the run, other bytes but U+001F end it.
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80 && byte != 0x1F) {
      if (!is_word_char(byte)) break;
      ++pos;
      continue;
    }
    const auto d = decode_utf8(text, pos);
    // A soft hyphen or U+001F joins the halves of a word hyphenated at a line end (see unwrap_lines
    // in entity_tagger.cc).
    if ((d.cp == 0x00AD || d.cp == 0x1F) && is_word_char(char_at(text, pos + d.length))) {
      pos += d.length;
      continue;
    }
    if (!is_word_char(d.cp)) break;
    pos += d.length;
  }
  return pos;
}

}  // namespace

std::size_t Tokenizer::scan_word(std::string_view text, std::size_t begin) const {
  std::size_t pos = letters_end(text, begin);
  while (pos < text.size()) {
    // Most words end at a space or at punctuation that never continues them.
    if (const auto byte = static_cast<unsigned char>(text[pos]);
        byte < 0x80 && byte != '-' && byte != '/' && byte != '@' && byte != '.' && byte != ',' &&
        byte != '&' && byte != '\'') {
      break;
    }
    const auto d = decode_utf8(text, pos);
    const std::size_t next = pos + d.length;
    const char32_t after = char_at(text, next);
    if (is_hyphen(d.cp) || d.cp == '/' || d.cp == '@') {
      if (is_word_char(after)) {
        pos = letters_end(text, next);
        continue;
      }
      break;
    }
    if (d.cp == '.') {
      if (is_word_char(after)) {
        pos = letters_end(text, next);
        continue;
      }
      const std::string_view word = text.substr(begin, pos - begin);
      if (after != '.' && (is_dotted_initials(word) || is_abbreviation(word))) pos = next;
      break;
    }
    if (d.cp == ',' && pos > begin && is_digit(static_cast<unsigned char>(text[pos - 1])) &&
        is_digit(after)) {
      pos = letters_end(text, next);
      continue;
    }
    if (d.cp == '&' && is_upper(after) && is_upper(static_cast<unsigned char>(text[pos - 1]))) {
      pos = letters_end(text, next);
      continue;
    }
    if (is_apostrophe(d.cp)) {
      const std::size_t clitic_end = letters_end(text, next);
      const std::string_view clitic = text.substr(next, clitic_end - next);
      // "n't" belongs to the following token in Treebank style: "do n't".
      if ((clitic == "t" || clitic == "T") && pos > begin + 1 &&
          (text[pos - 1] == 'n' || text[pos - 1] == 'N')) {
        return pos - 1;
      }
      if (is_clitic(clitic)) break;
      if (is_letter(after)) {
        pos = clitic_end;
        continue;
      }  // O'Leary, d'Ivoire
      break;
    }
    break;
  }
  return pos;
}

std::size_t Tokenizer::scan_punctuation(std::string_view text, std::size_t begin) {
  const auto d = decode_utf8(text, begin);
  std::size_t pos = begin + d.length;
  if (is_apostrophe(d.cp)) {
    const std::size_t clitic_end = letters_end(text, pos);
    if (is_clitic(text.substr(pos, clitic_end - pos))) return clitic_end;
    return pos;
  }
  // "--", "...", "!!" stay one token, as in the training data.
  if (d.cp == '-' || d.cp == '.' || d.cp == '!' || d.cp == '?' || d.cp == '=' || d.cp == '*') {
    while (pos < text.size() &&
           static_cast<char32_t>(static_cast<unsigned char>(text[pos])) == d.cp)
      ++pos;
  }
  return pos;
}

void Tokenizer::mark_sentence_starts(std::string_view text, std::vector<Token>& tokens) {
  bool after_terminal = false;
  for (auto& t : tokens) {
    const std::string_view s = text.substr(t.begin, t.end - t.begin);
    if (t.flags & kLineStart) {
      t.flags |= kSentenceStart;
    } else if (after_terminal && !is_lower(decode_utf8(s, 0).cp)) {
      t.flags |= kSentenceStart;
    }
    const char c = s[0];
    if (c == '.' || c == '!' || c == '?') {
      after_terminal = true;
    } else if (after_terminal &&
               (c == '"' || c == ')' || c == '\'' || s == "\xE2\x80\x9D" || s == "\xE2\x80\x99")) {
      // closing quote or bracket after the full stop: the sentence starts after it
    } else {
      after_terminal = false;
    }
  }
}

void Tokenizer::tokenize(std::string_view text, std::vector<Token>& out) const {
  out.clear();
  std::uint32_t line = 0;
  bool line_start = true;
  std::size_t pos = 0;
  while (pos < text.size()) {
    // ASCII spaces, most of the bytes between tokens, need no decoding.
    if (const char c = text[pos]; c == ' ' || c == '\t' || c == '\r') {
      ++pos;
      continue;
    }
    const auto d = decode_utf8(text, pos);
    if (d.cp == '\n') {
      ++line;
      line_start = true;
      pos += d.length;
      continue;
    }
    if (is_space_char(d.cp) || d.cp == 0xFFFD || d.cp < 0x20) {
      pos += d.length;
      continue;
    }
    std::size_t end = is_word_char(d.cp) ? scan_word(text, pos) : scan_punctuation(text, pos);
    if (end <= pos) end = pos + d.length;
    out.push_back(Token{static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(end), line,
                        static_cast<std::uint8_t>(line_start ? kLineStart : 0)});
    line_start = false;
    pos = end;
  }
  mark_sentence_starts(text, out);
}

}  // namespace newsindex::ner
