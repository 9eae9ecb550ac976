#include "entity_resolver.h"

#include <map>
#include <set>

#include "text_folder.h"

namespace newsindex {
namespace {

using schema::FacetValueRef;
using schema::NamedFacet;
using schema::NamedValue;
using schema::Ordinal;

// Turns names into values, giving names the index does not have a value the table defines.
class ValueNamer {
 public:
  explicit ValueNamer(const IndexNames& names) : names_(names) {}

  // The index's value of `facet` with the key of `name`, if any.
  std::optional<NamedValue> existing(NamedFacet facet, const std::string& name) const {
    const std::string key = folder_.key(name);
    std::optional<Ordinal> ordinal = names_.find(facet, key);
    if (!ordinal) return std::nullopt;
    return NamedValue{{facet, *ordinal}, *names_.name(facet, *ordinal)};
  }
  NamedValue existing_or_defined(NamedFacet facet, const std::string& name) {
    if (auto value = existing(facet, name)) return *value;
    const std::string key = folder_.key(name);
    for (const NamedValue& value : defined_) {
      if (value.value.facet == facet && value.name.key == key) return value;
    }
    NamedValue value{{facet, static_cast<Ordinal>(schema::kFirstDefinedOrdinal + defined_.size())},
                     {key, name}};
    defined_.push_back(value);
    return value;
  }
  NamedValue of(FacetValueRef value) const {
    if (value.ordinal >= schema::kFirstDefinedOrdinal) {
      for (const NamedValue& defined : defined_) {
        if (defined.value == value) return defined;
      }
    }
    const schema::FacetName* name = names_.name(value.facet, value.ordinal);
    return NamedValue{value, name != nullptr ? *name : schema::FacetName{}};
  }
  [[nodiscard]] std::vector<NamedValue> defined() const { return defined_; }

 private:
  const IndexNames& names_;
  TextFolder folder_;
  std::vector<NamedValue> defined_;
};

NamedFacet facet_of(schema::EntityKind kind) {
  return *schema::named_facet_of(kind);
}

std::string where(const CurationFile& file, const CurationDecision& decision) {
  return file.name + ":" + std::to_string(decision.line);
}

}  // namespace

EntityResolver::EntityResolver(const Xapian::Database& database,
                               const std::vector<Xapian::Database>& shards,
                               ShortNameSettings settings)
    : database_(database), names_(shards), settings_(settings) {}

ResolutionOutcome EntityResolver::resolve(const std::optional<CurationFile>& curation) const {
  ResolutionOutcome outcome;
  ValueNamer namer(names_);
  // Unconditional mappings by source value, and the conditional ones in file order.
  std::map<FacetValueRef, schema::ValueMapping> unconditional;
  std::vector<schema::ValueMapping> conditional;
  std::set<FacetValueRef> kept;
  std::vector<std::pair<NamedValue, std::string>> hide;  // value, where

  if (curation) {
    auto note_missing = [&](const CurationDecision& decision, const std::string& name) {
      outcome.notes.push_back(where(*curation, decision) + ": no " +
                              std::string(schema::entity_kind_info(decision.kind).singular) +
                              " \"" + name + "\" in the index yet");
    };
    for (const CurationDecision& decision : curation->decisions) {
      const NamedFacet facet = facet_of(decision.kind);
      const std::string reason = "curation " + where(*curation, decision) + " (" +
                                 std::string(curation_action_name(decision.action)) + ")";
      std::vector<NamedValue> sources;
      for (const std::string& name : decision.names) {
        if (auto value = namer.existing(facet, name)) {
          sources.push_back(*value);
        } else {
          note_missing(decision, name);
        }
      }
      switch (decision.action) {
        case CurationAction::kMerge:
        case CurationAction::kRename: {
          if (sources.empty()) break;
          NamedValue target = namer.existing_or_defined(facet, decision.target);
          for (const NamedValue& source : sources) {
            if (source.value == target.value) continue;
            unconditional[source.value] = {source, target, std::nullopt, reason};
          }
          break;
        }
        case CurationAction::kRetype:
          for (const NamedValue& source : sources) {
            NamedValue target =
                namer.existing_or_defined(facet_of(decision.target_kind), source.name.display);
            unconditional[source.value] = {source, target, std::nullopt, reason};
          }
          break;
        case CurationAction::kSplit: {
          if (sources.empty()) break;
          auto when = namer.existing(facet_of(decision.when->first), decision.when->second);
          if (!when) {
            outcome.notes.push_back(
                where(*curation, decision) + ": no " +
                std::string(schema::entity_kind_info(decision.when->first).singular) + " \"" +
                decision.when->second + "\" in the index yet");
            break;
          }
          NamedValue target = namer.existing_or_defined(facet, decision.target);
          if (target.value == sources.front().value) break;
          conditional.push_back({sources.front(), target, *when, reason});
          break;
        }
        case CurationAction::kHide:
          for (const NamedValue& source : sources)
            hide.emplace_back(source, where(*curation, decision));
          break;
        case CurationAction::kKeep:
          for (const NamedValue& source : sources) kept.insert(source.value);
          break;
      }
    }
  }
  outcome.curated_mappings = unconditional.size() + conditional.size();

  // The archive's own resolution, where the user decided nothing.
  for (const ShortNameMapping& mapping : ShortNameRule(database_, names_, settings_).propose()) {
    FacetValueRef from{mapping.facet, mapping.from};
    if (kept.contains(from) || unconditional.contains(from)) continue;
    unconditional[from] = {namer.of(from), namer.of({mapping.facet, mapping.to}), std::nullopt,
                           mapping.reason};
    ++outcome.archive_mappings;
  }

  // Every mapping leads to a final value: follow unconditional mappings from its target. A
  // cycle (A into B, B into A) keeps the first value it returns to.
  auto final_value = [&](NamedValue value) {
    std::set<FacetValueRef> visited{value.value};
    for (;;) {
      auto next = unconditional.find(value.value);
      if (next == unconditional.end() || visited.contains(next->second.to.value)) return value;
      value = next->second.to;
      visited.insert(value.value);
    }
  };
  std::vector<schema::ValueMapping> mappings;
  for (auto& [from, mapping] : unconditional) {
    mapping.to = final_value(mapping.to);
    if (mapping.to.value != from) mappings.push_back(mapping);
  }
  for (schema::ValueMapping& mapping : conditional) {
    mapping.to = final_value(mapping.to);
    if (mapping.to.value != mapping.from.value) mappings.push_back(mapping);
  }
  std::vector<NamedValue> hidden;
  for (const auto& [value, at] : hide) hidden.push_back(final_value(value));
  outcome.resolution =
      schema::EntityResolution(std::move(mappings), std::move(hidden), namer.defined());
  return outcome;
}

std::optional<CurationFile> stored_curation(const Xapian::Database& first_shard) {
  const std::string value = first_shard.get_metadata(std::string(schema::curation_file_key()));
  if (value.empty()) return std::nullopt;
  auto file = schema::decode_curation_file(value);
  if (!file)
    throw CurationError("the index's curation file is damaged: run newsindex curate again");
  return parse_curation_file(file->second, file->first);
}

schema::TotalsCorrection totals_correction(const schema::EntityResolution& resolution,
                                           const Xapian::Database& database,
                                           const std::vector<Xapian::Database>& shards) {
  schema::TotalsCorrection correction;
  for (const Xapian::Database& shard : shards) {
    correction.digest =
        schema::totals_digest(correction.digest, shard.get_metadata(schema::facet_totals_key()));
  }
  correction.changes = schema::count_changes(resolution, database);
  return correction;
}

ResolutionOutcome update_entity_resolution(std::vector<Xapian::WritableDatabase>& shards) {
  std::vector<Xapian::Database> readers(shards.begin(), shards.end());
  Xapian::Database whole;
  for (const Xapian::Database& shard : readers) whole.add_database(shard);
  ResolutionOutcome outcome =
      EntityResolver(whole, readers).resolve(stored_curation(shards.front()));
  outcome.resolution.set_totals_correction(totals_correction(outcome.resolution, whole, readers));
  shards.front().set_metadata(std::string(schema::entity_resolution_key()),
                              schema::encode_entity_resolution(outcome.resolution));
  shards.front().commit();
  return outcome;
}

}  // namespace newsindex
