// Multilingual names of places (from ICU locale data) plus the project's small curated lists,
// matched as token sequences.  The tagger uses the matches as features; the indexer can also call
// find_places() on text in any language.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "flat_hash_map.h"
#include "tokenizer.h"

namespace newsindex::ner {

enum GazetteerCategory : std::uint16_t {
  kGazCountry = 1 << 0,
  kGazRegion = 1 << 1,  // continents, sub-continents, US states
  kGazCity = 1 << 2,
  kGazDemonym = 1 << 3,
  kGazOrganisation = 1 << 4,
  kGazPersonTitle = 1 << 5,
  kGazStrongOrgSuffix = 1 << 6,
  kGazWeakOrgSuffix = 1 << 7,
  kGazCalendar = 1 << 8,  // month and weekday names
  kGazCode = 1 << 9,      // ISO currency codes and time-zone abbreviations ("USD", "UTC")
};
constexpr std::uint16_t kGazPlaces = kGazCountry | kGazRegion | kGazCity;
constexpr int kGazCategoryCount = 10;

// Longest gazetteer match covering one token.  position: 0 none, 1 begin, 2 inside, 3 last, 4 unit.
struct GazetteerMark {
  std::uint16_t categories = 0;
  std::uint8_t position = 0;
};

struct PlaceMatch {
  std::size_t begin, end;  // UTF-8 byte offsets
  std::uint16_t categories;
};

class Gazetteer {
 public:
  static constexpr std::size_t kMaxNameTokens = 7;

  // Country and region names in many display languages, time-zone exemplar cities, calendar words,
  // and the curated lists.
  static Gazetteer from_icu();

  // Word hashes must come from hash_bytes() of the normalised lower-case form (word_forms.h).
  static std::uint64_t start_key() noexcept { return 0x51ED270B27A1F00DULL; }
  static std::uint64_t extend_key(std::uint64_t key, std::uint64_t word_hash) noexcept;

  [[nodiscard]] std::uint16_t categories_of(std::uint64_t key) const noexcept;
  // The categories of a name given as text ("New York", "st. louis"), read word by word as add()
  // reads a name; 0 when it is not listed.
  [[nodiscard]] std::uint16_t categories_of_name(std::string_view name) const;
  // Whether the one-word entry for this word was only ever added in capitals ("UN", "ING", "WHO"):
  // "Un", "Ing" and "Who" are not that name.
  [[nodiscard]] bool acronym_only(std::uint64_t word_hash) const noexcept;

  // Greedy longest match, left to right.  Matches may only start where may_start[i] is true.
  void annotate(std::span<const std::uint64_t> word_hashes, std::span<const std::uint8_t> may_start,
                std::span<GazetteerMark> out) const;

  [[nodiscard]] std::vector<PlaceMatch> find_places(std::string_view utf8_text) const;

  [[nodiscard]] std::size_t size() const noexcept { return names_; }

  void add(std::string_view name, std::uint16_t categories);

 private:
  // The key of each leading run of the name's words ("new", "new york"), into `keys`; none when
  // the name has no words or more than kMaxNameTokens.
  void prefix_keys(std::string_view name, std::vector<Token>& tokens, std::string& lower,
                   std::vector<std::uint64_t>& keys) const;

  // Values: category bits, plus kPrefixBit when a longer name continues from this key.
  static constexpr std::uint32_t kPrefixBit = 1u << 16;
  static constexpr std::uint32_t kAcronymBit = 1u << 17;  // one-word entry added only in capitals
  FlatHashMap<std::uint32_t> entries_{8192};
  Tokenizer tokenizer_;
  std::vector<Token> scratch_tokens_;
  std::string scratch_;
  std::vector<std::uint64_t> scratch_keys_;
  std::size_t names_ = 0;
};

}  // namespace newsindex::ner
