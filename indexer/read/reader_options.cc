#include "reader_options.h"

#include <stdexcept>

namespace newsindex {

std::map<std::string, std::string> parse_column_mapping(std::string_view spec) {
  if (spec.empty()) return {};
  throw std::invalid_argument("--columns is not read yet");
}

}  // namespace newsindex
