#include "entity_profiler.h"

#include <algorithm>
#include <chrono>
#include <map>

#include "entity_aliases.h"
#include "facet_counter.h"
#include "text_folder.h"

namespace newsindex {
namespace {

using schema::EntityKind;

// An entity a name may mean, and how many articles name it.
struct Candidate {
  EntityKind kind;
  std::string key;
  Xapian::doccount articles;
};

// Collects the forms one entity was written in, across its articles.
class AliasCollector final : public Xapian::MatchSpy {
 public:
  AliasCollector(EntityKind kind, std::string key) : kind_(kind), key_(std::move(key)) {}

  void operator()(const Xapian::Document& document, double) override {
    for (const schema::DocumentEntity& entity :
         schema::decode_entities(document.get_value(schema::kEntityAliasesSlot))) {
      if (entity.kind != kind_ || entity.key != key_) continue;
      if (display_.empty()) display_ = entity.display;
      for (const std::string& alias : entity.aliases) ++aliases_[alias];
    }
  }

  [[nodiscard]] const std::string& display() const { return display_; }
  [[nodiscard]] const std::map<std::string, std::size_t>& aliases() const { return aliases_; }

 private:
  EntityKind kind_;
  std::string key_;
  std::string display_;
  std::map<std::string, std::size_t> aliases_;
};

// The most mentioned entity of `kind` with `word` in its name: a pass over the articles that
// have such an entity.
std::optional<Candidate> by_word(const Xapian::Database& database, EntityKind kind,
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
  std::optional<Candidate> best;
  for (const auto& [key, count] : counts) {
    if (!best || count > best->articles) best = Candidate{kind, key, count};
  }
  return best;
}

// The entity the folded name `key` means (among options.kind, or every faceted kind): the most
// mentioned with that canonical name or alias, or else, for a single word, the most mentioned with
// that word in its name.
std::optional<Candidate> find_entity(const Xapian::Database& database, const std::string& key,
                                     const ProfileOptions& options, const TextFolder& folder) {
  const EntityAliases& aliases = EntityAliases::shared_builtin();
  std::optional<Candidate> best;
  auto consider = [&](const Candidate& candidate) {
    if (candidate.articles > 0 && (!best || candidate.articles > best->articles)) best = candidate;
  };
  for (EntityKind kind : schema::kFacetedEntityKinds) {
    if (options.kind && *options.kind != kind) continue;
    std::string exact = key;
    if (const EntityName* alias = aliases.find(kind, key)) exact = folder.key(alias->display);
    consider({kind, exact, database.get_termfreq(schema::entity_term(kind, exact))});
  }
  if (!best && key.find(' ') == std::string::npos) {
    for (EntityKind kind : schema::kFacetedEntityKinds) {
      if (options.kind && *options.kind != kind) continue;
      if (auto candidate = by_word(database, kind, key)) consider(*candidate);
    }
  }
  return best;
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
                         const TextFolder& folder) {
  const FacetSelection selection{{true, true, true, false}, true, false, false, false};
  Xapian::Enquire enquire(database);
  enquire.set_query(Xapian::Query(schema::entity_term(entity.kind, entity.key)));
  enquire.set_sort_by_value_then_relevance(schema::kPublishedTimeSlot, true);
  FacetCounter counter(selection);
  AliasCollector collector(entity.kind, entity.key);
  enquire.add_matchspy(&counter);
  enquire.add_matchspy(&collector);
  Xapian::MSet matches =
      enquire.get_mset(0, static_cast<Xapian::doccount>(options.limit), database.get_doccount());

  EntityProfile profile;
  profile.kind = entity.kind;
  profile.name = collector.display();
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
  FacetNames names(database, layout);
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

}  // namespace

std::optional<EntityProfile> EntityProfiler::profile(const std::string& name,
                                                     const ProfileOptions& options) {
  TextFolder folder;
  std::string key = folder.key(name);
  if (key.empty()) return std::nullopt;
  return reader_.read([&](const Xapian::Database& database) -> std::optional<EntityProfile> {
    std::optional<Candidate> entity = find_entity(database, key, options, folder);
    if (!entity) return std::nullopt;
    return profile_of(database, reader_.layout(), *entity, options, folder);
  });
}

}  // namespace newsindex
