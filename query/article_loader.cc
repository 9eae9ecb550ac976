#include "article_loader.h"

#include <algorithm>
#include <map>
#include <utility>

#include "date_tagger.h"
#include "facet_names.h"
#include "facet_report.h"
#include "mention_finder.h"

namespace newsindex {
namespace {

// The article's values of each named facet, each sorted (as number sets keep them).
schema::ArticleValues article_values(const Xapian::Document& document) {
  schema::ArticleValues values;
  for (const schema::NamedFacetInfo& info : schema::kNamedFacets) {
    values[schema::named_facet_index(info.facet)] =
        schema::decode_number_set(document.get_value(info.slot));
  }
  return values;
}

// The article's entities as facets count them: each extracted name resolved (merged, renamed,
// retyped or split by context), names that count as one value grouped, hidden values left out.
std::vector<ArticleEntity> resolved_entities(const Xapian::Document& document, FacetNames& names,
                                             const schema::EntityResolution& resolution) {
  const schema::ArticleValues values = article_values(document);
  auto has = [&](schema::FacetValueRef value) {
    const auto& ordinals = values[schema::named_facet_index(value.facet)];
    return std::binary_search(ordinals.begin(), ordinals.end(), value.ordinal);
  };
  std::vector<ArticleEntity> entities;
  std::map<schema::FacetValueRef, std::size_t> position;
  for (const schema::DocumentEntity& record :
       schema::decode_entities(document.get_value(schema::kEntityAliasesSlot))) {
    const std::optional<schema::NamedFacet> facet = schema::named_facet_of(record.kind);
    if (!facet) continue;
    // The record names its value by key; the article's ordinals say which value that is.
    std::optional<schema::FacetValueRef> value;
    for (schema::Ordinal ordinal : values[schema::named_facet_index(*facet)]) {
      if (names.find(*facet, ordinal).key == record.key) {
        value = {*facet, ordinal};
        break;
      }
    }
    if (!value) continue;
    const schema::FacetValueRef resolved = resolution.resolve(*value, has);
    if (names.hidden(resolved.facet, resolved.ordinal)) continue;
    auto [at, added] = position.try_emplace(resolved, entities.size());
    if (added) {
      const schema::FacetName& name = names.find(resolved.facet, resolved.ordinal);
      ArticleEntity entity;
      entity.kind = *schema::entity_kind_of(resolved.facet);
      entity.name = name.display;
      entity.filter = value_filter(resolved.facet, name);
      entities.push_back(std::move(entity));
    }
    ArticleEntity& entity = entities[at->second];
    entity.mentions += record.mentions;
    entity.forms.push_back(record.display);
    for (const std::string& alias : record.aliases) entity.forms.push_back(alias);
  }
  auto order = [](const ArticleEntity& a, const ArticleEntity& b) {
    const std::size_t kind_a = schema::entity_kind_index(a.kind);
    const std::size_t kind_b = schema::entity_kind_index(b.kind);
    if (kind_a != kind_b) return kind_a < kind_b;
    if (a.mentions != b.mentions) return a.mentions > b.mentions;
    return a.name < b.name;
  };
  std::sort(entities.begin(), entities.end(), order);
  return entities;
}

// Finds the entities' forms in headline and text. A form two entities share goes to the one
// mentioned most, which the extractor more likely meant.
void locate_entities(const schema::StoredArticle& article, std::vector<ArticleEntity>& entities) {
  std::vector<std::size_t> by_mentions(entities.size());
  for (std::size_t i = 0; i < entities.size(); ++i) by_mentions[i] = i;
  std::stable_sort(by_mentions.begin(), by_mentions.end(), [&](std::size_t a, std::size_t b) {
    return entities[a].mentions > entities[b].mentions;
  });
  MentionFinder finder;
  for (std::size_t owner : by_mentions) {
    for (const std::string& form : entities[owner].forms) finder.add(form, owner);
  }
  std::vector<std::vector<TextSpan>> in_title = finder.find(article.title);
  std::vector<std::vector<TextSpan>> in_text = finder.find(article.text);
  for (std::size_t i = 0; i < entities.size() && i < in_text.size(); ++i) {
    entities[i].in_title = std::move(in_title[i]);
    entities[i].in_text = std::move(in_text[i]);
  }
}

// The dates the index keeps for the article, with where each stands in the text. The index keeps
// the values, not their places: the date tagger (rules, no model) runs again on the text with the
// same reference day as when indexing, and only the mentions whose values the index kept are
// taken, so that a tagger that has changed since cannot add dates the index does not have.
std::vector<ArticleDate> located_dates(const Xapian::Document& document,
                                       const schema::StoredArticle& article) {
  std::vector<ArticleDate> dates;
  const std::string kept = document.get_value(schema::kMentionedDatesSlot);
  std::string_view rest = kept;
  std::string_view value;
  std::map<std::string, std::size_t, std::less<>> position;
  while (schema::next_mentioned_date(rest, value)) {
    position.emplace(std::string(value), dates.size());
    dates.push_back(
        {std::string(value), std::string(schema::kMentionsField) + ":" + std::string(value), {}});
  }
  if (dates.empty() || article.text.empty()) return dates;
  const std::optional<std::chrono::year_month_day> reference =
      schema::parse_day_value(document.get_value(schema::kPublishedDaySlot));
  const DateTagger tagger(article.language);
  for (const TimexMention& mention : tagger.tag(article.text, reference)) {
    if (mention.type != TimexType::Date && mention.type != TimexType::Time) continue;
    if (schema::mentioned_date_terms(mention.value).empty()) continue;
    auto at = position.find(schema::mentioned_date_shown(mention.value));
    if (at == position.end()) continue;
    dates[at->second].in_text.push_back({mention.begin, mention.end});
  }
  return dates;
}

}  // namespace

std::optional<ArticleView> ArticleLoader::load(const std::string& id) {
  return reader_.read([&](const Xapian::Database& database) -> std::optional<ArticleView> {
    const std::string term = schema::id_term(id);
    Xapian::PostingIterator posting = database.postlist_begin(term);
    if (posting == database.postlist_end(term)) return std::nullopt;
    const Xapian::Document document = database.get_document(*posting);
    ArticleView view;
    view.article = schema::decode_document_data(document.get_data());
    // With the names of the values mappings start from: a value a condition did not move (a
    // split) is listed under its own name.
    const schema::EntityResolution resolution = entity_resolution(database);
    FacetNames names(database, reader_.layout(), &resolution);
    view.entities = resolved_entities(document, names, resolution);
    locate_entities(view.article, view.entities);
    view.dates = located_dates(document, view.article);
    return view;
  });
}

}  // namespace newsindex
