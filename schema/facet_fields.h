// The value in kFacetSlot: everything facets count and hits show, in one value so that counting
// reads one value per article.
#pragma once

#include <string>
#include <string_view>

namespace newsindex::schema {

// The parts of the kFacetSlot value, viewed in place.
struct FacetFields {
  std::string_view day;        // "YYYYMMDD" or empty
  std::string_view source;     // as written ("Baltic Wire")
  std::string_view language;   // "en"
  std::string_view mentioned;  // encode_mentioned_dates()
  std::string_view entities;   // encode_entity_facets()
};
[[nodiscard]] std::string encode_facet_fields(const FacetFields& fields);
// Missing parts are left empty.
[[nodiscard]] FacetFields parse_facet_fields(std::string_view value);

}  // namespace newsindex::schema
