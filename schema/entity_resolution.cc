#include "entity_resolution.h"

#include <algorithm>
#include <map>

#include "number_sets.h"
#include "terms.h"

namespace newsindex::schema {
namespace {

constexpr std::string_view kResolutionKey = "newsindex.entity_resolution";
constexpr std::string_view kCurationKey = "newsindex.curation_file";
constexpr std::uint64_t kFormat = 1;

void put_string(std::string& out, std::string_view text) {
  put_varint(out, text.size());
  out += text;
}
bool take_string(std::string_view& in, std::string& text) {
  std::uint64_t size = 0;
  if (!take_varint(in, size) || size > in.size()) return false;
  text.assign(in.substr(0, size));
  in.remove_prefix(size);
  return true;
}

void put_value(std::string& out, const NamedValue& value) {
  put_varint(out, named_facet_index(value.value.facet));
  put_varint(out, value.value.ordinal);
  put_string(out, value.name.key);
  put_string(out, value.name.display);
}
bool skip_string(std::string_view& in) {
  std::uint64_t size = 0;
  if (!take_varint(in, size) || size > in.size()) return false;
  in.remove_prefix(size);
  return true;
}
// Without `display`, the displayed name is skipped (left empty).
bool take_value(std::string_view& in, NamedValue& value, bool display = true) {
  std::uint64_t facet = 0, ordinal = 0;
  if (!take_varint(in, facet) || facet >= kNamedFacets.size()) return false;
  if (!take_varint(in, ordinal) || ordinal > 0xFFFFFFFFu) return false;
  value.value = {kNamedFacets[facet].facet, static_cast<Ordinal>(ordinal)};
  if (!take_string(in, value.name.key)) return false;
  return display ? take_string(in, value.name.display) : skip_string(in);
}

void put_values(std::string& out, const std::vector<NamedValue>& values) {
  put_varint(out, values.size());
  for (const NamedValue& value : values) put_value(out, value);
}
bool take_values(std::string_view& in, std::vector<NamedValue>& values) {
  std::uint64_t count = 0;
  if (!take_varint(in, count) || count > in.size()) return false;
  values.resize(count);
  for (NamedValue& value : values) {
    if (!take_value(in, value)) return false;
  }
  return true;
}

}  // namespace

EntityResolution::EntityResolution(std::vector<ValueMapping> mappings,
                                   std::vector<NamedValue> hidden, std::vector<NamedValue> defined)
    : mappings_(std::move(mappings)), hidden_(std::move(hidden)), defined_(std::move(defined)) {
  // A value's mappings together, its conditional ones first, in the order given. A table read
  // from the index is in that order already.
  auto before = [](const ValueMapping& a, const ValueMapping& b) {
    if (a.from.value != b.from.value) return a.from.value < b.from.value;
    return a.when.has_value() && !b.when.has_value();
  };
  if (!std::is_sorted(mappings_.begin(), mappings_.end(), before))
    std::stable_sort(mappings_.begin(), mappings_.end(), before);
  std::sort(hidden_.begin(), hidden_.end(),
            [](const NamedValue& a, const NamedValue& b) { return a.value < b.value; });
  index();
}

void EntityResolution::index() {
  for (std::size_t i = 0; i < mappings_.size(); ++i) {
    const ValueMapping& mapping = mappings_[i];
    std::vector<std::uint32_t>& first = first_rule_[named_facet_index(mapping.from.value.facet)];
    const Ordinal from = mapping.from.value.ordinal;
    if (from >= kFirstDefinedOrdinal) continue;  // no article has a defined value
    if (from >= first.size()) first.resize(std::size_t{from} + 1, kNoRule);
    if (first[from] == kNoRule) first[from] = static_cast<std::uint32_t>(i);
    if (mapping.when && std::find(condition_facets_.begin(), condition_facets_.end(),
                                  mapping.when->value.facet) == condition_facets_.end()) {
      condition_facets_.push_back(mapping.when->value.facet);
    }
  }
}

void EntityResolution::resolve_article(const ArticleValues& values, ArticleValues& resolved) const {
  for (std::vector<Ordinal>& list : resolved) list.clear();
  auto has = [&](FacetValueRef value) {
    const std::vector<Ordinal>& list = values[named_facet_index(value.facet)];
    return std::binary_search(list.begin(), list.end(), value.ordinal);
  };
  // A facet whose values all count as themselves keeps them sorted and once each.
  std::array<bool, kNamedFacets.size()> changed{};
  for (const NamedFacetInfo& info : kNamedFacets) {
    for (Ordinal ordinal : values[named_facet_index(info.facet)]) {
      const FacetValueRef to = resolve({info.facet, ordinal}, has);
      const std::size_t f = named_facet_index(to.facet);
      resolved[f].push_back(to.ordinal);
      if (to.facet != info.facet || to.ordinal != ordinal) changed[f] = true;
    }
  }
  // Two names of one article may resolve to one value: it counts once.
  for (std::size_t f = 0; f < resolved.size(); ++f) {
    if (!changed[f]) continue;
    std::sort(resolved[f].begin(), resolved[f].end());
    resolved[f].erase(std::unique(resolved[f].begin(), resolved[f].end()), resolved[f].end());
  }
}

bool EntityResolution::is_hidden(FacetValueRef value) const {
  return std::binary_search(
      hidden_.begin(), hidden_.end(), NamedValue{value, {}},
      [](const NamedValue& a, const NamedValue& b) { return a.value < b.value; });
}

const FacetName* EntityResolution::name_of(FacetValueRef value) const {
  for (const NamedValue& defined : defined_) {
    if (defined.value == value) return &defined.name;
  }
  for (const ValueMapping& mapping : mappings_) {
    if (mapping.to.value == value) return &mapping.to.name;
  }
  return nullptr;
}

// Filters and profiles look up a few keys per query: a scan costs less than building an index of
// every key each time a query reads the table.
std::optional<FacetValueRef> EntityResolution::find_value(NamedFacet facet,
                                                          std::string_view key) const {
  for (const ValueMapping& mapping : mappings_) {
    if (mapping.to.value.facet == facet && mapping.to.name.key == key) return mapping.to.value;
    if (mapping.from.value.facet == facet && mapping.from.name.key == key)
      return mapping.from.value;
  }
  for (const NamedValue& value : defined_) {
    if (value.value.facet == facet && value.name.key == key) return value.value;
  }
  return std::nullopt;
}

std::optional<NamedValue> EntityResolution::unconditional_target(NamedFacet facet,
                                                                 std::string_view key) const {
  for (const ValueMapping& mapping : mappings_) {
    if (!mapping.when && mapping.from.value.facet == facet && mapping.from.name.key == key)
      return mapping.to;
  }
  return std::nullopt;
}

std::vector<FilterBranch> EntityResolution::filter_branches(const NamedValue& target) const {
  std::vector<FilterBranch> branches;
  // Conditions of the mappings of `from` before index `before` (all of them when it is past the
  // value's mappings), which an article must not meet for a later mapping to apply.
  auto earlier_conditions = [&](FacetValueRef from, std::size_t before) {
    std::vector<NamedValue> conditions;
    const std::vector<std::uint32_t>& first = first_rule_[named_facet_index(from.facet)];
    if (from.ordinal >= first.size() || first[from.ordinal] == kNoRule) return conditions;
    for (std::size_t i = first[from.ordinal];
         i < before && i < mappings_.size() && mappings_[i].from.value == from; ++i) {
      if (mappings_[i].when) conditions.push_back(*mappings_[i].when);
    }
    return conditions;
  };
  if (target.value.ordinal < kFirstDefinedOrdinal) {
    bool mapped_away = false;
    for (const ValueMapping& mapping : mappings_) {
      if (mapping.from.value == target.value && !mapping.when) mapped_away = true;
    }
    if (!mapped_away) {
      branches.push_back({target, {}, earlier_conditions(target.value, mappings_.size())});
    }
  }
  for (std::size_t i = 0; i < mappings_.size(); ++i) {
    const ValueMapping& mapping = mappings_[i];
    if (mapping.to.value != target.value) continue;
    FilterBranch branch{mapping.from, {}, earlier_conditions(mapping.from.value, i)};
    if (mapping.when) branch.with.push_back(*mapping.when);
    branches.push_back(std::move(branch));
  }
  return branches;
}

std::vector<const ValueMapping*> EntityResolution::mappings_to(FacetValueRef target) const {
  std::vector<const ValueMapping*> found;
  for (const ValueMapping& mapping : mappings_) {
    if (mapping.to.value == target) found.push_back(&mapping);
  }
  return found;
}

std::vector<CountChange> count_changes(const EntityResolution& resolution,
                                       const Xapian::Database& database) {
  std::vector<CountChange> out;
  if (resolution.mappings().empty()) return out;
  std::vector<Xapian::Query> mapped;
  for (const ValueMapping& mapping : resolution.mappings()) {
    if (auto kind = entity_kind_of(mapping.from.value.facet))
      mapped.emplace_back(entity_term(*kind, mapping.from.name.key));
  }
  std::map<FacetValueRef, std::int64_t> changes;
  Xapian::Enquire enquire(database);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_OR, mapped.begin(), mapped.end()));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  const Xapian::MSet articles = enquire.get_mset(0, database.get_doccount());
  ArticleValues values, resolved;
  for (auto article = articles.begin(); article != articles.end(); ++article) {
    const Xapian::Document document = article.get_document();
    for (const NamedFacetInfo& info : kNamedFacets) {
      values[named_facet_index(info.facet)] = entity_kind_of(info.facet)
                                                  ? decode_number_set(document.get_value(info.slot))
                                                  : std::vector<Ordinal>{};
    }
    resolution.resolve_article(values, resolved);
    for (const NamedFacetInfo& info : kNamedFacets) {
      const std::size_t f = named_facet_index(info.facet);
      for (Ordinal ordinal : values[f]) --changes[{info.facet, ordinal}];
      for (Ordinal ordinal : resolved[f]) ++changes[{info.facet, ordinal}];
    }
  }
  for (const auto& [value, delta] : changes) {
    if (delta != 0) out.push_back({value.facet, value.ordinal, delta});
  }
  return out;
}

std::string_view entity_resolution_key() {
  return kResolutionKey;
}

std::string_view curation_file_key() {
  return kCurationKey;
}

std::string encode_curation_file(std::string_view name, std::string_view text) {
  std::string out;
  put_string(out, name);
  out += text;
  return out;
}

std::optional<std::pair<std::string, std::string>> decode_curation_file(std::string_view value) {
  std::string name;
  if (!take_string(value, name)) return std::nullopt;
  return std::pair{std::move(name), std::string(value)};
}

std::string encode_entity_resolution(const EntityResolution& resolution) {
  std::string out;
  put_varint(out, kFormat);
  put_varint(out, resolution.mappings().size());
  for (const ValueMapping& mapping : resolution.mappings()) {
    put_value(out, mapping.from);
    put_value(out, mapping.to);
    put_varint(out, mapping.when ? 1 : 0);
    if (mapping.when) put_value(out, *mapping.when);
    put_string(out, mapping.reason);
  }
  put_values(out, resolution.hidden());
  put_values(out, resolution.defined_names());
  // Optional, last: a table without it reads as one whose totals must be corrected by reading.
  const TotalsCorrection& correction = resolution.totals_correction();
  if (correction.digest != 0) {
    for (int shift = 0; shift < 64; shift += 8)
      out.push_back(static_cast<char>(correction.digest >> shift));
    put_varint(out, correction.changes.size());
    for (const CountChange& change : correction.changes) {
      put_varint(out, named_facet_index(change.facet));
      put_varint(out, change.ordinal);
      // Zigzag: small negative changes stay small.
      put_varint(out, (static_cast<std::uint64_t>(change.delta) << 1) ^
                          static_cast<std::uint64_t>(change.delta >> 63));
    }
  }
  return out;
}

std::optional<EntityResolution> decode_entity_resolution(std::string_view in, bool reasons) {
  std::uint64_t format = 0, count = 0;
  if (!take_varint(in, format) || format != kFormat) return std::nullopt;
  if (!take_varint(in, count) || count > in.size()) return std::nullopt;
  std::vector<ValueMapping> mappings(count);
  for (ValueMapping& mapping : mappings) {
    std::uint64_t conditional = 0;
    if (!take_value(in, mapping.from, reasons) || !take_value(in, mapping.to) ||
        !take_varint(in, conditional)) {
      return std::nullopt;
    }
    if (conditional != 0) {
      mapping.when.emplace();
      if (!take_value(in, *mapping.when)) return std::nullopt;
    }
    if (reasons ? !take_string(in, mapping.reason) : !skip_string(in)) return std::nullopt;
  }
  std::vector<NamedValue> hidden, defined;
  if (!take_values(in, hidden) || !take_values(in, defined)) return std::nullopt;
  EntityResolution resolution(std::move(mappings), std::move(hidden), std::move(defined));
  if (in.empty()) return resolution;
  TotalsCorrection correction;
  if (in.size() < 8) return std::nullopt;
  for (int i = 0; i < 8; ++i)
    correction.digest |= std::uint64_t{static_cast<unsigned char>(in[i])} << (8 * i);
  in.remove_prefix(8);
  std::uint64_t changes = 0;
  if (!take_varint(in, changes) || changes > in.size()) return std::nullopt;
  correction.changes.resize(changes);
  for (CountChange& change : correction.changes) {
    std::uint64_t facet = 0, ordinal = 0, zigzag = 0;
    if (!take_varint(in, facet) || facet >= kNamedFacets.size() || !take_varint(in, ordinal) ||
        ordinal > 0xFFFFFFFFu || !take_varint(in, zigzag)) {
      return std::nullopt;
    }
    change.facet = kNamedFacets[facet].facet;
    change.ordinal = static_cast<Ordinal>(ordinal);
    change.delta = static_cast<std::int64_t>(zigzag >> 1) ^ -static_cast<std::int64_t>(zigzag & 1);
  }
  if (!in.empty()) return std::nullopt;
  resolution.set_totals_correction(std::move(correction));
  return resolution;
}

}  // namespace newsindex::schema
