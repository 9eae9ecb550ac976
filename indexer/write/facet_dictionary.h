// Numbers the values of the named facets of one index (schema/named_facets.h): one numbering for
// all its shards, in the order values first reach it, so that an archive indexed again with
// another number of threads or shards gets the same ordinals.
#pragma once

#include <xapian.h>

#include <array>
#include <string>
#include <unordered_map>
#include <vector>

#include "document_builder.h"
#include "schema.h"

namespace newsindex {

// Not thread-safe: in a run, the one thread that sees every article in input order numbers them.
class FacetDictionary {
 public:
  // Reads the ordinals every shard already gave names to.
  explicit FacetDictionary(const std::vector<Xapian::WritableDatabase>& shards);

  // Gives each facet name of `built` its ordinal (the next free one for a value the index has not
  // met) and adds the article's ordinal slots to its document.
  void number(ArticleDocument& built);

  // Values numbered so far in `facet`.
  [[nodiscard]] std::size_t size(schema::NamedFacet facet) const {
    return ordinals_[schema::named_facet_index(facet)].size();
  }

 private:
  std::array<std::unordered_map<std::string, schema::Ordinal>, schema::kNamedFacets.size()>
      ordinals_;
  std::array<schema::Ordinal, schema::kNamedFacets.size()> next_{};
};

}  // namespace newsindex
