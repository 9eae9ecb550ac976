// Text from the index made safe for XML (GEXF, GraphML, SVG): names and queries come from
// scraped text and may hold markup characters, control characters or broken UTF-8.
#pragma once

#include <string>
#include <string_view>

namespace newsindex {

// `text` as attribute value or element content: & < > " ' as entities, tab and line breaks as
// character references (an attribute keeps them), the other C0 controls left out (XML 1.0 cannot
// hold them at all), and each byte that is not part of well-formed UTF-8 as U+FFFD, so that a
// parser never rejects the document.
[[nodiscard]] std::string xml_text(std::string_view text);

}  // namespace newsindex
