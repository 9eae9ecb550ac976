#include "entity_lister.h"

#include <algorithm>

#include "facet_counter.h"
#include "facet_names.h"
#include "text_folder.h"

namespace newsindex {

EntityList EntityLister::list(const EntityListRequest& request) {
  TextFolder folder;
  const std::string pattern = folder.key(request.pattern);
  return reader_.read([&](const Xapian::Database& database) {
    const schema::NamedFacet facet = *schema::named_facet_of(request.kind);
    const schema::EntityResolution resolution = entity_resolution(database);
    FacetSelection selection{{false, false, false, false}, false, false, false, false};
    selection.entities[schema::entity_kind_index(request.kind)] = true;
    FacetCounter counter(selection, &resolution);
    if (auto totals = index_totals(database, reader_.layout())) {
      counter.count_totals(totals->totals, totals->digest, database);
    } else {
      Xapian::Enquire enquire(database);
      enquire.set_query(Xapian::Query::MatchAll);
      enquire.add_matchspy(&counter);
      (void)enquire.get_mset(0, 0, database.get_doccount());
    }
    const OrdinalCounts& counts = counter.named(facet);
    // Hidden values are listed too, marked: the list is for reviewing.
    const std::vector<schema::Ordinal> ranked =
        counts.ranked(counts.seen().size(), [](schema::Ordinal) { return false; });

    EntityList list;
    list.kind = request.kind;
    list.pattern = request.pattern;
    const std::size_t wanted = request.limit == 0 ? ranked.size() : request.limit;
    FacetNames names(database, reader_.layout(), &resolution);
    const std::string field(schema::entity_kind_info(request.kind).field);
    for (schema::Ordinal ordinal : ranked) {
      const schema::FacetName& name = names.find(facet, ordinal);
      if (!pattern.empty() && name.key.find(pattern) == std::string::npos) continue;
      ++list.matching;
      if (list.entities.size() >= wanted) continue;
      ListedEntity entity;
      entity.name = name.display;
      entity.filter = field + ":\"=" + name.display + "\"";
      entity.articles = counts.count(ordinal);
      entity.hidden = resolution.is_hidden({facet, ordinal});
      for (const schema::ValueMapping* mapping : resolution.mappings_to({facet, ordinal})) {
        const schema::EntityKind kind = *schema::entity_kind_of(mapping->from.value.facet);
        std::string variant = mapping->from.name.display;
        if (kind != request.kind)
          variant += " (" + std::string(schema::entity_kind_info(kind).field) + ")";
        if (mapping->when) variant += " with " + mapping->when->name.display;
        entity.variants.push_back(
            {variant, database.get_termfreq(schema::entity_term(kind, mapping->from.name.key)),
             mapping->reason});
      }
      list.entities.push_back(std::move(entity));
    }
    return list;
  });
}

}  // namespace newsindex
