#include "text_encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <iterator>

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

std::optional<std::string> convert_to_utf8(std::string_view bytes, std::string_view charset) {
  std::string label(charset);
  for (char& c : label) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static constexpr std::string_view kWindows1252Labels[] = {
      "iso-8859-1", "iso8859-1", "latin1", "l1", "ascii", "us-ascii", "iso_8859-1", "cp1252"};
  if (std::find(std::begin(kWindows1252Labels), std::end(kWindows1252Labels), label) !=
      std::end(kWindows1252Labels)) {
    label = "windows-1252";
  }
  UErrorCode status = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(label.c_str(), &status);
  if (U_FAILURE(status) || converter == nullptr) return std::nullopt;
  icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), converter, status);
  ucnv_close(converter);
  if (U_FAILURE(status) || text.isBogus()) return std::nullopt;
  std::string utf8;
  text.toUTF8String(utf8);
  return utf8;
}

std::size_t line_of_offset(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<std::size_t>(std::count(
                 text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

}  // namespace newsindex
