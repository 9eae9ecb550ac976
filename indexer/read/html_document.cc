#include "html_document.h"

#include <algorithm>
#include <array>
#include <climits>

namespace newsindex {
namespace {

bool is_html_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

}  // namespace

HtmlDocument::HtmlDocument(std::string_view utf8_markup) {
  // A page is parsed as UTF-8 whatever its meta tag says: the reader has converted it already.
  int size = static_cast<int>(std::min<std::size_t>(utf8_markup.size(), INT_MAX));
  document_.reset(htmlReadMemory(utf8_markup.data(), size, nullptr, "UTF-8",
                                 HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                     HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_NOIMPLIED));
}

xmlNode* HtmlDocument::root() const {
  return document_ ? xmlDocGetRootElement(document_.get()) : nullptr;
}

std::string_view element_name(const xmlNode* node) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE || node->name == nullptr) return {};
  return reinterpret_cast<const char*>(node->name);
}

std::string attribute(const xmlNode* node, const char* name) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE) return {};
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return {};
  std::string result(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return result;
}

bool is_hidden_element(std::string_view name) {
  static constexpr std::array<std::string_view, 12> kHidden = {
      "script", "style",  "noscript", "template", "svg",  "canvas",
      "iframe", "object", "embed",    "head",     "math", "select"};
  return std::find(kHidden.begin(), kHidden.end(), name) != kHidden.end();
}

bool is_block_element(std::string_view name) {
  static constexpr std::array<std::string_view, 36> kBlocks = {
      "p",       "div",     "br",      "li",         "ul",         "ol",      "dl",      "dt",
      "dd",      "h1",      "h2",      "h3",         "h4",         "h5",      "h6",      "table",
      "tr",      "td",      "th",      "blockquote", "pre",        "section", "article", "header",
      "footer",  "nav",     "aside",   "figure",     "figcaption", "form",    "hr",      "main",
      "address", "caption", "details", "summary"};
  return std::find(kBlocks.begin(), kBlocks.end(), name) != kBlocks.end();
}

void ParagraphText::add_text(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (is_html_space(c)) {
      pending_space_ = true;
      continue;
    }
    if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') {
      pending_space_ = true;
      ++i;
      continue;
    }
    if (pending_break_ && !text_.empty()) {
      text_ += "\n\n";
    } else if (pending_space_ && !text_.empty() && text_.back() != '\n') {
      text_ += ' ';
    }
    pending_break_ = false;
    pending_space_ = false;
    text_ += c;
  }
}

void ParagraphText::end_block() {
  pending_break_ = true;
  pending_space_ = false;
}

std::string ParagraphText::take() {
  end_block();
  return std::move(text_);
}

void append_text(const xmlNode* node, ParagraphText& out) {
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
    if (node->content != nullptr) out.add_text(reinterpret_cast<const char*>(node->content));
    return;
  }
  if (node->type != XML_ELEMENT_NODE) return;
  std::string_view name = element_name(node);
  if (is_hidden_element(name)) return;
  bool block = is_block_element(name);
  if (block) out.end_block();
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    append_text(child, out);
  }
  if (block) out.end_block();
}

}  // namespace newsindex
