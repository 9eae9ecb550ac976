// Sets of small numbers stored in value slots and metadata: ascending, as LEB128 varints of the
// gaps between them, so that a page naming hundreds of entities stores a few hundred bytes and
// counting reads them without a string compare or a hash.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsindex::schema {

// Appends `value` as a LEB128 varint.
void put_varint(std::string& out, std::uint64_t value);
// Reads a varint at the front of `in` and advances it; false (and `in` unchanged) when `in` ends
// inside one or it does not fit 64 bits.
[[nodiscard]] bool take_varint(std::string_view& in, std::uint64_t& value);

// Sorts `numbers`, drops repeats and encodes what is left.
[[nodiscard]] std::string encode_number_set(std::vector<std::uint32_t> numbers);

// Calls visit(number) for each number of an encoded set, in ascending order. A damaged tail is
// ignored: what a set holds before the damage is still counted.
template <typename Visit>
void for_each_number(std::string_view encoded, Visit visit) {
  std::uint64_t number = 0;
  std::size_t at = 0;
  const std::size_t size = encoded.size();
  const auto* bytes = reinterpret_cast<const unsigned char*>(encoded.data());
  // The gaps are nearly always one or two bytes: decode inline rather than through take_varint.
  while (at < size) {
    std::uint64_t gap = 0;
    int shift = 0;
    for (;;) {
      if (at == size || shift > 28) return;
      const unsigned char byte = bytes[at++];
      gap |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
      if ((byte & 0x80) == 0) break;
      shift += 7;
    }
    number += gap;
    if (number > 0xFFFFFFFFu) return;
    visit(static_cast<std::uint32_t>(number));
  }
}

[[nodiscard]] std::vector<std::uint32_t> decode_number_set(std::string_view encoded);

}  // namespace newsindex::schema
