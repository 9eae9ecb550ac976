#include "facet_counter.h"

#include <algorithm>

namespace newsindex {

void OrdinalCounts::grow(schema::Ordinal ordinal) {
  // Doubling keeps growth rare; a broad search over a large archive meets most ordinals.
  counts_.resize(std::max<std::size_t>({std::size_t{ordinal} + 1, counts_.size() * 2, 1024}));
}

void OrdinalCounts::add(schema::Ordinal ordinal, std::uint32_t count) {
  if (count == 0) return;
  if (ordinal >= counts_.size()) grow(ordinal);
  if (counts_[ordinal] == 0) seen_.push_back(ordinal);
  counts_[ordinal] += count;
}

FacetCounter::FacetCounter(FacetSelection selection) : selection_(selection) {
  for (const schema::NamedFacetInfo& info : schema::kNamedFacets) {
    if (selection_.named(info.facet)) {
      named_slots_.emplace_back(info.slot, schema::named_facet_index(info.facet));
    }
  }
}

void FacetCounter::count_totals(const schema::FacetTotals& totals) {
  FacetCounter& counter = *this;
  const FacetSelection& selection = selection_;
  counter.from_totals_ = true;
  counter.documents_ = totals.articles;
  for (const auto& [slot, f] : counter.named_slots_) {
    const std::vector<std::uint32_t>& counts = totals.named[f];
    for (std::size_t ordinal = 0; ordinal < counts.size(); ++ordinal) {
      counter.named_[f].add(static_cast<schema::Ordinal>(ordinal), counts[ordinal]);
    }
  }
  bool inserted = false;
  if (selection.published) {
    for (const auto& [day, count] : totals.published_days) {
      counter.published_.at(day, inserted) += count;
    }
  }
  if (selection.mentioned) {
    for (const auto& [period, count] : totals.mentioned_periods) {
      counter.mentioned_.at(period, inserted) += count;
    }
  }
}

void FacetCounter::operator()(const Xapian::Document& document, double) {
  ++documents_;
  for (const auto& [slot, f] : named_slots_) {
    OrdinalCounts& counts = named_[f];
    schema::for_each_number(document.get_value(slot),
                            [&](schema::Ordinal ordinal) { counts.add(ordinal); });
  }
  bool inserted = false;
  if (selection_.published) {
    if (std::uint32_t day = schema::day_number(document.get_value(schema::kPublishedDaySlot))) {
      ++published_.at(day, inserted);
    }
  }
  if (selection_.mentioned) {
    // The indexer stored exactly the periods it made "mentions:" terms of, once each.
    schema::for_each_number(document.get_value(schema::kMentionedPeriodsSlot),
                            [&](schema::PeriodCode period) { ++mentioned_.at(period, inserted); });
  }
}

}  // namespace newsindex
