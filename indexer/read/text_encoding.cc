#include "text_encoding.h"

#include <unicode/ucsdet.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace newsindex {

std::optional<std::size_t> first_invalid_utf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t offset = 0;
  while (offset < length) {
    // Fast path over ASCII; ICU decodes everything else.
    if (bytes[offset] < 0x80) {
      ++offset;
      continue;
    }
    int32_t start = offset;
    UChar32 c;
    U8_NEXT(bytes, offset, length, c);
    if (c < 0) return static_cast<std::size_t>(start);
  }
  return std::nullopt;
}

std::optional<DecodedText> decode_legacy_charset(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector* detector = ucsdet_open(&status);
  if (U_FAILURE(status)) return std::nullopt;
  ucsdet_setText(detector, bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  const UCharsetMatch* match = ucsdet_detect(detector, &status);
  std::optional<DecodedText> decoded;
  if (U_SUCCESS(status) && match != nullptr) {
    std::string charset = ucsdet_getName(match, &status);
    // UTF-8 was already ruled out; multi-byte guesses on invalid UTF-8 are rarely right.
    bool single_byte = charset.starts_with("ISO-8859") || charset.starts_with("windows-125");
    if (U_SUCCESS(status) && single_byte) {
      icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), charset.c_str());
      if (!text.isBogus()) {
        decoded.emplace();
        text.toUTF8String(decoded->utf8);
        decoded->charset = charset;
      }
    }
  }
  ucsdet_close(detector);
  return decoded;
}

std::size_t line_of_offset(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<std::size_t>(std::count(
                 text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

}  // namespace newsindex
