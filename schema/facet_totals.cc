#include "facet_totals.h"

#include <algorithm>

#include "day_values.h"
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

// A list of (number, count) pairs, numbers ascending: how many, then per pair the number's gap
// from the one before and its count, all varints. `for_each(emit)` calls emit(number, count).
template <typename ForEach>
void put_pairs(std::string& out, std::size_t size, ForEach for_each) {
  put_varint(out, size);
  std::uint64_t previous = 0;
  for_each([&](std::uint64_t number, std::uint64_t count) {
    put_varint(out, number - previous);
    put_varint(out, count);
    previous = number;
  });
}

// Reads what put_pairs wrote, calling visit(number, count); false at damage or a number above
// `largest`.
template <typename Visit>
bool take_pairs(std::string_view& in, std::uint64_t largest, Visit visit) {
  std::uint64_t size = 0, number = 0, gap = 0, count = 0;
  if (!take_varint(in, size) || size > in.size()) return false;
  for (std::uint64_t i = 0; i < size; ++i) {
    if (!take_varint(in, gap) || !take_varint(in, count)) return false;
    number += gap;
    if (number > largest || count > 0xFFFFFFFFu) return false;
    visit(static_cast<std::uint32_t>(number), static_cast<std::uint32_t>(count));
  }
  return true;
}

template <typename Map>
void put_map(std::string& out, const Map& counts) {
  put_pairs(out, counts.size(), [&](auto emit) {
    for (const auto& [number, count] : counts) emit(number, count);
  });
}

template <typename Map>
bool take_map(std::string_view& in, Map& counts) {
  return take_pairs(in, 0xFFFFFFFFu,
                    [&](std::uint32_t number, std::uint32_t count) { counts[number] = count; });
}

}  // namespace

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
    const auto non_zero = static_cast<std::size_t>(
        std::count_if(counts.begin(), counts.end(), [](std::uint32_t n) { return n != 0; }));
    put_pairs(out, non_zero, [&](auto emit) {
      for (std::size_t ordinal = 0; ordinal < counts.size(); ++ordinal) {
        if (counts[ordinal] != 0) emit(ordinal, counts[ordinal]);
      }
    });
  }
  put_map(out, totals.published_days);
  put_map(out, totals.mentioned_periods);
  return out;
}

std::optional<FacetTotals> decode_facet_totals(std::string_view value) {
  FacetTotals totals;
  if (!take_varint(value, totals.articles)) return std::nullopt;
  for (std::vector<std::uint32_t>& counts : totals.named) {
    // Ordinals index an array: damage must not make it grow to billions of entries.
    const bool read =
        take_pairs(value, 0xFFFFFFFu, [&](std::uint32_t ordinal, std::uint32_t count) {
          if (ordinal >= counts.size()) counts.resize(std::size_t{ordinal} + 1);
          counts[ordinal] = count;
        });
    if (!read) return std::nullopt;
  }
  if (!take_map(value, totals.published_days) || !take_map(value, totals.mentioned_periods) ||
      !value.empty()) {
    return std::nullopt;
  }
  return totals;
}

std::uint64_t totals_digest(std::uint64_t previous, std::string_view value) {
  // A multiply-xorshift mix per 8 bytes read as little-endian, so that the digest is the same on
  // every platform; the length goes in too.
  std::uint64_t digest = previous ^ 0x9E3779B97F4A7C15ULL ^ value.size();
  auto mix = [&](std::uint64_t word) {
    digest ^= word;
    digest *= 0xBF58476D1CE4E5B9ULL;
    digest ^= digest >> 31;
  };
  std::size_t at = 0;
  for (; at + 8 <= value.size(); at += 8) {
    std::uint64_t word = 0;
    for (int i = 0; i < 8; ++i)
      word |= std::uint64_t{static_cast<unsigned char>(value[at + i])} << (8 * i);
    mix(word);
  }
  std::uint64_t tail = 0;
  for (int i = 0; at < value.size(); ++at, ++i)
    tail |= std::uint64_t{static_cast<unsigned char>(value[at])} << (8 * i);
  mix(tail);
  return digest == 0 ? 1 : digest;
}

}  // namespace newsindex::schema
