// Which facet value each extracted name counts as, decided after indexing and applied when
// counting and filtering, so that no article is indexed again when a decision changes.
//
// Articles keep the ordinals of the names as extracted (named_facets.h). A resolution maps a
// value to another one (the archive rule: "Volcker" is "Paul Volcker"; a user's merge, rename or
// change of type), or, for articles that also have a given value, to another one (a user's split
// by context); it may hide values from facet lists, and it names the values that users made up
// (a rename to a name the index has never met). Counting and filtering read the same table:
// an article counts for value V exactly when it has a name that resolves to V, and the filter of
// V selects exactly those articles (filter_branches()). Facet counts therefore stay exact.
//
// The table is written whole by the indexer (after every run and by "newsindex curate") into the
// metadata of the index's first shard. An index without one resolves nothing.
#pragma once

#include <xapian.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "named_facets.h"

namespace newsindex::schema {

// A value of a named facet. Ordinals from kFirstDefinedOrdinal up are values the table itself
// defines (defined_names()); below are the index's own (named_facets.h).
struct FacetValueRef {
  NamedFacet facet = NamedFacet::kPerson;
  Ordinal ordinal = 0;
  friend auto operator<=>(const FacetValueRef&, const FacetValueRef&) = default;
};
inline constexpr Ordinal kFirstDefinedOrdinal = 0x80000000u;

// A value with its key and name, so that filters need no lookup of names.
struct NamedValue {
  FacetValueRef value;
  FacetName name;
  friend bool operator==(const NamedValue&, const NamedValue&) = default;
};

// One mapping: articles with `from` (and, when `when` is set, with that value too) count for `to`.
struct ValueMapping {
  NamedValue from;
  NamedValue to;
  std::optional<NamedValue> when;
  // Why, for people to check and undo: "curation line 4", or the archive rule's evidence.
  std::string reason;
  friend bool operator==(const ValueMapping&, const ValueMapping&) = default;
};

// How the resolution changes the index's totals (facet_totals.h), which count every article for
// its names as extracted: articles to add to (or take from) each value's count. Kept with the
// table for the totals it was computed from (their digest, totals_digest()), so that a search of
// every article reads it instead of the articles with a resolved name; other totals are
// corrected by reading those articles.
struct CountChange {
  NamedFacet facet = NamedFacet::kPerson;
  Ordinal ordinal = 0;
  std::int64_t delta = 0;
  friend bool operator==(const CountChange&, const CountChange&) = default;
};
struct TotalsCorrection {
  std::uint64_t digest = 0;  // 0: none
  std::vector<CountChange> changes;
  friend bool operator==(const TotalsCorrection&, const TotalsCorrection&) = default;
};

// The named facets' values of one article, by named_facet_index(), each sorted.
using ArticleValues = std::array<std::vector<Ordinal>, kNamedFacets.size()>;

// One way an article is selected by a value's filter: it has the term of `name` (of kind
// `facet`), has every value of `with` and none of `without`.
struct FilterBranch {
  NamedValue name;
  std::vector<NamedValue> with;
  std::vector<NamedValue> without;
};

class EntityResolution {
 public:
  EntityResolution() = default;
  // `mappings`: conditional mappings of a value come before its unconditional one, and are tried
  // in order; every `to` is final (no mapping has it as its unconditional `from`). `hidden`:
  // values left out of facet lists. `defined`: the names of defined values.
  EntityResolution(std::vector<ValueMapping> mappings, std::vector<NamedValue> hidden,
                   std::vector<NamedValue> defined);

  [[nodiscard]] bool empty() const { return mappings_.empty() && hidden_.empty(); }
  [[nodiscard]] const std::vector<ValueMapping>& mappings() const { return mappings_; }
  [[nodiscard]] const std::vector<NamedValue>& hidden() const { return hidden_; }
  [[nodiscard]] const std::vector<NamedValue>& defined_names() const { return defined_; }

  // Whether any mapping starts at a value of `facet`; reading an article's other facets is needed
  // only then.
  [[nodiscard]] bool maps_from(NamedFacet facet) const {
    return !first_rule_[named_facet_index(facet)].empty();
  }
  // The facets whose values some mapping's condition names.
  [[nodiscard]] const std::vector<NamedFacet>& condition_facets() const {
    return condition_facets_;
  }

  // What `value` counts as in an article whose values `has(FacetValueRef)` tells.
  template <typename Has>
  [[nodiscard]] FacetValueRef resolve(FacetValueRef value, Has has) const {
    const std::vector<std::uint32_t>& first = first_rule_[named_facet_index(value.facet)];
    if (value.ordinal >= first.size() || first[value.ordinal] == kNoRule) return value;
    for (std::size_t i = first[value.ordinal];
         i < mappings_.size() && mappings_[i].from.value == value; ++i) {
      const ValueMapping& mapping = mappings_[i];
      if (!mapping.when || has(mapping.when->value)) return mapping.to.value;
    }
    return value;
  }

  // What the values of an article (`values`, each sorted) count as: `resolved` gets, per named
  // facet, the values the article counts for, sorted and each once. Source and language values
  // are copied as they are.
  void resolve_article(const ArticleValues& values, ArticleValues& resolved) const;

  [[nodiscard]] const TotalsCorrection& totals_correction() const { return correction_; }
  void set_totals_correction(TotalsCorrection correction) { correction_ = std::move(correction); }

  [[nodiscard]] bool is_hidden(FacetValueRef value) const;
  // The name of a defined value, or of a value a mapping names; nullptr for others.
  [[nodiscard]] const FacetName* name_of(FacetValueRef value) const;
  // The value of `facet` with this key that a mapping starts at or leads to, or that the table
  // defines; nullopt for values the table does not name.
  [[nodiscard]] std::optional<FacetValueRef> find_value(NamedFacet facet,
                                                        std::string_view key) const;
  // The value `key` (an index value of `facet`) counts as when no condition holds, when a
  // mapping starts there; nullopt otherwise.
  [[nodiscard]] std::optional<NamedValue> unconditional_target(NamedFacet facet,
                                                               std::string_view key) const;

  // The ways an article is selected by the filter of `target` (a value mapped to, or any value
  // of the index, named `target_name`): the target's own name unless it is mapped away, and each
  // mapping to it, with the conditions of the mappings tried before it.
  [[nodiscard]] std::vector<FilterBranch> filter_branches(const NamedValue& target) const;
  // The mappings that lead to `target`.
  [[nodiscard]] std::vector<const ValueMapping*> mappings_to(FacetValueRef target) const;

 private:
  static constexpr std::uint32_t kNoRule = 0xFFFFFFFFu;
  void index();

  std::vector<ValueMapping> mappings_;
  std::vector<NamedValue> hidden_;
  std::vector<NamedValue> defined_;
  TotalsCorrection correction_;
  std::array<std::vector<std::uint32_t>, kNamedFacets.size()> first_rule_;
  std::vector<NamedFacet> condition_facets_;
};

// What `resolution` changes in the counts of every value over the articles of `database`, which
// count names as extracted (facet_totals.h): each article with a mapped name counted out for its
// names and in for what they resolve to. The changes of a TotalsCorrection, computed when the
// table is made, and by a reader whose totals the kept correction was not made from.
[[nodiscard]] std::vector<CountChange> count_changes(const EntityResolution& resolution,
                                                     const Xapian::Database& database);

// The metadata key of the table (in the first shard).
[[nodiscard]] std::string_view entity_resolution_key();
// The metadata key of the user's curation file as it was given (in the first shard), and its
// value: the file's name (for messages) and its text.
[[nodiscard]] std::string_view curation_file_key();
[[nodiscard]] std::string encode_curation_file(std::string_view name, std::string_view text);
// nullopt for a damaged value.
[[nodiscard]] std::optional<std::pair<std::string, std::string>> decode_curation_file(
    std::string_view value);
[[nodiscard]] std::string encode_entity_resolution(const EntityResolution& resolution);
// nullopt for a damaged value. Without `reasons`, the mappings' reasons and the displayed names
// of their sources are left empty: counting and filtering need neither (filters use keys), and
// every search reads the table.
[[nodiscard]] std::optional<EntityResolution> decode_entity_resolution(std::string_view value,
                                                                       bool reasons = true);

}  // namespace newsindex::schema
