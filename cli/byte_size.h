// Sizes for people, as both tools print them: "145.2 MB".
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

namespace newsindex {

[[nodiscard]] inline std::string describe_size(std::uintmax_t bytes) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  return buffer;
}

}  // namespace newsindex
