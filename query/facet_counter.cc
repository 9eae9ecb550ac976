#include "facet_counter.h"

#include <algorithm>
#include <vector>

namespace newsindex {
namespace {

void count_entity(CountsByKey& counts, std::string_view key, std::string_view display) {
  auto it = counts.find(key);
  if (it == counts.end()) it = counts.emplace(std::string(key), NamedCount{std::string(display), 0}).first;
  ++it->second.count;
}

}  // namespace

const CountsByKey& FacetCounter::entities(schema::EntityKind kind) const {
  switch (kind) {
    case schema::EntityKind::kPerson: return people_;
    case schema::EntityKind::kOrganisation: return organisations_;
    default: break;
  }
  return places_;
}

void FacetCounter::operator()(const Xapian::Document& document, double) {
  ++documents_;
  if (selection_.person || selection_.organisation || selection_.place) {
    std::string value = document.get_value(schema::kEntitiesSlot);
    for (const schema::DocumentEntity& entity : schema::decode_entities(value)) {
      switch (entity.kind) {
        case schema::EntityKind::kPerson:
          if (selection_.person) count_entity(people_, entity.key, entity.display);
          break;
        case schema::EntityKind::kOrganisation:
          if (selection_.organisation) count_entity(organisations_, entity.key, entity.display);
          break;
        case schema::EntityKind::kPlace:
          if (selection_.place) count_entity(places_, entity.key, entity.display);
          break;
        case schema::EntityKind::kMisc: break;
      }
    }
  }
  if (selection_.published) {
    std::string day = document.get_value(schema::kPublishedDaySlot);
    if (!day.empty()) ++published_[day];
  }
  if (selection_.mentioned) {
    // The same terms the indexer made from these values, each counted once per document, so
    // that a bucket's count is what its "mentions:" filter finds.
    std::string dates = document.get_value(schema::kMentionedDatesSlot);
    std::vector<std::string> terms;
    for (std::size_t at = 0; at < dates.size();) {
      std::size_t end = std::min(dates.find(' ', at), dates.size());
      for (std::string& term : schema::mentioned_date_terms(std::string_view(dates).substr(at, end - at))) {
        terms.push_back(std::move(term));
      }
      at = end + 1;
    }
    std::sort(terms.begin(), terms.end());
    terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
    for (const std::string& term : terms) ++mentioned_[term];
  }
  if (selection_.source) {
    std::string source = document.get_value(schema::kSourceSlot);
    if (!source.empty()) ++sources_[source];
  }
  if (selection_.language) {
    std::string language = document.get_value(schema::kLanguageSlot);
    if (!language.empty()) ++languages_[language];
  }
}

}  // namespace newsindex
