#include "number_sets.h"

#include <algorithm>

namespace newsindex::schema {

void put_varint(std::string& out, std::uint64_t value) {
  while (value >= 0x80) {
    out.push_back(static_cast<char>((value & 0x7F) | 0x80));
    value >>= 7;
  }
  out.push_back(static_cast<char>(value));
}

bool take_varint(std::string_view& in, std::uint64_t& value) {
  std::uint64_t result = 0;
  for (std::size_t i = 0; i < in.size() && i < 10; ++i) {
    const auto byte = static_cast<unsigned char>(in[i]);
    result |= static_cast<std::uint64_t>(byte & 0x7F) << (7 * i);
    if ((byte & 0x80) == 0) {
      value = result;
      in.remove_prefix(i + 1);
      return true;
    }
  }
  return false;
}

std::string encode_number_set(std::vector<std::uint32_t> numbers) {
  std::sort(numbers.begin(), numbers.end());
  numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
  std::string encoded;
  std::uint32_t previous = 0;
  for (std::uint32_t number : numbers) {
    put_varint(encoded, number - previous);
    previous = number;
  }
  return encoded;
}

std::vector<std::uint32_t> decode_number_set(std::string_view encoded) {
  std::vector<std::uint32_t> numbers;
  for_each_number(encoded, [&](std::uint32_t number) { numbers.push_back(number); });
  return numbers;
}

}  // namespace newsindex::schema
