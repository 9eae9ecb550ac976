// The readable text of HTML that is all content: a feed item's description, an agency's body
// markup. (A whole web page goes through main_text_extractor.h instead, which drops boilerplate.)
#pragma once

#include <string>
#include <string_view>

namespace newsindex {

// Block elements (p, div, li, h1-h6, br, ...) become paragraphs separated by blank lines; runs of
// white space within a paragraph become one space; entities are decoded; script, style and
// similar elements are dropped. Text that holds no markup comes back with its white space tidied.
// Never throws for bad markup: what a browser would show is what comes back.
[[nodiscard]] std::string html_fragment_text(std::string_view html);

}  // namespace newsindex
