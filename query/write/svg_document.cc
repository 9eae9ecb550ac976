#include "svg_document.h"

#include <charconv>
#include <cmath>

#include "terminal_text.h"
#include "xml_text.h"

namespace newsindex {

std::string svg_number(double value) {
  double rounded = std::round(value * 10) / 10;
  if (rounded == 0 || !std::isfinite(rounded)) rounded = 0;  // no "-0"
  char buffer[64];
  const auto [end, error] =
      std::to_chars(buffer, buffer + sizeof buffer, rounded, std::chars_format::fixed, 1);
  std::string text(buffer, error == std::errc() ? end : buffer);
  if (text.size() > 2 && text.ends_with(".0")) text.resize(text.size() - 2);
  return text;
}

std::string grouped_count(std::size_t count) {
  const std::string digits = std::to_string(count);
  std::string text;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) text.push_back(',');
    text.push_back(digits[i]);
  }
  return text;
}

double text_width(std::string_view text, double font_size) {
  // A column of DejaVu Sans averages a little over half an em; capitals and digits take more.
  constexpr double kEmPerColumn = 0.62;
  return static_cast<double>(display_width(text)) * kEmPerColumn * font_size;
}

void write_svg_start(std::ostream& out, double width, double height, std::string_view title) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" << svg_number(width)
      << "\" height=\"" << svg_number(height) << "\" viewBox=\"0 0 " << svg_number(width) << ' '
      << svg_number(height) << "\" font-family=\"" << kSvgFontFamily << "\" font-size=\"12\">\n"
      << "<title>" << xml_text(title) << "</title>\n"
      << "<rect x=\"0\" y=\"0\" width=\"" << svg_number(width) << "\" height=\""
      << svg_number(height) << "\" fill=\"#ffffff\"/>\n";
}

void write_svg_end(std::ostream& out) {
  out << "</svg>\n";
}

}  // namespace newsindex
