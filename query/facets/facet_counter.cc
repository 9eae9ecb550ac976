#include "facet_counter.h"

#include <algorithm>
#include <string>

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
  if (counts[index] == 0 && !counted_out(ordinal)) seen_.push_back(ordinal);
  counts[index] += count;
}

void OrdinalCounts::remove(schema::Ordinal ordinal, std::uint32_t count) {
  std::vector<std::uint32_t>& counts = counts_for(ordinal);
  const schema::Ordinal index = slot_of(ordinal);
  if (index >= counts.size() || counts[index] == 0) return;
  counts[index] -= std::min(counts[index], count);
  if (counts[index] == 0) counted_out_.insert(ordinal);
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
  if (resolution_ == nullptr) return;
  for (const schema::ValueMapping& mapping : resolution_->mappings()) {
    const schema::FacetValueRef from = mapping.from.value;
    const schema::FacetValueRef to = mapping.to.value;
    const std::size_t f = schema::named_facet_index(from.facet);
    if (f >= mappings_.size() || from.ordinal >= schema::kFirstDefinedOrdinal) continue;
    FacetMappings& facet = mappings_[f];
    if (from.ordinal >= facet.kind.size())
      facet.kind.resize(std::size_t{from.ordinal} + 1, kNotMapped);
    if (mapping.when || to.facet != from.facet || facet.kind[from.ordinal] != kNotMapped) {
      facet.kind[from.ordinal] = kComplex;
      any_complex_ = true;
      continue;
    }
    facet.kind[from.ordinal] = kSimple;
    facet.simple_target[from.ordinal] = to.ordinal;
    if (to.ordinal < schema::kFirstDefinedOrdinal) {
      if (to.ordinal >= facet.is_target.size()) facet.is_target.resize(std::size_t{to.ordinal} + 1);
      facet.is_target[to.ordinal] = 1;
    }
  }
}

bool FacetCounter::needs_full_resolution(const Xapian::Document& document) const {
  for (std::size_t f = 0; f < mappings_.size(); ++f) {
    const std::vector<std::uint8_t>& kind = mappings_[f].kind;
    if (kind.empty()) continue;
    bool complex = false;
    schema::for_each_number(
        document.get_value(schema::kNamedFacets[f].slot), [&](schema::Ordinal ordinal) {
          complex = complex || (ordinal < kind.size() && kind[ordinal] == kComplex);
        });
    if (complex) return true;
  }
  return false;
}

void FacetCounter::count_simply(const std::string& stored, std::size_t f) {
  OrdinalCounts& counts = named_[f];
  const FacetMappings& facet = mappings_[f];
  targets_in_article_.clear();
  // A value that mappings lead to counts once however many of the article's names lead there.
  auto count_target = [&](schema::Ordinal target) {
    if (std::find(targets_in_article_.begin(), targets_in_article_.end(), target) !=
        targets_in_article_.end()) {
      return;
    }
    targets_in_article_.push_back(target);
    counts.add(target);
  };
  schema::for_each_number(stored, [&](schema::Ordinal ordinal) {
    const std::uint8_t kind =
        ordinal < facet.kind.size() ? facet.kind[ordinal] : std::uint8_t{kNotMapped};
    if (kind == kSimple) {
      count_target(facet.simple_target.at(ordinal));
    } else if (ordinal < facet.is_target.size() && facet.is_target[ordinal] != 0) {
      count_target(ordinal);
    } else {
      counts.add(ordinal);
    }
  });
}

void FacetCounter::count_totals(const schema::FacetTotals& totals, std::uint64_t digest,
                                const Xapian::Database& database) {
  from_totals_ = true;
  documents_ = totals.articles;
  for (const auto& [slot, f] : named_slots_) {
    const std::vector<std::uint32_t>& counts = totals.named[f];
    for (std::size_t ordinal = 0; ordinal < counts.size(); ++ordinal) {
      named_[f].add(static_cast<schema::Ordinal>(ordinal), counts[ordinal]);
    }
  }
  if (resolution_ != nullptr) {
    // The totals count names as extracted. The changes the resolution makes to them are kept
    // with it for the totals it was made from; other totals are corrected by reading the
    // articles with a mapped name.
    const bool kept = resolution_->totals_correction().digest == digest;
    const std::vector<schema::CountChange> read =
        kept ? std::vector<schema::CountChange>{} : schema::count_changes(*resolution_, database);
    for (const schema::CountChange& change :
         kept ? resolution_->totals_correction().changes : read) {
      if (!selection_.named(change.facet)) continue;
      OrdinalCounts& counts = named_[schema::named_facet_index(change.facet)];
      if (change.delta > 0) {
        counts.add(change.ordinal, static_cast<std::uint32_t>(change.delta));
      } else {
        counts.remove(change.ordinal, static_cast<std::uint32_t>(-change.delta));
      }
    }
  }
  bool inserted = false;
  if (selection_.published) {
    for (const auto& [day, count] : totals.published_days) published_.at(day, inserted) += count;
  }
  if (selection_.mentioned) {
    for (const auto& [period, count] : totals.mentioned_periods) {
      mentioned_.at(period, inserted) += count;
    }
  }
}

void FacetCounter::correct(const Xapian::Document& document) {
  for (schema::NamedFacet facet : kEntityFacets) {
    std::vector<schema::Ordinal>& values = values_[schema::named_facet_index(facet)];
    values.clear();
    schema::for_each_number(document.get_value(schema::named_facet_info(facet).slot),
                            [&](schema::Ordinal ordinal) { values.push_back(ordinal); });
  }
  resolution_->resolve_article(values_, resolved_);
  for (const auto& [slot, f] : named_slots_) {
    if (f > schema::named_facet_index(schema::NamedFacet::kPlace)) continue;
    // Only what changes: both lists are sorted.
    const std::vector<schema::Ordinal>& was = values_[f];
    const std::vector<schema::Ordinal>& is = resolved_[f];
    for (schema::Ordinal ordinal : was) {
      if (!std::binary_search(is.begin(), is.end(), ordinal)) named_[f].remove(ordinal, 1);
    }
    for (schema::Ordinal ordinal : is) {
      if (!std::binary_search(was.begin(), was.end(), ordinal)) named_[f].add(ordinal);
    }
  }
}

void FacetCounter::operator()(const Xapian::Document& document, double) {
  ++documents_;
  // Unconditional mappings within a facet (the archive's rule, merges, renames) are applied as
  // the names are read; an article with a conditional mapping or a change of type is counted as
  // extracted and then corrected.
  const bool full = resolution_ != nullptr && any_complex_ && needs_full_resolution(document);
  for (const auto& [slot, f] : named_slots_) {
    if (resolution_ != nullptr && !full && f < mappings_.size() && !mappings_[f].kind.empty()) {
      count_simply(document.get_value(slot), f);
      continue;
    }
    OrdinalCounts& counts = named_[f];
    schema::for_each_number(document.get_value(slot),
                            [&](schema::Ordinal ordinal) { counts.add(ordinal); });
  }
  if (full) correct(document);
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
