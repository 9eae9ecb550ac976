#include "text_folder.h"

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <stdexcept>

namespace newsindex {
namespace {

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Writes `text` into the empty `out` with each run of whitespace as one space and none at either
// end, every other character passed through `map`.
template <class CharMap>
void collapse_into(std::string_view text, std::string& out, CharMap map) {
  out.reserve(text.size());
  bool pending_space = false;
  for (char c : text) {
    if (is_ascii_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(map(c));
  }
}

}  // namespace

TextFolder::TextFolder() = default;

icu::Transliterator& TextFolder::transliterator() const {
  if (transliterator_) return *transliterator_;
  UErrorCode status = U_ZERO_ERROR;
  transliterator_.reset(
      icu::Transliterator::createInstance("NFKC; Latin-ASCII", UTRANS_FORWARD, status));
  if (U_FAILURE(status) || !transliterator_) {
    transliterator_.reset();
    throw std::runtime_error(
        std::string("ICU cannot create the NFKC; Latin-ASCII transliterator: ") +
        u_errorName(status));
  }
  return *transliterator_;
}

TextFolder::~TextFolder() = default;
TextFolder::TextFolder(TextFolder&&) noexcept = default;
TextFolder& TextFolder::operator=(TextFolder&&) noexcept = default;

std::string TextFolder::fold(std::string_view utf8) const {
  // Most news text is ASCII. Only whitespace-delimited runs that contain a non-ASCII byte go
  // through ICU, which keeps folding cheap on English archives.
  std::string out;
  out.reserve(utf8.size());
  std::size_t i = 0;
  while (i < utf8.size()) {
    if (is_ascii_space(utf8[i])) {
      out.push_back(utf8[i++]);
      continue;
    }
    std::size_t end = i;
    bool ascii = true;
    while (end < utf8.size() && !is_ascii_space(utf8[end])) {
      if (static_cast<unsigned char>(utf8[end]) >= 0x80) ascii = false;
      ++end;
    }
    std::string_view run = utf8.substr(i, end - i);
    if (ascii) {
      out.append(run);
    } else {
      icu::UnicodeString text = icu::UnicodeString::fromUTF8(
          icu::StringPiece(run.data(), static_cast<int32_t>(run.size())));
      transliterator().transliterate(text);
      text.toUTF8String(out);
    }
    i = end;
  }
  return out;
}

std::string TextFolder::key(std::string_view utf8) const {
  std::string lowered;
  if (std::all_of(utf8.begin(), utf8.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    // ASCII folds to its lowercase, with whitespace collapsed in the same pass: no ICU, and one
    // string instead of two (keys are made for every word of every mention).
    collapse_into(utf8, lowered, [](char c) {
      return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    });
    return lowered;
  }
  std::string folded = fold(utf8);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(folded.data(), static_cast<int32_t>(folded.size())));
  text.foldCase();
  text.toUTF8String(lowered);
  return collapse_whitespace(lowered);
}

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  collapse_into(text, out, [](char c) { return c; });
  return out;
}

}  // namespace newsindex
