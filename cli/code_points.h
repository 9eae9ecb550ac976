// UTF-8 byte offsets into one text as Unicode code point offsets: what JSON output gives, since
// its readers count characters, not bytes.  Both tools print such offsets (newsquery's snippet
// highlights, newsindex extract's mentions).
#pragma once

#include <cstddef>
#include <string_view>

namespace newsindex {

class CodePointCounter {
 public:
  // The text must outlive the counter.
  explicit CodePointCounter(std::string_view text) noexcept : text_(text) {}

  // Code points before `byte_offset` (offsets past the end count the whole text). Offsets asked
  // in ascending order cost one pass over the text in all; a smaller one starts over.
  [[nodiscard]] std::size_t operator()(std::size_t byte_offset) noexcept {
    if (byte_offset < byte_) {
      byte_ = 0;
      code_points_ = 0;
    }
    for (; byte_ < byte_offset && byte_ < text_.size(); ++byte_) {
      if ((static_cast<unsigned char>(text_[byte_]) & 0xC0) != 0x80) ++code_points_;
    }
    return code_points_;
  }

 private:
  std::string_view text_;
  std::size_t byte_ = 0;
  std::size_t code_points_ = 0;
};

}  // namespace newsindex
