// A count and the noun it counts, in the number the count needs: "1 file", "2 files".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace newsindex {

// Both forms are given, not derived: English plurals are irregular ("person", "people").
[[nodiscard]] inline std::string counted_noun(std::size_t count, std::string_view singular,
                                              std::string_view plural) {
  return std::to_string(count) + ' ' + std::string(count == 1 ? singular : plural);
}

}  // namespace newsindex
