// The entities of a hit as the index resolves them (schema/entity_resolution.h): "Volcker" shown as
// "Paul Volcker" when that is what the article counts for, so that a hit or an exported row names
// the values its facets count and its filters select.
#pragma once

#include <xapian.h>

#include <array>
#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "schema.h"

namespace newsindex {

class HitEntityResolver {
 public:
  // `resolution` must outlive this object.
  explicit HitEntityResolver(const schema::EntityResolution& resolution);

  // Replaces each entity of `document` by the value it counts as, merges those that count as one
  // (their mentions added), most mentioned first again, and leaves out hidden values (as facet
  // lists and "newsquery show" do). Entities no mapping starts at, and Misc entities, stay.
  void resolve(std::vector<schema::DocumentEntity>& entities,
               const Xapian::Document& document) const;

 private:
  const schema::EntityResolution& resolution_;
  // Per named facet: the keys of the values some mapping starts at. The table's own lookups scan
  // it, which a million exported rows cannot afford.
  std::array<std::unordered_map<std::string, schema::Ordinal>, schema::kNamedFacets.size()>
      mapped_from_;
  std::map<schema::FacetValueRef, schema::FacetName> targets_;
  // Per named facet: the keys of hidden values.
  std::array<std::unordered_set<std::string>, schema::kNamedFacets.size()> hidden_;
};

}  // namespace newsindex
