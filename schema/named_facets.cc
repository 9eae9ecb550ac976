#include "named_facets.h"

#include <cstdio>

namespace newsindex::schema {
namespace {

constexpr std::string_view kFacetNamePrefix = "newsindex.facet_name.";
constexpr char kNameSeparator = '\x1f';  // never in a folded key

}  // namespace

std::string facet_name_key(NamedFacet facet, Ordinal ordinal) {
  // Fixed-width hexadecimal, so that metadata order is ordinal order.
  char digits[9];
  std::snprintf(digits, sizeof digits, "%08x", ordinal);
  std::string key(kFacetNamePrefix);
  key.push_back(named_facet_info(facet).code);
  key.append(digits, 8);
  return key;
}

std::string_view facet_name_key_prefix() {
  return kFacetNamePrefix;
}

std::optional<std::pair<NamedFacet, Ordinal>> parse_facet_name_key(std::string_view key) {
  if (!key.starts_with(kFacetNamePrefix) || key.size() != kFacetNamePrefix.size() + 9) {
    return std::nullopt;
  }
  key.remove_prefix(kFacetNamePrefix.size());
  std::optional<NamedFacet> facet;
  for (const NamedFacetInfo& info : kNamedFacets) {
    if (info.code == key[0]) facet = info.facet;
  }
  if (!facet) return std::nullopt;
  Ordinal ordinal = 0;
  for (char c : key.substr(1)) {
    unsigned digit = 0;
    if (c >= '0' && c <= '9') {
      digit = static_cast<unsigned>(c - '0');
    } else if (c >= 'a' && c <= 'f') {
      digit = static_cast<unsigned>(c - 'a' + 10);
    } else {
      return std::nullopt;
    }
    ordinal = ordinal * 16 + digit;
  }
  return std::pair{*facet, ordinal};
}

std::string encode_facet_name(const FacetName& name) {
  return name.key + kNameSeparator + name.display;
}

std::optional<FacetName> decode_facet_name(std::string_view value) {
  std::size_t separator = value.find(kNameSeparator);
  if (separator == std::string_view::npos) return std::nullopt;
  return FacetName{std::string(value.substr(0, separator)),
                   std::string(value.substr(separator + 1))};
}

}  // namespace newsindex::schema
