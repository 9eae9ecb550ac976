// Minimal UTF-8 decoding used by the tokenizer and the word-form code.  Invalid input never throws:
// a bad byte decodes as U+FFFD with length 1, so byte offsets always advance and stay inside the
// text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace newsindex::ner {

struct DecodedChar {
  char32_t cp;
  std::size_t length;
};

inline DecodedChar decode_utf8(std::string_view s, std::size_t pos) noexcept {
  const auto b0 = static_cast<unsigned char>(s[pos]);
  if (b0 < 0x80) return {b0, 1};
  const std::size_t left = s.size() - pos;
  auto cont = [&](std::size_t i) { return static_cast<unsigned char>(s[pos + i]) & 0x3F; };
  auto is_cont = [&](std::size_t i) {
    return (static_cast<unsigned char>(s[pos + i]) & 0xC0) == 0x80;
  };
  if (b0 >= 0xC2 && b0 < 0xE0 && left >= 2 && is_cont(1))
    return {char32_t((b0 & 0x1F) << 6 | cont(1)), 2};
  if (b0 >= 0xE0 && b0 < 0xF0 && left >= 3 && is_cont(1) && is_cont(2)) {
    const char32_t cp = (b0 & 0x0F) << 12 | cont(1) << 6 | cont(2);
    if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) return {cp, 3};
  }
  if (b0 >= 0xF0 && b0 < 0xF5 && left >= 4 && is_cont(1) && is_cont(2) && is_cont(3)) {
    const char32_t cp = (b0 & 0x07) << 18 | cont(1) << 12 | cont(2) << 6 | cont(3);
    if (cp >= 0x10000 && cp <= 0x10FFFF) return {cp, 4};
  }
  return {0xFFFD, 1};
}

inline void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace newsindex::ner
