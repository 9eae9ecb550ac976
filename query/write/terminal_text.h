// Measuring and fitting text for a terminal, where a CJK character takes two columns, and the
// escape sequences that colour it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsindex {

// SGR escape sequences of the styles human output uses.
namespace sgr {
inline constexpr const char* kBold = "\x1b[1m";
inline constexpr const char* kDim = "\x1b[2m";
inline constexpr const char* kHighlight = "\x1b[1;33m";
// A second highlight, told apart from the first: dates beside entities.
inline constexpr const char* kHighlightOther = "\x1b[1;36m";
inline constexpr const char* kReset = "\x1b[0m";
}  // namespace sgr

// Columns the UTF-8 text occupies (East Asian wide and full-width characters count two,
// combining marks none).
[[nodiscard]] std::size_t display_width(std::string_view text);

// The text cut to at most `width` columns, ending in "…" when cut.
[[nodiscard]] std::string fit_to_width(std::string_view text, std::size_t width);

// The text followed by spaces up to `width` columns.
[[nodiscard]] std::string pad_to_width(std::string_view text, std::size_t width);

// Byte offsets where lines of at most `width` columns start, breaking at spaces (a word longer
// than a line gets a line of its own). The first element is always 0.
[[nodiscard]] std::vector<std::size_t> wrap_lines(std::string_view text, std::size_t width);

// Columns of the terminal on stdout, or `fallback` when stdout is not a terminal.
[[nodiscard]] std::size_t terminal_columns(std::size_t fallback);

}  // namespace newsindex
