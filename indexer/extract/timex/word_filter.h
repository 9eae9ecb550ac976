// A quick, exact "certainly not in the list" test for the date tagger's word tables.
#pragma once

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <string_view>

namespace newsindex {

// Most words of a text are not calendar words, and hashing each one for a table lookup cost more
// than the rest of the date scan. The filter remembers, per first byte, which lengths and which
// last bytes the list's words have: a word that fails either test is not in the list. It never
// rejects a listed word, so lookups behind it find exactly what they found without it.
class WordFilter {
 public:
  void add(std::string_view word) noexcept {
    if (word.empty()) return;
    lengths_[first(word)] |= std::uint64_t{1} << length_bit(word);
    ends_.set(end_pair(word));
  }
  [[nodiscard]] bool may_contain(std::string_view word) const noexcept {
    if (word.empty()) return true;
    return ((lengths_[first(word)] >> length_bit(word)) & 1) != 0 && ends_.test(end_pair(word));
  }

 private:
  static std::size_t first(std::string_view word) noexcept {
    return static_cast<unsigned char>(word.front());
  }
  // Lengths past 63 bytes share the last bit.
  static unsigned length_bit(std::string_view word) noexcept {
    return static_cast<unsigned>(std::min<std::size_t>(word.size(), 63));
  }
  static std::size_t end_pair(std::string_view word) noexcept {
    return first(word) << 8 | static_cast<unsigned char>(word.back());
  }

  std::array<std::uint64_t, 256> lengths_{};
  std::bitset<1 << 16> ends_;
};

}  // namespace newsindex
