// Checks on the encoding of input text.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace newsindex {

// Byte offset of the first ill-formed UTF-8 sequence, or nullopt when the text is valid UTF-8.
[[nodiscard]] std::optional<std::size_t> first_invalid_utf8(std::string_view text);

// 1-based line number of a byte offset.
[[nodiscard]] std::size_t line_of_offset(std::string_view text, std::size_t offset);

}  // namespace newsindex
