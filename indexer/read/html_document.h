// A parsed HTML document (libxml2's HTML parser, which recovers from any markup as browsers do),
// and the walk over its text that the readers share.
#pragma once

#include <libxml/HTMLparser.h>

#include <memory>
#include <string>
#include <string_view>

namespace newsindex {

class HtmlDocument {
 public:
  // Parses UTF-8 markup. Never throws for bad markup; an input libxml2 cannot make anything of
  // gives a document without a root (root() == nullptr).
  explicit HtmlDocument(std::string_view utf8_markup);

  [[nodiscard]] xmlNode* root() const;

 private:
  struct Free {
    void operator()(xmlDoc* document) const { xmlFreeDoc(document); }
  };
  std::unique_ptr<xmlDoc, Free> document_;
};

// The name of an element as the parser gives it ("p", "div"; HTML names come lowercase, XML names
// as written); empty for other nodes.
[[nodiscard]] std::string_view element_name(const xmlNode* node);
// An attribute's value, or empty when absent.
[[nodiscard]] std::string attribute(const xmlNode* node, const char* name);
// Whether the element's text is never shown (script, style, template, ...).
[[nodiscard]] bool is_hidden_element(std::string_view name);
// Whether the element breaks the text into a new block (p, div, li, h1, br, ...).
[[nodiscard]] bool is_block_element(std::string_view name);

// Gathers text as a browser lays it out: white space runs become one space, blocks become
// paragraphs separated by a blank line. A no-break space counts as a space: pages put it between
// words, and at the ends of lines, where it means nothing to search.
class ParagraphText {
 public:
  void add_text(std::string_view text);
  void end_block();
  // The paragraphs so far, separated by "\n\n"; ends the current block.
  [[nodiscard]] std::string take();

 private:
  std::string text_;
  bool pending_space_ = false;
  bool pending_break_ = false;
};

// The text of `node` and everything under it, hidden elements left out.
void append_text(const xmlNode* node, ParagraphText& out);

}  // namespace newsindex
