// How many units a phrase counts: "three", "twenty-five", "a couple of", "several", "a".
#pragma once

#include <cstddef>
#include <optional>

#include "scan_text.h"

namespace newsindex {

struct Count {
  long value = 0;
  std::size_t end = 0;
  bool vague = false;    // "several", "a few": an unknown number (value -1)
  bool article = false;  // a bare "a"/"an": one, but also just an article
};

[[nodiscard]] std::optional<Count> parse_count(const ScanText& s, std::size_t i);

}  // namespace newsindex
