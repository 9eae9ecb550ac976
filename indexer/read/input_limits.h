// Bounds on what one record may be, so that a runaway input (a 200 MB JSON line, a 50 MB OCR
// page) neither exhausts memory nor slows indexing to a crawl. Documented in corpus/README.md.
#pragma once

#include <cstddef>
#include <string>

#include "byte_size.h"

namespace newsindex {

// A JSON line longer than this is skipped without being held in memory.
inline constexpr std::size_t kMaxLineBytes = 64u << 20;
// Article text beyond this is cut (at a character boundary), with a warning: the rest would add
// little to search and much to the index.
inline constexpr std::size_t kMaxTextBytes = 8u << 20;

// Cuts `text` to kMaxTextBytes on a UTF-8 character boundary; returns whether it was cut.
bool truncate_text(std::string& text);

}  // namespace newsindex
