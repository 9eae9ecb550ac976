// Reading the XML the tools write (SVG pictures) in tests: parsed by libxml2 strictly, with no
// recovery and nothing fetched, so that a document that is not well-formed fails the test.
#pragma once

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsindex::testing {

class XmlTree {
 public:
  // nullopt when `text` is not well-formed XML.
  static std::optional<XmlTree> parse(const std::string& text) {
    xmlDocPtr document =
        xmlReadMemory(text.data(), static_cast<int>(text.size()), "output.xml", nullptr,
                      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (document == nullptr) return std::nullopt;
    return XmlTree(document);
  }

  [[nodiscard]] xmlNodePtr root() const { return xmlDocGetRootElement(document_.get()); }

 private:
  struct Free {
    void operator()(xmlDocPtr document) const { xmlFreeDoc(document); }
  };
  explicit XmlTree(xmlDocPtr document) : document_(document) {}
  std::unique_ptr<xmlDoc, Free> document_;
};

inline std::string xml_name(xmlNodePtr node) {
  return node == nullptr ? "" : reinterpret_cast<const char*>(node->name);
}

inline std::string xml_namespace(xmlNodePtr node) {
  return node == nullptr || node->ns == nullptr || node->ns->href == nullptr
             ? ""
             : reinterpret_cast<const char*>(node->ns->href);
}

// The attribute's value, or nullopt when the element has none.
inline std::optional<std::string> xml_attribute(xmlNodePtr node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return std::nullopt;
  std::string text = reinterpret_cast<const char*>(value);
  xmlFree(value);
  return text;
}

// All the text inside the element, entities resolved.
inline std::string xml_content(xmlNodePtr node) {
  xmlChar* value = xmlNodeGetContent(node);
  if (value == nullptr) return "";
  std::string text = reinterpret_cast<const char*>(value);
  xmlFree(value);
  return text;
}

// The elements named `name` at any depth under `node` (not `node` itself), in document order.
inline std::vector<xmlNodePtr> xml_descendants(xmlNodePtr node, std::string_view name) {
  std::vector<xmlNodePtr> found;
  for (xmlNodePtr child = node == nullptr ? nullptr : node->children; child != nullptr;
       child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (xml_name(child) == name) found.push_back(child);
    std::vector<xmlNodePtr> below = xml_descendants(child, name);
    found.insert(found.end(), below.begin(), below.end());
  }
  return found;
}

// The element under `node` whose id is `id`, or nullptr.
inline xmlNodePtr xml_element_by_id(xmlNodePtr node, std::string_view id) {
  for (xmlNodePtr child = node == nullptr ? nullptr : node->children; child != nullptr;
       child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (xml_attribute(child, "id") == id) return child;
    if (xmlNodePtr found = xml_element_by_id(child, id)) return found;
  }
  return nullptr;
}

// The direct child element named `name`, or nullptr.
inline xmlNodePtr xml_child(xmlNodePtr node, std::string_view name) {
  for (xmlNodePtr child = node == nullptr ? nullptr : node->children; child != nullptr;
       child = child->next) {
    if (child->type == XML_ELEMENT_NODE && xml_name(child) == name) return child;
  }
  return nullptr;
}

}  // namespace newsindex::testing
