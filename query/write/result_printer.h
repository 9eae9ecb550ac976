// Prints search results for people (aligned columns, highlighted snippets) and for programs
// (versioned JSON, documented in README.md).
#pragma once

#include <ostream>

#include "entity_profile.h"
#include "searcher.h"

namespace newsindex {

// Version of the JSON documents newsquery prints. Bump it when a field changes meaning or goes
// away; adding a field does not need a bump.
inline constexpr int kJsonFormatVersion = 1;

struct HumanStyle {
  bool colour = false;
  std::size_t columns = 100;
};

void print_human(const SearchResult& result, const HumanStyle& style, std::ostream& out);
void print_json(const SearchResult& result, std::ostream& out);
void print_facets(const FacetReport& report, const HumanStyle& style, std::ostream& out);
void print_profile_human(const EntityProfile& profile, const HumanStyle& style, std::ostream& out);
void print_profile_json(const EntityProfile& profile, std::ostream& out);

[[nodiscard]] const char* sort_order_name(SortOrder sort);

}  // namespace newsindex
