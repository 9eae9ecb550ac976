#include "text_tokens.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>

namespace newsindex {
namespace {

constexpr UChar32 kRightSingleQuote = 0x2019;

// ASCII letters and digits, by byte: the tokenizer asks for every character of every article.
constexpr std::array<bool, 128> kAsciiWordChar = [] {
  std::array<bool, 128> table{};
  for (int c = 0; c < 128; ++c) {
    table[static_cast<std::size_t>(c)] =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
  return table;
}();

inline bool is_word_char(UChar32 c) {
  if (c >= 0 && c < 0x80) return kAsciiWordChar[static_cast<std::size_t>(c)];
  if (c < 0) return false;
  if (u_isUAlphabetic(c)) return true;
  const int8_t type = u_charType(c);
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK ||
         type == U_DECIMAL_DIGIT_NUMBER;
}

bool is_space(UChar32 c) {
  // ASCII first: ICU's property lookup for every character of every article adds up.
  if (c >= 0 && c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r') || c == 0;
  return c < 0 || u_isUWhiteSpace(c);
}

bool is_apostrophe(UChar32 c) {
  return c == '\'' || c == kRightSingleQuote;
}

// Decodes one code point; malformed bytes become a negative value and still
// advance, so hostile input can never stall the scanner.
UChar32 next_code_point(std::string_view s, int32_t& i) {
  UChar32 c;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  U8_NEXT(p, i, static_cast<int32_t>(s.size()), c);
  return c;
}

void append_fold(std::string_view word, std::string& out) {
  // ASCII words are lower-cased in place in one pass; the first other byte sends the word to ICU.
  const std::size_t start = out.size();
  out.append(word);
  bool ascii = true;
  for (std::size_t k = start; k < out.size(); ++k) {
    const auto ch = static_cast<unsigned char>(out[k]);
    if (ch >= 0x80) {
      ascii = false;
      break;
    }
    if (ch >= 'A' && ch <= 'Z') out[k] = static_cast<char>(ch - 'A' + 'a');
  }
  if (ascii) return;
  out.resize(start);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  u.findAndReplace(icu::UnicodeString(kRightSingleQuote),
                   icu::UnicodeString(static_cast<UChar>('\'')));
  u.foldCase();
  u.toUTF8String(out);
}

}  // namespace

TokenizedText::TokenizedText(std::string_view utf8_text) : text_(utf8_text) {
  if (utf8_text.size() > 0x7fffffffU) text_ = utf8_text.substr(0, 0x7fffffffU);
  tokens_.reserve(text_.size() / 5 + 8);
  folded_.reserve(text_.size() + 16);
  const auto n = static_cast<int32_t>(text_.size());
  int32_t i = 0;
  bool space = true, paragraph = true;
  while (i < n) {
    const int32_t start = i;
    UChar32 c = next_code_point(text_, i);
    if (is_space(c)) {
      space = true;
      if (c == '\n' || c == '\r') paragraph = true;
      continue;
    }
    Token t;
    t.begin = static_cast<uint32_t>(start);
    t.space_before = space;
    t.paragraph_before = paragraph;
    space = paragraph = false;
    if (is_word_char(c)) {
      const bool starts_with_digit = c >= '0' && c <= '9';
      t.capitalised = c < 0x80 ? (c >= 'A' && c <= 'Z') : (u_isupper(c) || u_istitle(c));
      int32_t end = i;
      while (end < n) {
        // Most words are ASCII: letters and digits need no decoding or property lookup.
        const auto byte = static_cast<unsigned char>(text_[static_cast<std::size_t>(end)]);
        if (byte < 0x80 && byte != '\'') {
          if (!kAsciiWordChar[byte]) break;
          ++end;
          continue;
        }
        int32_t j = end;
        UChar32 d = next_code_point(text_, j);
        if (is_word_char(d)) {
          end = j;
          continue;
        }
        // Keep elisions and possessives inside the word ("aujourd'hui",
        // "l'année", "year's") so phrase tables can list them whole.
        if (is_apostrophe(d) && j < n && !starts_with_digit) {
          int32_t k = j;
          UChar32 e = next_code_point(text_, k);
          if (is_word_char(e) && !(e >= '0' && e <= '9')) {
            end = k;
            continue;
          }
        }
        break;
      }
      i = end;
      t.end = static_cast<uint32_t>(end);
      t.kind = starts_with_digit ? TokenKind::Number : TokenKind::Word;
      t.fold_offset = static_cast<uint32_t>(folded_.size());
      append_fold(text_.substr(start, end - start), folded_);
      t.fold_length = static_cast<uint32_t>(folded_.size() - t.fold_offset);
      if (starts_with_digit) {
        std::uint32_t k = t.fold_offset;
        std::int64_t value = 0;
        unsigned count = 0;
        while (k < folded_.size() && folded_[k] >= '0' && folded_[k] <= '9') {
          if (count < 18) value = value * 10 + (folded_[k] - '0');
          ++count;
          ++k;
        }
        t.digits = static_cast<uint8_t>(count > 255 ? 255 : count);
        t.number = count <= 9 ? value : -1;
        t.suffix_offset = k;
      } else {
        t.suffix_offset = t.fold_offset + t.fold_length;
      }
    } else {
      t.end = static_cast<uint32_t>(i);
      t.kind = TokenKind::Punct;
      t.fold_offset = static_cast<uint32_t>(folded_.size());
      if (is_apostrophe(c)) {
        folded_.push_back('\'');
      } else if (c < 0) {
        folded_.push_back('?');
      } else {
        folded_.append(text_.substr(start, i - start));
      }
      t.fold_length = static_cast<uint32_t>(folded_.size() - t.fold_offset);
      t.suffix_offset = t.fold_offset + t.fold_length;
    }
    tokens_.push_back(t);
  }
}

std::string fold_word(std::string_view utf8) {
  std::string out;
  append_fold(utf8, out);
  return out;
}

std::vector<std::string> fold_phrase(std::string_view utf8) {
  TokenizedText tokens(utf8);
  std::vector<std::string> out;
  out.reserve(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) out.emplace_back(tokens.fold(i));
  return out;
}

}  // namespace newsindex
