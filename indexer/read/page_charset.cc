#include "page_charset.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "text_encoding.h"

namespace newsindex {
namespace {

// HTML says 1024 bytes; pages with long comments or scripts before their meta tag are common.
constexpr std::size_t kMetaScanBytes = 8192;

std::string lowercase(std::string_view text) {
  std::string lowered(text);
  for (char& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lowered;
}

// The value after "charset=" at `at` in `text`, up to a quote, space, ';' or '>'.
std::string value_after(std::string_view text, std::size_t at) {
  while (at < text.size() && (text[at] == ' ' || text[at] == '"' || text[at] == '\'')) ++at;
  std::size_t end = at;
  while (end < text.size() && text[end] != '"' && text[end] != '\'' && text[end] != ';' &&
         text[end] != '>' && text[end] != ' ' && text[end] != '/' && text[end] != '\n') {
    ++end;
  }
  return std::string(text.substr(at, end - at));
}

std::string meta_charset(std::string_view bytes) {
  std::string head = lowercase(bytes.substr(0, std::min(bytes.size(), kMetaScanBytes)));
  for (std::size_t meta = head.find("<meta"); meta != std::string::npos;
       meta = head.find("<meta", meta + 5)) {
    std::size_t end = head.find('>', meta);
    if (end == std::string::npos) break;
    std::string_view tag = std::string_view(head).substr(meta, end - meta);
    if (std::size_t at = tag.find("charset="); at != std::string_view::npos) {
      std::string value = value_after(tag, at + 8);
      if (!value.empty()) return value;
    }
  }
  return {};
}

std::optional<PageText> read_as(std::string_view bytes, const std::string& charset) {
  if (charset.empty()) return std::nullopt;
  std::string label = lowercase(charset);
  if ((label == "utf-8" || label == "utf8") && !first_invalid_utf8(bytes)) {
    return PageText{std::string(bytes), "UTF-8"};
  }
  if (std::optional<std::string> utf8 = convert_to_utf8(bytes, charset)) {
    return PageText{std::move(*utf8), charset};
  }
  return std::nullopt;
}

}  // namespace

std::string charset_parameter(std::string_view content_type) {
  std::string lowered = lowercase(content_type);
  std::size_t at = lowered.find("charset=");
  if (at == std::string::npos) return {};
  return value_after(content_type, at + 8);
}

PageText page_text(std::string_view bytes, std::string_view declared) {
  if (bytes.starts_with("\xEF\xBB\xBF")) return *read_as(bytes.substr(3), "UTF-8");
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    if (auto text = read_as(bytes, "UTF-16")) return std::move(*text);
  }
  if (auto text = read_as(bytes, std::string(declared))) return std::move(*text);
  if (auto text = read_as(bytes, meta_charset(bytes))) return std::move(*text);
  if (!first_invalid_utf8(bytes)) return PageText{std::string(bytes), "UTF-8"};
  if (std::optional<DecodedText> decoded = decode_legacy_charset(bytes)) {
    return PageText{std::move(decoded->utf8), decoded->charset};
  }
  return *read_as(bytes, "windows-1252");
}

}  // namespace newsindex
