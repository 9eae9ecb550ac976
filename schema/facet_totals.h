// What the facets of a search of every article would count, kept per shard: the writer updates it
// with every article it adds, replaces or deletes and stores it in the shard's metadata in the
// same commit, so that a summary of the whole archive (newsquery stats, a search with no query)
// reads one value per shard instead of every article.
#pragma once

#include <xapian.h>

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mentioned_dates.h"
#include "named_facets.h"

namespace newsindex::schema {

// What one article adds to the facets: its publication day (YYYYMMDD as a number, 0 for none), the
// periods it mentions and its ordinals per named facet, each set sorted and without repeats.
struct DocumentFacets {
  std::uint32_t published_day = 0;
  std::vector<PeriodCode> mentioned_periods;
  std::array<std::vector<Ordinal>, kNamedFacets.size()> ordinals;
};
// Reads them from the document's slots.
[[nodiscard]] DocumentFacets read_document_facets(const Xapian::Document& document);

struct FacetTotals {
  std::uint64_t articles = 0;
  // By named_facet_index(), then by ordinal: how many articles have the value.
  std::array<std::vector<std::uint32_t>, kNamedFacets.size()> named;
  std::map<std::uint32_t, std::uint32_t> published_days;  // YYYYMMDD -> articles
  std::map<PeriodCode, std::uint32_t> mentioned_periods;  // period -> articles mentioning it

  // Counts an article in (sign +1) or out (sign -1).
  void count(const DocumentFacets& article, int sign);
  // Adds another shard's totals.
  void add(const FacetTotals& other);
  friend bool operator==(const FacetTotals&, const FacetTotals&) = default;
};

// The metadata key each shard keeps its totals under.
[[nodiscard]] std::string facet_totals_key();
[[nodiscard]] std::string encode_facet_totals(const FacetTotals& totals);
// nullopt for a damaged value.
[[nodiscard]] std::optional<FacetTotals> decode_facet_totals(std::string_view value);

// A digest of the stored totals of an index's shards: `previous` is the digest of the shards
// before this one (0 for the first), `value` this shard's stored value. Never 0. Eight bytes at a
// time, because a search of every article computes it and an archive's totals run to megabytes.
[[nodiscard]] std::uint64_t totals_digest(std::uint64_t previous, std::string_view value);

}  // namespace newsindex::schema
