// Which charset a web page is in, and its text as UTF-8.
#pragma once

#include <string>
#include <string_view>

namespace newsindex {

struct PageText {
  std::string utf8;
  std::string charset;  // what the bytes were read as
};

// The page's bytes as UTF-8. The charset is, as browsers find it: a byte-order mark; else the
// one `declared` (the HTTP Content-Type's); else the page's own <meta charset> or http-equiv
// Content-Type near its start; else UTF-8 when the bytes are valid UTF-8; else the single-byte
// charset ICU's detector finds likeliest; else windows-1252. A declared charset ICU does not
// know is passed over for the next clue.
[[nodiscard]] PageText page_text(std::string_view bytes, std::string_view declared = {});

// The charset parameter of a Content-Type value ("text/html; charset=UTF-8" → "UTF-8"), or empty.
[[nodiscard]] std::string charset_parameter(std::string_view content_type);

}  // namespace newsindex
