// Where in the input something was found, for "FILE:LINE: reason" messages.
#pragma once

#include <cstddef>
#include <string>

namespace newsindex {

struct SourceLocation {
  std::string file;
  std::size_t line = 0;  // 1-based; 0 when the whole file is meant

  [[nodiscard]] std::string to_string() const {
    return line == 0 ? file : file + ":" + std::to_string(line);
  }
};

}  // namespace newsindex
