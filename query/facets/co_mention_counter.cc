#include "co_mention_counter.h"

#include <algorithm>
#include <bit>

namespace newsindex {

void PairCounts::grow() {
  std::vector<std::uint64_t> keys = std::move(keys_);
  std::vector<std::uint32_t> counts = std::move(counts_);
  const std::size_t capacity = std::max<std::size_t>(keys.size() * 2, 1024);
  keys_.assign(capacity, kEmpty);
  counts_.assign(capacity, 0);
  shift_ = 64 - static_cast<unsigned>(std::countr_zero(capacity));
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (keys[i] == kEmpty) continue;
    std::size_t at = slot(keys[i]);
    while (keys_[at] != kEmpty) at = (at + 1) & (capacity - 1);
    keys_[at] = keys[i];
    counts_[at] = counts[i];
  }
}

CoMentionCounter::CoMentionCounter(std::array<bool, 3> kinds,
                                   const schema::EntityResolution* resolution)
    : kinds_(kinds),
      resolution_(resolution != nullptr && !resolution->empty() ? resolution : nullptr) {}

std::uint32_t CoMentionCounter::node_of(std::size_t f, schema::Ordinal ordinal) {
  std::uint32_t* number = nullptr;
  if (ordinal >= schema::kFirstDefinedOrdinal) {
    number = &defined_numbers_[(std::uint64_t{f} << 32) | ordinal];
  } else {
    std::vector<std::uint32_t>& numbers = node_numbers_[f];
    if (ordinal >= numbers.size())
      numbers.resize(std::max<std::size_t>({std::size_t{ordinal} + 1, numbers.size() * 2, 1024}));
    number = &numbers[ordinal];
  }
  if (*number == 0) {
    const schema::NamedFacet facet = schema::kNamedFacets[f].facet;
    if (resolution_ != nullptr && resolution_->is_hidden({facet, ordinal})) {
      *number = kHiddenNode;
    } else {
      nodes_.push_back({facet, ordinal, 0});
      *number = static_cast<std::uint32_t>(nodes_.size());
    }
  }
  return *number == kHiddenNode ? kHiddenNode : *number - 1;
}

void CoMentionCounter::operator()(const Xapian::Document& document, double) {
  ++documents_;
  for (std::size_t f = 0; f < kinds_.size(); ++f) {
    std::vector<schema::Ordinal>& values = values_[f];
    values.clear();
    // A mapping's condition may name a facet that is not counted: every entity facet is read
    // when there is a resolution.
    if (!kinds_[f] && resolution_ == nullptr) continue;
    schema::for_each_number(document.get_value(schema::kNamedFacets[f].slot),
                            [&](schema::Ordinal ordinal) { values.push_back(ordinal); });
  }
  if (resolution_ != nullptr) resolution_->resolve_article(values_, resolved_);
  const schema::ArticleValues& counted = resolution_ != nullptr ? resolved_ : values_;
  in_article_.clear();
  for (std::size_t f = 0; f < kinds_.size(); ++f) {
    if (!kinds_[f]) continue;
    for (schema::Ordinal ordinal : counted[f]) {
      const std::uint32_t node = node_of(f, ordinal);
      if (node != kHiddenNode) in_article_.push_back(node);
    }
  }
  // Resolved values are distinct within a facet, and facets have distinct nodes: each pair of
  // the article is counted once.
  std::sort(in_article_.begin(), in_article_.end());
  for (std::size_t i = 0; i < in_article_.size(); ++i) {
    ++nodes_[in_article_[i]].articles;
    const std::uint64_t high = std::uint64_t{in_article_[i]} << 32;
    for (std::size_t j = i + 1; j < in_article_.size(); ++j) pairs_.add(high | in_article_[j]);
  }
}

}  // namespace newsindex
