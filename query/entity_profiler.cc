#include "entity_profiler.h"

#include <algorithm>
#include <chrono>
#include <map>

#include "entity_aliases.h"
#include "facet_counter.h"
#include "facet_names.h"
#include "news_query_parser.h"
#include "text_folder.h"

namespace newsindex {
namespace {

using schema::EntityKind;

// An entity a name may mean (as resolved: the value its name counts as), and how many articles
// count for it.
struct Candidate {
  EntityKind kind;
  std::string key;
  Xapian::doccount articles;
};

// The articles that count for the entity of `kind` whose key is `key`, as the facets count them.
Xapian::doccount resolved_articles(const Xapian::Database& database, EntityKind kind,
                                   const std::string& key,
                                   const schema::EntityResolution& resolution) {
  if (resolution.empty()) return database.get_termfreq(schema::entity_term(kind, key));
  Xapian::Enquire enquire(database);
  enquire.set_query(entity_value_query(kind, key, resolution));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  return enquire.get_mset(0, 0, database.get_doccount()).get_matches_estimated();
}

// The key of the value `key` counts as (itself unless the resolution maps it unconditionally).
std::string resolved_key(EntityKind kind, const std::string& key,
                         const schema::EntityResolution& resolution, EntityKind& resolved_kind) {
  resolved_kind = kind;
  if (auto to = resolution.unconditional_target(*schema::named_facet_of(kind), key)) {
    resolved_kind = *schema::entity_kind_of(to->value.facet);
    return to->name.key;
  }
  return key;
}

// Collects the forms one entity was written in, across its articles.
// Collects the forms one entity was written in, across its articles: the forms of every name
// that counts as it (`keys`, by kind).
class AliasCollector final : public Xapian::MatchSpy {
 public:
  AliasCollector(EntityKind kind, std::string key,
                 std::vector<std::pair<EntityKind, std::string>> members)
      : kind_(kind), key_(std::move(key)), members_(std::move(members)) {}

  void operator()(const Xapian::Document& document, double) override {
    for (const schema::DocumentEntity& entity :
         schema::decode_entities(document.get_value(schema::kEntityAliasesSlot))) {
      const bool itself = entity.kind == kind_ && entity.key == key_;
      if (!itself && std::find(members_.begin(), members_.end(),
                               std::pair{entity.kind, entity.key}) == members_.end()) {
        continue;
      }
      if (itself && display_.empty()) display_ = entity.display;
      if (!itself) ++aliases_[entity.display];
      for (const std::string& alias : entity.aliases) ++aliases_[alias];
    }
  }

  [[nodiscard]] const std::string& display() const { return display_; }
  [[nodiscard]] const std::map<std::string, std::size_t>& aliases() const { return aliases_; }

 private:
  EntityKind kind_;
  std::string key_;
  std::vector<std::pair<EntityKind, std::string>> members_;
  std::string display_;
  std::map<std::string, std::size_t> aliases_;
};

// The entities of `kind` with `word` in their name, with the articles naming each: a pass over
// the articles that have such an entity.
std::map<std::string, Xapian::doccount> by_word(const Xapian::Database& database, EntityKind kind,
                                                const std::string& word) {
  std::string term = schema::entity_word_term(kind, word);
  std::map<std::string, Xapian::doccount> counts;
  for (auto posting = database.postlist_begin(term); posting != database.postlist_end(term);
       ++posting) {
    for (const schema::DocumentEntity& entity : schema::decode_entities(
             database.get_document(*posting).get_value(schema::kEntityAliasesSlot))) {
      std::string padded = " " + entity.key + " ";
      if (entity.kind == kind && padded.find(" " + word + " ") != std::string::npos) {
        ++counts[entity.key];
      }
    }
  }
  return counts;
}

// The entities the folded name `key` may mean (among options.kind, or every faceted kind), as
// resolved, most articles first: the one with that name or alias comes first when there is one;
// for a single word, the entities with that word in their name follow (or come alone).
std::vector<Candidate> find_entities(const Xapian::Database& database, const std::string& key,
                                     const ProfileOptions& options, const TextFolder& folder,
                                     const schema::EntityResolution& resolution) {
  const EntityAliases& aliases = EntityAliases::shared_builtin();
  std::vector<Candidate> exact, by_words;
  auto add = [&](std::vector<Candidate>& to, EntityKind kind, const std::string& name_key) {
    EntityKind resolved_kind = kind;
    std::string resolved = resolved_key(kind, name_key, resolution, resolved_kind);
    for (const std::vector<Candidate>* list : {&exact, &by_words}) {
      for (const Candidate& known : *list) {
        if (known.kind == resolved_kind && known.key == resolved) return;
      }
    }
    const Xapian::doccount articles =
        resolved_articles(database, resolved_kind, resolved, resolution);
    if (articles > 0) to.push_back({resolved_kind, resolved, articles});
  };
  for (EntityKind kind : schema::kFacetedEntityKinds) {
    if (options.kind && *options.kind != kind) continue;
    std::string name_key = key;
    if (const EntityName* alias = aliases.find(kind, key)) name_key = folder.key(alias->display);
    if (database.get_termfreq(schema::entity_term(kind, name_key)) > 0 ||
        resolution.find_value(*schema::named_facet_of(kind), name_key)) {
      add(exact, kind, name_key);
    }
  }
  if (key.find(' ') == std::string::npos) {
    for (EntityKind kind : schema::kFacetedEntityKinds) {
      if (options.kind && *options.kind != kind) continue;
      for (const auto& [name_key, count] : by_word(database, kind, key))
        add(by_words, kind, name_key);
    }
  }
  auto most_first = [](const Candidate& a, const Candidate& b) { return a.articles > b.articles; };
  std::sort(exact.begin(), exact.end(), most_first);
  std::sort(by_words.begin(), by_words.end(), most_first);
  exact.insert(exact.end(), by_words.begin(), by_words.end());
  return exact;
}

// The co-occurring entity lists of the facet report, without the entity itself.
std::vector<FacetList> cooccurring(FacetReport& report, const Candidate& entity, std::size_t limit,
                                   const TextFolder& folder) {
  std::vector<FacetList> lists;
  for (FacetList& list : report.lists) {
    std::erase_if(list.values, [&](const FacetValue& value) {
      return list.name == schema::entity_kind_info(entity.kind).facet &&
             folder.key(value.label) == entity.key;
    });
    if (list.values.size() > limit) list.values.resize(limit);
    lists.push_back(std::move(list));
  }
  return lists;
}

// The publication days of the first and last article the counter saw.
void set_mention_span(const FacetCounter& counter, EntityProfile& profile) {
  std::uint64_t first = 0, last = 0;
  counter.published_days().for_each([&](std::uint64_t day, std::size_t) {
    if (first == 0 || day < first) first = day;
    last = std::max(last, day);
  });
  auto format = [](std::uint64_t day) {
    auto number = static_cast<unsigned>(day);
    return schema::day_label(std::chrono::year{static_cast<int>(number / 10000)} /
                             std::chrono::month{number / 100 % 100} /
                             std::chrono::day{number % 100});
  };
  if (first != 0) {
    profile.first_mention = format(first);
    profile.last_mention = format(last);
  }
}

// Matches the entity's articles newest first, counting the entities they name and the forms the
// entity was written in, and builds its profile.
EntityProfile profile_of(const Xapian::Database& database, const IndexLayout& layout,
                         const Candidate& entity, const ProfileOptions& options,
                         const TextFolder& folder, const schema::EntityResolution& resolution) {
  const FacetSelection selection{{true, true, true, false}, true, false, false, false};
  Xapian::Enquire enquire(database);
  enquire.set_query(entity_value_query(entity.kind, entity.key, resolution));
  enquire.set_sort_by_value_then_relevance(schema::kPublishedTimeSlot, true);
  FacetCounter counter(selection, &resolution);
  // The names that count as the entity, and why.
  std::vector<std::pair<EntityKind, std::string>> members;
  std::vector<ResolvedName> resolved_from;
  std::string defined_display;
  if (auto value = resolution.find_value(*schema::named_facet_of(entity.kind), entity.key)) {
    for (const schema::ValueMapping* mapping : resolution.mappings_to(*value)) {
      const EntityKind kind = *schema::entity_kind_of(mapping->from.value.facet);
      members.emplace_back(kind, mapping->from.name.key);
      std::string name = mapping->from.name.display;
      if (mapping->when)
        name += " (with " +
                std::string(
                    schema::entity_kind_info(*schema::entity_kind_of(mapping->when->value.facet))
                        .field) +
                " " + mapping->when->name.display + ")";
      resolved_from.push_back(
          {name, database.get_termfreq(schema::entity_term(kind, mapping->from.name.key)),
           mapping->reason});
    }
    if (const schema::FacetName* name = resolution.name_of(*value)) defined_display = name->display;
  }
  AliasCollector collector(entity.kind, entity.key, members);
  enquire.add_matchspy(&counter);
  enquire.add_matchspy(&collector);
  Xapian::MSet matches =
      enquire.get_mset(0, static_cast<Xapian::doccount>(options.limit), database.get_doccount());

  EntityProfile profile;
  profile.kind = entity.kind;
  profile.name = !defined_display.empty() ? defined_display : collector.display();
  profile.resolved_from = std::move(resolved_from);
  profile.filter =
      std::string(schema::entity_kind_info(entity.kind).field) + ":\"=" + profile.name + "\"";
  profile.articles = matches.get_matches_estimated();
  for (const auto& [alias, count] : collector.aliases()) profile.aliases.emplace_back(alias, count);
  std::sort(profile.aliases.begin(), profile.aliases.end(),
            [](const auto& a, const auto& b) { return a.second > b.second; });

  FacetOptions facet_options;
  facet_options.selection = selection;
  facet_options.limit = options.limit + 1;  // room for the entity itself, removed below
  facet_options.by = options.by;
  FacetNames names(database, layout, &resolution);
  FacetReport report =
      build_facet_report(counter, names, database, matches.get_matches_estimated(), facet_options);
  profile.cooccurring = cooccurring(report, entity, options.limit, folder);
  if (!report.histograms.empty()) profile.timeline = std::move(report.histograms.front());
  set_mention_span(counter, profile);
  for (auto match = matches.begin(); match != matches.end(); ++match) {
    schema::StoredArticle article = schema::decode_document_data(match.get_document().get_data());
    profile.recent.push_back({article.id, article.date, article.source, article.title});
  }
  return profile;
}

// An article naming the entity, for its display name.
Xapian::Document first_article(const Xapian::Database& database, EntityKind kind,
                               const std::string& key) {
  const std::string term = schema::entity_term(kind, key);
  auto posting = database.postlist_begin(term);
  if (posting == database.postlist_end(term)) return {};
  return database.get_document(*posting);
}

}  // namespace

std::optional<EntityProfile> EntityProfiler::profile(const std::string& name,
                                                     const ProfileOptions& options) {
  TextFolder folder;
  std::string key = folder.key(name);
  if (key.empty()) return std::nullopt;
  return reader_.read([&](const Xapian::Database& database) -> std::optional<EntityProfile> {
    const schema::EntityResolution resolution = entity_resolution(database);
    std::vector<Candidate> entities = find_entities(database, key, options, folder, resolution);
    if (entities.empty()) return std::nullopt;
    EntityProfile profile =
        profile_of(database, reader_.layout(), entities.front(), options, folder, resolution);
    constexpr std::size_t kOthersShown = 5;
    std::sort(entities.begin() + 1, entities.end(),
              [](const Candidate& a, const Candidate& b) { return a.articles > b.articles; });
    for (std::size_t i = 1; i < entities.size() && profile.also.size() < kOthersShown; ++i) {
      const Candidate& other = entities[i];
      // The name as shown: the resolution's, or the display form of the index's value.
      std::string shown = other.key;
      if (auto value = resolution.find_value(*schema::named_facet_of(other.kind), other.key)) {
        if (const schema::FacetName* named = resolution.name_of(*value)) shown = named->display;
      }
      if (shown == other.key) {
        for (const schema::DocumentEntity& entity :
             schema::decode_entities(first_article(database, other.kind, other.key)
                                         .get_value(schema::kEntityAliasesSlot))) {
          if (entity.kind == other.kind && entity.key == other.key) shown = entity.display;
        }
      }
      profile.also.push_back(
          {shown, std::string(schema::entity_kind_info(other.kind).field) + ":\"=" + shown + "\"",
           other.articles, other.kind});
    }
    return profile;
  });
}

}  // namespace newsindex
