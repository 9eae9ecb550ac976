// Checks on the encoding of input text.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace newsindex {

// Byte offset of the first ill-formed UTF-8 sequence, or nullopt when the text is valid UTF-8.
[[nodiscard]] std::optional<std::size_t> first_invalid_utf8(std::string_view text);

struct DecodedText {
  std::string utf8;
  std::string charset;  // ICU's name for what the text was in ("ISO-8859-1", "windows-1252")
};

// Text that is not UTF-8, converted from the single-byte charset ICU's detector finds most
// likely (Latin-1, Windows-1252 and their kin), or nullopt when none fits.
[[nodiscard]] std::optional<DecodedText> decode_legacy_charset(std::string_view bytes);

// `bytes` in `charset` (any name ICU knows: "utf-8", "Shift_JIS", "windows-1251") as UTF-8, with
// U+FFFD for bytes the charset does not map; nullopt when ICU knows no such charset. Labels that
// browsers read as windows-1252 ("iso-8859-1", "us-ascii") are read so here too, as the WHATWG
// Encoding standard says, since pages so labelled use its extra characters (curly quotes).
[[nodiscard]] std::optional<std::string> convert_to_utf8(std::string_view bytes,
                                                         std::string_view charset);

// 1-based line number of a byte offset.
[[nodiscard]] std::size_t line_of_offset(std::string_view text, std::size_t offset);

}  // namespace newsindex
