#include "facet_counter.h"

#include <algorithm>
#include <vector>

namespace newsindex {
namespace {

// The hot path of faceting: look up by view, copy only the first time a value is seen.
template <typename Counts, typename Make>
auto& slot_for(Counts& counts, std::string_view key, Make make) {
  auto it = counts.find(key);
  if (it == counts.end()) it = counts.emplace(std::string(key), make()).first;
  return it->second;
}

std::uint32_t day_number(std::string_view value) {
  std::uint32_t number = 0;
  for (char c : value) {
    if (c < '0' || c > '9') return 0;
    number = number * 10 + static_cast<std::uint32_t>(c - '0');
  }
  return value.size() == 8 ? number : 0;
}

}  // namespace

void FacetCounter::operator()(const Xapian::Document& document, double) {
  ++documents_;
  bool inserted = false;
  const std::string value = document.get_value(schema::kFacetSlot);
  const schema::FacetFields fields = schema::parse_facet_fields(value);
  if (selection_.any_entity()) {
    std::string_view rest = fields.entities;
    schema::EntityFacetView record{};
    while (schema::next_entity_facet(rest, record)) {
      if (!selection_.entity(record.kind)) continue;
      CountTable<EntityTally>* counts = &entities_[schema::entity_kind_index(record.kind)];
      EntityTally& tally = counts->at(record.hash, inserted);
      if (inserted) {
        tally.offset = static_cast<std::uint32_t>(names_.size());
        tally.key_size = static_cast<std::uint32_t>(record.key.size());
        tally.display_size = static_cast<std::uint32_t>(record.display.size());
        names_.append(record.key);
        names_.append(record.display);
      }
      ++tally.count;
    }
  }
  if (selection_.published) {
    if (std::uint32_t day = day_number(fields.day)) {
      ++published_.at(day, inserted);
    }
  }
  if (selection_.mentioned) {
    // The same periods the indexer made terms of, each counted once per document, so that a
    // bucket's count is what its "mentions:" filter finds.
    periods_.clear();
    std::string_view rest = fields.mentioned;
    std::string_view date;
    while (schema::next_mentioned_date(rest, date)) {
      schema::PeriodCode found[3];
      std::size_t count = schema::mentioned_periods(date, found);
      periods_.insert(periods_.end(), found, found + count);
    }
    std::sort(periods_.begin(), periods_.end());
    periods_.erase(std::unique(periods_.begin(), periods_.end()), periods_.end());
    for (schema::PeriodCode period : periods_) ++mentioned_.at(period, inserted);
  }
  if (selection_.source) {
    if (!fields.source.empty()) ++slot_for(sources_, fields.source, [] { return std::size_t{0}; });
  }
  if (selection_.language) {
    if (!fields.language.empty()) {
      ++slot_for(languages_, fields.language, [] { return std::size_t{0}; });
    }
  }
}

}  // namespace newsindex
