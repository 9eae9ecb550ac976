#include "named_facets.h"

namespace newsindex::schema {
namespace {

// Short, because an archive of OCR pages has hundreds of thousands of names per shard: the
// facet's code and the ordinal as 4 bytes, big-endian so that metadata order is ordinal order.
constexpr std::string_view kFacetNamePrefix = "fn:";
constexpr char kNameSeparator = '\x1f';  // never in a folded key

}  // namespace

std::string facet_name_key(NamedFacet facet, Ordinal ordinal) {
  std::string key(kFacetNamePrefix);
  key.push_back(named_facet_info(facet).code);
  for (int shift = 24; shift >= 0; shift -= 8) key.push_back(static_cast<char>(ordinal >> shift));
  return key;
}

std::string_view facet_name_key_prefix() {
  return kFacetNamePrefix;
}

std::optional<std::pair<NamedFacet, Ordinal>> parse_facet_name_key(std::string_view key) {
  if (!key.starts_with(kFacetNamePrefix) || key.size() != kFacetNamePrefix.size() + 5) {
    return std::nullopt;
  }
  key.remove_prefix(kFacetNamePrefix.size());
  std::optional<NamedFacet> facet;
  for (const NamedFacetInfo& info : kNamedFacets) {
    if (info.code == key[0]) facet = info.facet;
  }
  if (!facet) return std::nullopt;
  Ordinal ordinal = 0;
  for (char c : key.substr(1)) ordinal = (ordinal << 8) | static_cast<unsigned char>(c);
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
