// What every SVG picture newsquery draws shares: the document around the drawing, numbers written
// the same on every machine, and the room a text takes, which SVG cannot measure before it is
// drawn. The pictures are SVG 1.1 with no script and nothing fetched from elsewhere.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

namespace newsindex {

// The font every picture asks for, then the generic family any viewer has.
inline constexpr std::string_view kSvgFontFamily = "DejaVu Sans, Verdana, Arial, sans-serif";

// A coordinate with at most one decimal ("12.5", "3"), independent of the locale, so that the same
// input gives the same bytes.
[[nodiscard]] std::string svg_number(double value);

// "1,234,567": counts on axes and in titles.
[[nodiscard]] std::string grouped_count(std::size_t count);

// An estimate of the width of `text` at `font_size` in a sans-serif font: wide (CJK) characters
// count two columns; meant for keeping labels apart, so it errs on the wide side.
[[nodiscard]] double text_width(std::string_view text, double font_size);

// The XML declaration, the <svg> element with its size and viewBox, the picture's <title> (which
// viewers show as its name) and a white background; `title` is escaped here.
void write_svg_start(std::ostream& out, double width, double height, std::string_view title);
void write_svg_end(std::ostream& out);

}  // namespace newsindex
