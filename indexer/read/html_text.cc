#include "html_text.h"

#include "html_document.h"

namespace newsindex {

std::string html_fragment_text(std::string_view html) {
  if (html.find('<') == std::string_view::npos && html.find('&') == std::string_view::npos) {
    ParagraphText text;
    text.add_text(html);
    return text.take();
  }
  HtmlDocument document(html);
  ParagraphText text;
  // A fragment has no <html>: libxml2 keeps its top-level nodes as the root's siblings.
  for (const xmlNode* node = document.root(); node != nullptr; node = node->next) {
    append_text(node, text);
  }
  return text.take();
}

}  // namespace newsindex
