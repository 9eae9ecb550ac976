#include "document_builder.h"

#include <algorithm>
#include <map>

#include "schema.h"

namespace newsindex {
namespace {

// Title words count this many times in the unprefixed (all-text) index, so that an article with
// the query words in its headline ranks above one that mentions them in passing.
constexpr Xapian::termcount kTitleWeight = 3;
// Keeps phrases from matching across the title/body boundary.
constexpr Xapian::termpos kFieldGap = 100;

// Enough forms to show how an entity is written, without letting OCR noise bloat the value.
constexpr std::size_t kMaxAliasesPerEntity = 4;

}  // namespace

DocumentBuilder::DocumentBuilder() {
  terms_.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
  terms_.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
}

const Xapian::Stem& DocumentBuilder::stemmer(const std::string& language) {
  auto it = stemmers_.find(language);
  if (it == stemmers_.end()) it = stemmers_.emplace(language, schema::stemmer_for(language)).first;
  return it->second;
}

ArticleDocument DocumentBuilder::build(const Article& article, const ArticleAnalysis& analysis) {
  ArticleDocument built;
  Xapian::Document& document = built.document;
  terms_.set_document(document);
  terms_.set_stemmer(stemmer(article.language));

  std::string title = folder_.fold(article.title);
  terms_.index_text(title, 1, std::string(schema::kTitlePrefix));
  terms_.increase_termpos(kFieldGap);
  terms_.index_text(title, kTitleWeight);
  terms_.increase_termpos(kFieldGap);
  terms_.index_text(folder_.fold(article.text));
  terms_.set_document(no_document_);  // let go of it before it leaves this thread

  document.add_boolean_term(schema::id_term(article.id));
  if (!article.source_file.empty()) {
    document.add_boolean_term(schema::source_file_term(article.source_file));
  }
  if (!article.source.empty()) {
    std::string key = folder_.key(article.source);
    document.add_boolean_term(schema::source_term(key));
    built.facet_names[schema::named_facet_index(schema::NamedFacet::kSource)].push_back(
        {key, article.source});
  }
  if (!article.language.empty()) {
    document.add_boolean_term(schema::language_term(article.language));
    built.facet_names[schema::named_facet_index(schema::NamedFacet::kLanguage)].push_back(
        {article.language, article.language});
  }
  if (article.date) {
    document.add_value(schema::kPublishedDaySlot, schema::day_value(article.date->day));
    document.add_value(schema::kPublishedTimeSlot, schema::time_value(article.date->instant));
  }

  add_entities(analysis, article.title, article.text, built);
  add_mentioned_dates(analysis, document);

  schema::StoredArticle stored;
  stored.id = article.id;
  stored.title = article.title;
  stored.date = article.date ? article.date->text : std::string();
  stored.source = article.source;
  stored.url = article.url;
  stored.language = article.language;
  stored.authors = article.authors;
  stored.section = article.section;
  stored.metadata = article.metadata;
  stored.origin = article.origin.to_string();
  stored.text = article.text;
  document.set_data(schema::encode_document_data(stored));
  return built;
}

void DocumentBuilder::add_entities(const ArticleAnalysis& analysis, std::string_view title,
                                   std::string_view text, ArticleDocument& built) {
  Xapian::Document& document = built.document;
  // One record per entity, counting its mentions in headline and body.
  std::map<std::pair<schema::EntityKind, std::string>, schema::DocumentEntity> entities;
  auto count = [&](const EntityOccurrence& occurrence, std::string_view field) {
    const CanonicalName& name = occurrence.name;
    auto [it, inserted] = entities.try_emplace({name.kind, name.key});
    if (inserted) it->second = {name.kind, name.key, name.display, 0, {}};
    ++it->second.mentions;
    std::string surface =
        collapse_whitespace(field.substr(occurrence.begin, occurrence.end - occurrence.begin));
    auto& aliases = it->second.aliases;
    if (surface != name.display &&
        std::find(aliases.begin(), aliases.end(), surface) == aliases.end() &&
        aliases.size() < kMaxAliasesPerEntity) {
      aliases.push_back(std::move(surface));
    }
  };
  for (const EntityOccurrence& occurrence : analysis.title_entities) count(occurrence, title);
  for (const EntityOccurrence& occurrence : analysis.text_entities) count(occurrence, text);

  std::vector<schema::DocumentEntity> faceted;
  for (auto& [id, entity] : entities) {
    document.add_boolean_term(schema::entity_term(entity.kind, entity.key));
    if (entity.kind == schema::EntityKind::kMisc) continue;
    for (const std::string& word : schema::entity_key_words(entity.key)) {
      document.add_boolean_term(schema::entity_word_term(entity.kind, word));
    }
    faceted.push_back(std::move(entity));
  }
  std::stable_sort(faceted.begin(), faceted.end(),
                   [](const auto& a, const auto& b) { return a.mentions > b.mentions; });
  if (!faceted.empty()) {
    document.add_value(schema::kEntityAliasesSlot, schema::encode_entities(faceted, true));
  }
  for (schema::DocumentEntity& entity : faceted) {
    auto facet = schema::named_facet_of(entity.kind);
    if (!facet) continue;
    built.facet_names[schema::named_facet_index(*facet)].push_back(
        {std::move(entity.key), std::move(entity.display)});
  }
}

void DocumentBuilder::add_mentioned_dates(const ArticleAnalysis& analysis,
                                          Xapian::Document& document) {
  std::map<std::string, unsigned> counts;
  std::vector<std::string> order;
  // The periods of exactly the terms added, so that a histogram bucket counts what its
  // "mentions:" filter finds.
  std::vector<schema::PeriodCode> periods;
  for (const TimexOccurrence& timex : analysis.timexes) {
    if (timex.type != TimexType::Date && timex.type != TimexType::Time) continue;
    std::vector<std::string> terms = schema::mentioned_date_terms(timex.value);
    if (terms.empty()) continue;
    for (const std::string& term : terms) document.add_boolean_term(term);
    schema::PeriodCode found[3];
    std::size_t count = schema::mentioned_periods(timex.value, found);
    periods.insert(periods.end(), found, found + count);
    std::string shown = schema::mentioned_date_shown(timex.value);
    if (counts[shown]++ == 0) order.push_back(shown);
  }
  std::stable_sort(order.begin(), order.end(), [&](const std::string& a, const std::string& b) {
    return counts[a] > counts[b];
  });
  if (!order.empty()) {
    document.add_value(schema::kMentionedDatesSlot, schema::encode_mentioned_dates(order));
  }
  if (!periods.empty()) {
    document.add_value(schema::kMentionedPeriodsSlot,
                       schema::encode_number_set(std::move(periods)));
  }
}

}  // namespace newsindex
