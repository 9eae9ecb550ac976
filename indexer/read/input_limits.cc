#include "input_limits.h"


namespace newsindex {

bool truncate_text(std::string& text) {
  if (text.size() <= kMaxTextBytes) return false;
  std::size_t cut = kMaxTextBytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  text.resize(cut);
  return true;
}

}  // namespace newsindex
