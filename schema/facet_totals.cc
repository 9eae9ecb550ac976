#include "facet_totals.h"

#include "number_sets.h"
#include "slots.h"

namespace newsindex::schema {
namespace {

// Adds `sign` to a count that never goes below zero: removing an article counted out already
// would be damage, and a wrapped count would show as four billion.
void adjust(std::uint32_t& count, int sign) {
  if (sign > 0) {
    ++count;
  } else if (count > 0) {
    --count;
  }
}

template <typename Map>
void adjust_in(Map& counts, typename Map::key_type key, int sign) {
  auto& count = counts[key];
  adjust(count, sign);
  if (count == 0) counts.erase(key);
}

template <typename Map>
void put_map(std::string& out, const Map& counts) {
  put_varint(out, counts.size());
  std::uint32_t previous = 0;
  for (const auto& [key, count] : counts) {
    put_varint(out, key - previous);
    put_varint(out, count);
    previous = key;
  }
}

template <typename Map>
bool take_map(std::string_view& in, Map& counts) {
  std::uint64_t size = 0, key = 0, gap = 0, count = 0;
  if (!take_varint(in, size) || size > in.size()) return false;
  for (std::uint64_t i = 0; i < size; ++i) {
    if (!take_varint(in, gap) || !take_varint(in, count)) return false;
    key += gap;
    if (key > 0xFFFFFFFFu || count > 0xFFFFFFFFu) return false;
    counts[static_cast<std::uint32_t>(key)] = static_cast<std::uint32_t>(count);
  }
  return true;
}

}  // namespace

std::uint32_t day_number(std::string_view day_value) {
  if (day_value.size() != 8) return 0;
  std::uint32_t number = 0;
  for (char c : day_value) {
    if (c < '0' || c > '9') return 0;
    number = number * 10 + static_cast<std::uint32_t>(c - '0');
  }
  return number;
}

DocumentFacets read_document_facets(const Xapian::Document& document) {
  DocumentFacets facets;
  facets.published_day = day_number(document.get_value(kPublishedDaySlot));
  facets.mentioned_periods = decode_number_set(document.get_value(kMentionedPeriodsSlot));
  for (const NamedFacetInfo& info : kNamedFacets) {
    facets.ordinals[named_facet_index(info.facet)] =
        decode_number_set(document.get_value(info.slot));
  }
  return facets;
}

void FacetTotals::count(const DocumentFacets& article, int sign) {
  if (sign > 0) {
    ++articles;
  } else if (articles > 0) {
    --articles;
  }
  for (std::size_t f = 0; f < named.size(); ++f) {
    for (Ordinal ordinal : article.ordinals[f]) {
      if (ordinal >= named[f].size()) named[f].resize(ordinal + 1);
      adjust(named[f][ordinal], sign);
    }
  }
  if (article.published_day != 0) adjust_in(published_days, article.published_day, sign);
  for (PeriodCode period : article.mentioned_periods) adjust_in(mentioned_periods, period, sign);
}

void FacetTotals::add(const FacetTotals& other) {
  articles += other.articles;
  for (std::size_t f = 0; f < named.size(); ++f) {
    if (named[f].size() < other.named[f].size()) named[f].resize(other.named[f].size());
    for (std::size_t ordinal = 0; ordinal < other.named[f].size(); ++ordinal) {
      named[f][ordinal] += other.named[f][ordinal];
    }
  }
  for (const auto& [day, count] : other.published_days) published_days[day] += count;
  for (const auto& [period, count] : other.mentioned_periods) mentioned_periods[period] += count;
}

std::string facet_totals_key() {
  return "newsindex.facet_totals";
}

std::string encode_facet_totals(const FacetTotals& totals) {
  // articles | per named facet: count of non-zero values, then (ordinal gap, count) pairs |
  // published days as (gap, count) pairs | mentioned periods likewise. All varints.
  std::string out;
  put_varint(out, totals.articles);
  for (const std::vector<std::uint32_t>& counts : totals.named) {
    std::size_t non_zero = 0;
    for (std::uint32_t count : counts) non_zero += count != 0 ? 1 : 0;
    put_varint(out, non_zero);
    std::size_t previous = 0;
    for (std::size_t ordinal = 0; ordinal < counts.size(); ++ordinal) {
      if (counts[ordinal] == 0) continue;
      put_varint(out, ordinal - previous);
      put_varint(out, counts[ordinal]);
      previous = ordinal;
    }
  }
  put_map(out, totals.published_days);
  put_map(out, totals.mentioned_periods);
  return out;
}

std::optional<FacetTotals> decode_facet_totals(std::string_view value) {
  FacetTotals totals;
  if (!take_varint(value, totals.articles)) return std::nullopt;
  for (std::vector<std::uint32_t>& counts : totals.named) {
    std::uint64_t size = 0, ordinal = 0, gap = 0, count = 0;
    if (!take_varint(value, size) || size > value.size()) return std::nullopt;
    for (std::uint64_t i = 0; i < size; ++i) {
      if (!take_varint(value, gap) || !take_varint(value, count)) return std::nullopt;
      ordinal += gap;
      if (ordinal > 0xFFFFFFFu || count > 0xFFFFFFFFu) return std::nullopt;
      if (ordinal >= counts.size()) counts.resize(ordinal + 1);
      counts[ordinal] = static_cast<std::uint32_t>(count);
    }
  }
  if (!take_map(value, totals.published_days) || !take_map(value, totals.mentioned_periods) ||
      !value.empty()) {
    return std::nullopt;
  }
  return totals;
}

}  // namespace newsindex::schema
