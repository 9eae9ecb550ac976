// Bounds on what one record may be, so that a runaway input (a 200 MB JSON line, a 50 MB OCR
// page) neither exhausts memory nor slows indexing to a crawl. Documented in corpus/README.md.
#pragma once

#include <cstddef>
#include <string>

#include "byte_size.h"

namespace newsindex {

// A JSON line or a CSV/TSV record longer than this is skipped without being held in memory.
inline constexpr std::size_t kMaxLineBytes = 64u << 20;
// A .json file is parsed from memory (its elements one at a time, so that a bad one is reported
// and passed over): a larger one is skipped. Archives this large belong in JSON Lines, which is
// streamed.
inline constexpr std::size_t kMaxJsonFileBytes = std::size_t{1} << 30;
// Article text beyond this is cut (at a character boundary), with a warning: the rest would add
// little to search and much to the index.
inline constexpr std::size_t kMaxTextBytes = 8u << 20;

// A web page (HTML file, WARC record) larger than this is not read: real article pages are well
// under a few megabytes, and anything bigger is a data dump in disguise.
inline constexpr std::size_t kMaxPageBytes = 64u << 20;

// An XML feed or news agency file (RSS, Atom, NITF, NewsML-G2) larger than this is not read: it
// is parsed whole, into a tree several times its size in memory. Feeds and agency files hold
// days of news, not archives of years.
inline constexpr std::size_t kMaxXmlFileBytes = 256u << 20;

// Cuts `text` to kMaxTextBytes on a UTF-8 character boundary; returns whether it was cut.
bool truncate_text(std::string& text);

}  // namespace newsindex
