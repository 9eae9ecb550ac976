#include "xml_document.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include <algorithm>
#include <climits>
#include <map>
#include <unordered_map>

#include "html_document.h"

namespace newsindex {
namespace {

void free_parser(xmlParserCtxt* context) {
  xmlFreeParserCtxt(context);
}

// The parser context's structured error handler: it sees this parse's errors only, unlike the
// thread's global handler, which other readers' parses would share.
void keep_first_error(void* context, xmlError* error) {
  auto* parser = static_cast<xmlParserCtxt*>(context);
  if (parser == nullptr || parser->_private == nullptr || error == nullptr) return;
  auto* first = static_cast<std::optional<XmlError>*>(parser->_private);
  // Namespace errors (an undeclared prefix) lose nothing: such elements keep their names.
  // Errors below fatal (an undeclared entity in a document with a DTD) are not about the
  // document's shape either.
  if (first->has_value() || error->level != XML_ERR_FATAL || error->domain == XML_FROM_NAMESPACE) {
    return;
  }
  // Some messages run over lines ("Input is not proper UTF-8, indicate encoding !\nBytes: ...").
  std::string message =
      collapse_white_space(error->message != nullptr ? error->message : "not well-formed");
  *first = XmlError{error->line > 0 ? static_cast<std::size_t>(error->line) : 0, message};
}

bool is_name_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-' || c == '.' || c == ':' || static_cast<unsigned char>(c) >= 0x80;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// The value a declared entity stands for in the document's text, when it is short and holds no
// markup or further references (character references aside); nullopt for the others.
using DeclaredEntities = std::map<std::string, std::optional<std::string>, std::less<>>;

// Longer values are left to libxml2: substituting them could multiply the document's size.
constexpr std::size_t kMaxInlinedEntityValue = 32;

bool is_plain_entity_value(std::string_view value) {
  if (value.size() > kMaxInlinedEntityValue || value.find('<') != std::string_view::npos ||
      value.find('%') != std::string_view::npos) {
    return false;
  }
  for (std::size_t at = value.find('&'); at != std::string_view::npos;
       at = value.find('&', at + 1)) {
    if (at + 1 >= value.size() || value[at + 1] != '#') return false;
  }
  return true;
}

// The end of the markup declaration starting at `at` (after its '>'), quotes respected.
std::size_t declaration_end(std::string_view xml, std::size_t at) {
  char quote = 0;
  for (; at < xml.size(); ++at) {
    char c = xml[at];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return at + 1;
    }
  }
  return xml.size();
}

// Reads the declaration "<!ENTITY name 'value'>" into `entities` (an external entity as one
// not to inline; parameter entities, which only the DTD uses, not at all).
void read_entity_declaration(std::string_view declaration, DeclaredEntities& entities) {
  std::size_t at = std::string_view("<!ENTITY").size();
  while (at < declaration.size() && is_space(declaration[at])) ++at;
  if (at >= declaration.size() || declaration[at] == '%') return;
  std::size_t name_start = at;
  while (at < declaration.size() && is_name_byte(declaration[at])) ++at;
  std::string name(declaration.substr(name_start, at - name_start));
  if (name.empty() || entities.contains(name)) return;  // the first declaration binds
  while (at < declaration.size() && is_space(declaration[at])) ++at;
  std::optional<std::string> value;
  if (at < declaration.size() && (declaration[at] == '"' || declaration[at] == '\'')) {
    std::size_t close = declaration.find(declaration[at], at + 1);
    if (close != std::string_view::npos) {
      std::string_view literal = declaration.substr(at + 1, close - at - 1);
      if (is_plain_entity_value(literal)) value = std::string(literal);
    }
  }
  entities.emplace(std::move(name), std::move(value));
}

// The doctype starting at `at` ("<!DOCTYPE"): its end, and the entities its internal subset
// declares.
std::size_t read_doctype(std::string_view xml, std::size_t at, DeclaredEntities& entities) {
  std::size_t end = at + std::string_view("<!DOCTYPE").size();
  char quote = 0;
  for (; end < xml.size(); ++end) {
    char c = xml[end];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return end + 1;
    } else if (c == '[') {
      break;
    }
  }
  // The internal subset: declarations, comments, PIs and parameter entity references up to ']'.
  ++end;
  while (end < xml.size() && xml[end] != ']') {
    std::string_view rest = xml.substr(end);
    if (rest.starts_with("<!--")) {
      std::size_t close = xml.find("-->", end + 4);
      end = close == std::string_view::npos ? xml.size() : close + 3;
    } else if (rest.starts_with("<!ENTITY")) {
      std::size_t close = declaration_end(xml, end);
      read_entity_declaration(xml.substr(end, close - end), entities);
      end = close;
    } else if (rest.starts_with("<")) {
      end = declaration_end(xml, end);
    } else {
      ++end;
    }
  }
  return declaration_end(xml, end);
}

void append_character_reference(std::string& out, unsigned code) {
  out += "&#";
  out += std::to_string(code);
  out += ';';
}

// The code point of one of HTML 4's named entities. libxml2 looks names up by a linear search,
// too slow for a file of a million references; its table is read into a hash map once instead
// (by value: each code point has one name in HTML 4).
std::optional<unsigned> html_entity_code(std::string_view name) {
  static const std::unordered_map<std::string_view, unsigned> kCodes = [] {
    std::unordered_map<std::string_view, unsigned> codes;
    constexpr unsigned kLastHtml4Entity = 0x2666;  // &diams;
    for (unsigned code = 0; code <= kLastHtml4Entity; ++code) {
      const htmlEntityDesc* entity = htmlEntityValueLookup(code);
      if (entity != nullptr && entity->name != nullptr) codes.emplace(entity->name, code);
    }
    return codes;
  }();
  auto found = kCodes.find(name);
  if (found == kCodes.end()) return std::nullopt;
  return found->second;
}

// A named reference at `at` ('&'): appends its repair, returns the position after it.
std::size_t repair_reference(std::string_view xml, std::size_t at, const DeclaredEntities& entities,
                             std::string& out) {
  std::size_t end = at + 1;
  if (end < xml.size() && xml[end] == '#') {
    out += '&';  // a character reference, for libxml2 to check
    return end;
  }
  while (end < xml.size() && is_name_byte(xml[end])) ++end;
  if (end == at + 1 || end >= xml.size() || xml[end] != ';') {
    out += "&#38;";
    return at + 1;
  }
  std::string_view name = xml.substr(at + 1, end - at - 1);
  static constexpr std::pair<std::string_view, unsigned> kPredefined[] = {
      {"amp", 38}, {"lt", 60}, {"gt", 62}, {"quot", 34}, {"apos", 39}};
  for (const auto& [predefined, code] : kPredefined) {
    if (name == predefined) {
      append_character_reference(out, code);
      return end + 1;
    }
  }
  if (auto declared = entities.find(name); declared != entities.end()) {
    if (declared->second) {
      out += *declared->second;
    } else {
      out += xml.substr(at, end + 1 - at);
    }
    return end + 1;
  }
  if (std::optional<unsigned> code = html_entity_code(name)) {
    append_character_reference(out, *code);
    return end + 1;
  }
  // An entity no one declares: libxml2 reports it.
  out += xml.substr(at, end + 1 - at);
  return end + 1;
}

const char* as_chars(const xmlChar* text) {
  return reinterpret_cast<const char*>(text);
}

// The prefix of an element whose prefix the document did not declare ("dc" of "dc:creator").
std::string_view undeclared_prefix(const xmlNode* node) {
  if (node->ns != nullptr || node->name == nullptr) return {};
  std::string_view name = as_chars(node->name);
  std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? std::string_view() : name.substr(0, colon);
}

}  // namespace

XmlDocument::XmlDocument(std::string xml) {
  std::string repaired = with_references_repaired(xml);
  // Only the repaired copy is parsed: the original need not wait beside the tree libxml2 builds,
  // which is several times the document's size.
  std::string().swap(xml);
  std::unique_ptr<xmlParserCtxt, decltype(&free_parser)> parser(xmlNewParserCtxt(), free_parser);
  if (!parser || parser->sax == nullptr) {
    first_error_ = XmlError{0, "out of memory"};
    return;
  }
  parser->sax->serror = keep_first_error;
  parser->_private = &first_error_;
  int size = static_cast<int>(std::min<std::size_t>(repaired.size(), INT_MAX));
  // Without XML_PARSE_NOENT or XML_PARSE_DTDLOAD nothing outside the document is loaded;
  // XML_PARSE_BIG_LINES keeps line numbers right past line 65535.
  document_.reset(xmlCtxtReadMemory(parser.get(), repaired.data(), size, nullptr, nullptr,
                                    XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR |
                                        XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES |
                                        XML_PARSE_COMPACT));
  parser->_private = nullptr;
  if (!first_error_ && parser->wellFormed == 0) first_error_ = XmlError{0, "not well-formed"};
}

xmlNode* XmlDocument::root() const {
  return document_ ? xmlDocGetRootElement(document_.get()) : nullptr;
}

std::unique_ptr<XmlDocument> parse_xml_input(std::string bytes, const std::string& display_name,
                                             ProblemReporter& problems) {
  std::size_t after_bom = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  if (bytes.find_first_not_of(" \t\r\n", after_bom) == std::string::npos) {
    problems.report(ProblemKind::kSkipped, {display_name, 0}, "empty file");
    return nullptr;
  }
  auto document = std::make_unique<XmlDocument>(std::move(bytes));
  const std::optional<XmlError>& error = document->first_error();
  if (document->root() == nullptr) {
    problems.report(ProblemKind::kSkipped, {display_name, error ? error->line : 0},
                    "not XML: " + (error ? error->message : std::string("no element found")));
    return nullptr;
  }
  if (error) {
    problems.report(ProblemKind::kWarning, {display_name, error->line},
                    "not well-formed XML: " + error->message +
                        "; what could be read before and after it is indexed");
  }
  return document;
}

std::string with_references_repaired(std::string_view xml) {
  DeclaredEntities entities;
  std::string out;
  out.reserve(xml.size() + xml.size() / 64);
  std::size_t at = 0;
  while (at < xml.size()) {
    std::size_t special = xml.find_first_of("<&", at);
    if (special == std::string_view::npos) {
      out += xml.substr(at);
      break;
    }
    out += xml.substr(at, special - at);
    at = special;
    if (xml[at] == '&') {
      at = repair_reference(xml, at, entities, out);
      continue;
    }
    std::string_view rest = xml.substr(at);
    std::size_t end = at + 1;
    auto through = [&](std::string_view close, std::size_t from) {
      std::size_t found = xml.find(close, from);
      return found == std::string_view::npos ? xml.size() : found + close.size();
    };
    if (rest.starts_with("<!--")) {
      end = through("-->", at + 4);
    } else if (rest.starts_with("<![CDATA[")) {
      end = through("]]>", at + 9);
    } else if (rest.starts_with("<?")) {
      end = through("?>", at + 2);
    } else if (rest.starts_with("<!DOCTYPE")) {
      end = read_doctype(xml, at, entities);
    }
    out += xml.substr(at, end - at);
    at = end;
  }
  return out;
}

std::string_view local_name(const xmlNode* node) {
  std::string_view name = element_name(node);
  if (node != nullptr && node->ns == nullptr) {
    if (std::size_t colon = name.find(':'); colon != std::string_view::npos) {
      name.remove_prefix(colon + 1);
    }
  }
  return name;
}

bool is_element(const xmlNode* node, std::string_view local,
                std::span<const XmlNamespace> namespaces) {
  if (local_name(node) != local) return false;
  if (namespaces.empty()) return true;
  std::string_view uri =
      node->ns != nullptr && node->ns->href != nullptr ? as_chars(node->ns->href) : "";
  std::string_view prefix = undeclared_prefix(node);
  return std::any_of(namespaces.begin(), namespaces.end(), [&](const XmlNamespace& ns) {
    if (!prefix.empty()) return !ns.prefix.empty() && ns.prefix == prefix;
    return ns.uri == uri;
  });
}

const xmlNode* child_element(const xmlNode* parent, std::string_view local,
                             std::span<const XmlNamespace> namespaces) {
  if (parent == nullptr || parent->type != XML_ELEMENT_NODE) return nullptr;
  for (const xmlNode* child = parent->children; child != nullptr; child = child->next) {
    if (is_element(child, local, namespaces)) return child;
  }
  return nullptr;
}

std::vector<const xmlNode*> child_elements(const xmlNode* parent, std::string_view local,
                                           std::span<const XmlNamespace> namespaces) {
  std::vector<const xmlNode*> found;
  if (parent == nullptr || parent->type != XML_ELEMENT_NODE) return found;
  for (const xmlNode* child = parent->children; child != nullptr; child = child->next) {
    if (is_element(child, local, namespaces)) found.push_back(child);
  }
  return found;
}

std::string text_content(const xmlNode* node) {
  std::string text;
  if (node == nullptr) return text;
  // Iterative, in document order; entity reference nodes are not gone into, as their children
  // are the entity's declaration, outside this tree.
  const xmlNode* at = node;
  for (;;) {
    if ((at->type == XML_TEXT_NODE || at->type == XML_CDATA_SECTION_NODE) &&
        at->content != nullptr) {
      text += as_chars(at->content);
    }
    if (at->type == XML_ELEMENT_NODE && at->children != nullptr) {
      at = at->children;
      continue;
    }
    while (at != node && at->next == nullptr) at = at->parent;
    if (at == node) return text;
    at = at->next;
  }
}

std::string collapsed_text(const xmlNode* node) {
  return collapse_white_space(text_content(node));
}

std::string collapse_white_space(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char c : text) {
    if (is_space(c) || c == '\f' || c == '\v') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

std::string plain_text_paragraphs(std::string_view text) {
  ParagraphText paragraphs;
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    if (collapse_white_space(line).empty()) {
      paragraphs.end_block();
    } else {
      paragraphs.add_text(line);
      paragraphs.add_text(" ");
    }
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return paragraphs.take();
}

std::string xml_language(const xmlNode* node) {
  if (node == nullptr) return {};
  xmlChar* language = xmlNodeGetLang(node);
  if (language == nullptr) return {};
  std::string result = as_chars(language);
  xmlFree(language);
  return result;
}

std::size_t line_of(const xmlNode* node) {
  if (node == nullptr) return 0;
  long line = xmlGetLineNo(node);
  return line > 0 ? static_cast<std::size_t>(line) : 0;
}

}  // namespace newsindex
