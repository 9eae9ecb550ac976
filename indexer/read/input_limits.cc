#include "input_limits.h"

#include <cstdio>

namespace newsindex {

bool truncate_text(std::string& text) {
  if (text.size() <= kMaxTextBytes) return false;
  std::size_t cut = kMaxTextBytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  text.resize(cut);
  return true;
}

std::string describe_size(std::size_t bytes) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  return buffer;
}

}  // namespace newsindex
