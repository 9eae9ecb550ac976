// A parsed XML document (feeds, agency XML) and the lookups the readers make in it: elements by
// local name and namespace, their text, attributes and lines.
#pragma once

#include <libxml/tree.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "problem_reporter.h"

namespace newsindex {

// Where libxml2 first found the document not well-formed, and what it said.
struct XmlError {
  std::size_t line = 0;
  std::string message;
};

class XmlDocument {
 public:
  // Parses XML in any encoding its declaration or byte-order mark names (UTF-8 when none). Never
  // throws for bad XML: libxml2 recovers what it can, and first_error() says what went wrong;
  // input it can make nothing of gives a document without a root (root() == nullptr). Nothing
  // outside the document is read: no DTD, no external entity, no network (XXE).
  explicit XmlDocument(std::string xml);

  [[nodiscard]] xmlNode* root() const;
  // The first error that made the document not well-formed, or nullopt when it is.
  [[nodiscard]] const std::optional<XmlError>& first_error() const { return first_error_; }

 private:
  struct Free {
    void operator()(xmlDoc* document) const { xmlFreeDoc(document); }
  };
  std::unique_ptr<xmlDoc, Free> document_;
  std::optional<XmlError> first_error_;
};

// The document in an input file's bytes. A file that is empty, or in which libxml2 finds no
// element, is reported as skipped (nullptr); one that is not well-formed as one warning naming
// the line of its first error, and what libxml2 recovered is read.
[[nodiscard]] std::unique_ptr<XmlDocument> parse_xml_input(std::string bytes,
                                                           const std::string& display_name,
                                                           ProblemReporter& problems);

// The references in `xml` rewritten so that libxml2 reads them as a feed reader would mean them,
// line breaks untouched (so that line numbers stay right):
// - HTML's named entities (&nbsp;, &eacute;, &rsquo;), which feeds use as if they were XML's,
//   become character references;
// - so do XML's own five (&amp;, &lt;, ...): once recovering from an error, libxml2 drops named
//   references, so that "Q&amp;A" after a broken item would read "QA";
// - an ampersand that starts no reference ("AT&T") is escaped;
// - a reference to an entity the document's internal subset declares with a short literal
//   value ("<!ENTITY nbsp '&#160;'>") is replaced by that value, as libxml2 would keep it as a
//   reference node otherwise (entity expansion by the parser also loads external entities).
// CDATA sections, comments, processing instructions and the doctype are left as they are.
[[nodiscard]] std::string with_references_repaired(std::string_view xml);

// A namespace an element may be in: its URI ("" for no namespace), and the prefix documents
// conventionally give it ("dc"), which counts for an element whose prefix the document forgot
// to declare (libxml2 then keeps "dc:creator" as its name, in no namespace).
struct XmlNamespace {
  std::string_view uri;
  std::string_view prefix;
};

// The element's local name ("creator" for dc:creator, declared or not); empty for other nodes.
[[nodiscard]] std::string_view local_name(const xmlNode* node);
// Whether `node` is an element named `local` in one of `namespaces` (any namespace when empty).
[[nodiscard]] bool is_element(const xmlNode* node, std::string_view local,
                              std::span<const XmlNamespace> namespaces = {});
// The first child element so named, or nullptr.
[[nodiscard]] const xmlNode* child_element(const xmlNode* parent, std::string_view local,
                                           std::span<const XmlNamespace> namespaces = {});
// Every child element so named, in document order.
[[nodiscard]] std::vector<const xmlNode*> child_elements(
    const xmlNode* parent, std::string_view local, std::span<const XmlNamespace> namespaces = {});

// Calls visit(element) for `root` and every element under it, in document order, going into an
// element's children only when visit returns true. Iterative: no depth is too deep for it.
template <typename Visit>
void visit_elements(const xmlNode* root, Visit visit) {
  if (root == nullptr) return;
  const xmlNode* node = root;
  for (;;) {
    bool descend = node->type == XML_ELEMENT_NODE && visit(node);
    if (descend && node->children != nullptr) {
      node = node->children;
      continue;
    }
    while (node != root && node->next == nullptr) node = node->parent;
    if (node == root) return;
    node = node->next;
  }
}

// The text of the node and everything under it, as written (CDATA included; references to
// entities the document declares in a form with_references_repaired leaves alone are not).
[[nodiscard]] std::string text_content(const xmlNode* node);
// The same with runs of white space made one space, and none at either end.
[[nodiscard]] std::string collapsed_text(const xmlNode* node);
// `text` with runs of white space (line breaks included) made one space, none at either end.
[[nodiscard]] std::string collapse_white_space(std::string_view text);
// Plain text as paragraphs: blank lines separate them, other runs of white space become one
// space.
[[nodiscard]] std::string plain_text_paragraphs(std::string_view text);
// The language an element is in (xml:lang on it or its nearest ancestor), or empty.
[[nodiscard]] std::string xml_language(const xmlNode* node);
// The 1-based line of the node as libxml2 records it (for an element, the line its start tag
// ends on); 0 when unknown.
[[nodiscard]] std::size_t line_of(const xmlNode* node);

}  // namespace newsindex
