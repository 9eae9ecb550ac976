#include "terminal_text.h"

#include <sys/ioctl.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unistd.h>

namespace newsindex {
namespace {

std::size_t code_point_width(UChar32 c) {
  if (c < 0x20) return 0;
  int8_t category = u_charType(c);
  if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR) {
    return 0;
  }
  auto width = static_cast<UEastAsianWidth>(u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH));
  return (width == U_EA_WIDE || width == U_EA_FULLWIDTH) ? 2 : 1;
}

// Calls visit(begin, end, width) for each code point; stops when visit returns false.
template <typename Visit>
void for_each_code_point(std::string_view text, Visit visit) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t offset = 0;
  while (offset < length) {
    int32_t begin = offset;
    UChar32 c;
    U8_NEXT(bytes, offset, length, c);
    std::size_t width = c < 0 ? 1 : code_point_width(c);
    if (!visit(static_cast<std::size_t>(begin), static_cast<std::size_t>(offset), width)) return;
  }
}

}  // namespace

std::size_t display_width(std::string_view text) {
  std::size_t total = 0;
  for_each_code_point(text, [&](std::size_t, std::size_t, std::size_t width) {
    total += width;
    return true;
  });
  return total;
}

std::string fit_to_width(std::string_view text, std::size_t width) {
  if (display_width(text) <= width) return std::string(text);
  if (width == 0) return {};
  std::size_t used = 0;
  std::size_t cut = 0;
  for_each_code_point(text, [&](std::size_t, std::size_t end, std::size_t columns) {
    if (used + columns > width - 1) return false;
    used += columns;
    cut = end;
    return true;
  });
  return std::string(text.substr(0, cut)) + "…";
}

std::string pad_to_width(std::string_view text, std::size_t width) {
  std::string padded(text);
  std::size_t used = display_width(text);
  if (used < width) padded.append(width - used, ' ');
  return padded;
}

std::vector<std::size_t> wrap_lines(std::string_view text, std::size_t width) {
  std::vector<std::size_t> starts{0};
  std::size_t line_columns = 0;
  std::size_t last_space = std::string_view::npos;  // byte offset of the last space on the line
  std::size_t columns_at_space = 0;
  for_each_code_point(text, [&](std::size_t begin, std::size_t end, std::size_t columns) {
    if (text[begin] == ' ') {
      last_space = begin;
      columns_at_space = line_columns + 1;
    }
    line_columns += columns;
    if (line_columns > width && last_space != std::string_view::npos &&
        last_space + 1 > starts.back()) {
      starts.push_back(last_space + 1);
      line_columns -= columns_at_space;
      last_space = std::string_view::npos;
    }
    (void)end;
    return true;
  });
  return starts;
}

std::size_t terminal_columns(std::size_t fallback) {
  winsize size{};
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
    return size.ws_col;
  }
  return fallback;
}

}  // namespace newsindex
