#include "search_parameters.h"

#include <algorithm>

#include "schema.h"

namespace newsindex {

std::vector<std::string> facet_names() {
  std::vector<std::string> names;
  for (schema::EntityKind kind : schema::kFacetedEntityKinds)
    names.emplace_back(schema::entity_kind_info(kind).facet);
  for (std::string_view name : {schema::kPublishedFacet, schema::kMentionedFacet,
                                schema::kSourceField, schema::kLanguageField})
    names.emplace_back(name);
  return names;
}

std::optional<FacetOptions> facet_options(const SearchParameters& parameters) {
  if (parameters.no_facets) return std::nullopt;
  FacetOptions facets;
  auto wanted = [&](std::string_view name) {
    return std::find(parameters.facets.begin(), parameters.facets.end(), name) !=
           parameters.facets.end();
  };
  for (schema::EntityKind kind : schema::kFacetedEntityKinds) {
    facets.selection.entities[schema::entity_kind_index(kind)] =
        wanted(schema::entity_kind_info(kind).facet);
  }
  facets.selection.published = wanted(schema::kPublishedFacet);
  facets.selection.mentioned = wanted(schema::kMentionedFacet);
  facets.selection.source = wanted(schema::kSourceField);
  facets.selection.language = wanted(schema::kLanguageField);
  facets.limit = parameters.facet_limit;
  facets.order = parameters.facet_order;
  facets.by = parameters.by;
  return facets;
}

SearchRequest search_request(const SearchParameters& parameters) {
  SearchRequest request;
  request.query = parameters.query;
  request.offset = parameters.offset;
  request.limit = parameters.limit;
  request.sort = parameters.sort;
  if (request.query.find_first_not_of(' ') == std::string::npos &&
      parameters.sort == SortOrder::kRelevance) {
    request.sort = SortOrder::kNewest;
  }
  request.stem_language = parameters.stem_language;
  request.facets = facet_options(parameters);
  request.today = parameters.today;
  return request;
}

}  // namespace newsindex
