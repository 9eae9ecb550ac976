#include "facet_counter.h"

#include <algorithm>

namespace newsindex {

void OrdinalCounts::grow(std::vector<std::uint32_t>& counts, schema::Ordinal index) {
  // Doubling keeps growth rare; a broad search over a large archive meets most ordinals.
  counts.resize(std::max<std::size_t>({std::size_t{index} + 1, counts.size() * 2, 1024}));
}

void OrdinalCounts::add(schema::Ordinal ordinal, std::uint32_t count) {
  if (count == 0) return;
  std::vector<std::uint32_t>& counts = counts_for(ordinal);
  const schema::Ordinal index = slot_of(ordinal);
  if (index >= counts.size()) grow(counts, index);
  if (counts[index] == 0) seen_.push_back(ordinal);
  counts[index] += count;
}

void OrdinalCounts::remove(schema::Ordinal ordinal, std::uint32_t count) {
  std::vector<std::uint32_t>& counts = counts_for(ordinal);
  const schema::Ordinal index = slot_of(ordinal);
  if (index < counts.size()) counts[index] -= std::min(counts[index], count);
}

void OrdinalCounts::drop_repeats() {
  std::sort(seen_.begin(), seen_.end());
  seen_.erase(std::unique(seen_.begin(), seen_.end()), seen_.end());
}

namespace {

// The entity facets, whose names a resolution may map.
constexpr std::array<schema::NamedFacet, 3> kEntityFacets = {
    schema::NamedFacet::kPerson, schema::NamedFacet::kOrganisation, schema::NamedFacet::kPlace};

}  // namespace

FacetCounter::FacetCounter(FacetSelection selection, const schema::EntityResolution* resolution)
    : selection_(selection),
      resolution_(resolution != nullptr && !resolution->mappings().empty() ? resolution : nullptr) {
  for (const schema::NamedFacetInfo& info : schema::kNamedFacets) {
    if (selection_.named(info.facet)) {
      named_slots_.emplace_back(info.slot, schema::named_facet_index(info.facet));
    }
  }
}

void FacetCounter::count_totals(const schema::FacetTotals& totals, std::uint64_t digest,
                                const Xapian::Database& database) {
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
  const schema::TotalsCorrection* stored =
      resolution_ != nullptr && resolution_->totals_correction().digest == digest
          ? &resolution_->totals_correction()
          : nullptr;
  if (stored != nullptr) {
    // The changes the resolution makes to these very totals, kept with it.
    for (const schema::CountChange& change : stored->changes) {
      const std::size_t f = schema::named_facet_index(change.facet);
      if (!selection_.named(change.facet)) continue;
      if (change.delta > 0) {
        named_[f].add(change.ordinal, static_cast<std::uint32_t>(change.delta));
      } else {
        named_[f].remove(change.ordinal, static_cast<std::uint32_t>(-change.delta));
      }
    }
    for (OrdinalCounts& counts : named_) counts.drop_repeats();
  } else if (resolution_ != nullptr) {
    // The totals count every article for its names as extracted: the articles with a mapped
    // name are counted out of them and in again as resolved.
    std::vector<Xapian::Query> mapped;
    for (const schema::ValueMapping& mapping : resolution_->mappings()) {
      if (auto kind = schema::entity_kind_of(mapping.from.value.facet))
        mapped.emplace_back(schema::entity_term(*kind, mapping.from.name.key));
    }
    Xapian::Enquire enquire(database);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_OR, mapped.begin(), mapped.end()));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    enquire.set_docid_order(Xapian::Enquire::ASCENDING);
    Xapian::MSet all = enquire.get_mset(0, database.get_doccount());
    for (auto match = all.begin(); match != all.end(); ++match) {
      const Xapian::Document document = match.get_document();
      for (const auto& [slot, f] : named_slots_) {
        if (f > schema::named_facet_index(schema::NamedFacet::kPlace)) continue;
        schema::for_each_number(document.get_value(slot),
                                [&](schema::Ordinal ordinal) { named_[f].remove(ordinal, 1); });
      }
      count_resolved(document);
    }
    for (OrdinalCounts& counts : named_) counts.drop_repeats();
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

void FacetCounter::count_resolved(const Xapian::Document& document) {
  for (schema::NamedFacet facet : kEntityFacets) {
    const std::size_t f = schema::named_facet_index(facet);
    values_[f].clear();
    schema::for_each_number(document.get_value(schema::named_facet_info(facet).slot),
                            [&](schema::Ordinal ordinal) { values_[f].push_back(ordinal); });
  }
  resolution_->resolve_article(values_, resolved_);
  for (const auto& [slot, f] : named_slots_) {
    if (f > schema::named_facet_index(schema::NamedFacet::kPlace)) continue;
    for (schema::Ordinal ordinal : resolved_[f]) named_[f].add(ordinal);
  }
}

void FacetCounter::operator()(const Xapian::Document& document, double) {
  ++documents_;
  if (resolution_ != nullptr) count_resolved(document);
  for (const auto& [slot, f] : named_slots_) {
    if (resolution_ != nullptr && f <= schema::named_facet_index(schema::NamedFacet::kPlace))
      continue;
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
