#include "article_analyzer.h"

#include <algorithm>

#include "ner/word_forms.h"

namespace newsindex {
namespace {

// The tagger's types are in the entity kind table's order.
static_assert(schema::entity_kind_index(schema::EntityKind::kPerson) ==
                  static_cast<std::size_t>(EntityType::Person) &&
              schema::entity_kind_index(schema::EntityKind::kOrganisation) ==
                  static_cast<std::size_t>(EntityType::Organisation) &&
              schema::entity_kind_index(schema::EntityKind::kPlace) ==
                  static_cast<std::size_t>(EntityType::Place) &&
              schema::entity_kind_index(schema::EntityKind::kMisc) ==
                  static_cast<std::size_t>(EntityType::Misc));

schema::EntityKind kind_of(EntityType type) {
  return schema::kEntityKinds[static_cast<std::size_t>(type)].kind;
}

// The headline, unless the text already starts with it (then its entities are the text's).
bool title_is_separate(const Article& article) {
  return !article.title.empty() && !article.text.starts_with(article.title);
}

bool ascii_word_byte(char c) {
  const auto b = static_cast<unsigned char>(c);
  return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b >= 0x80;
}

bool has_lower_case_letter(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// A one-word name in a headline written in capitals is an ordinary word when the body writes that
// word in lower case and never names it, and news does not usually write it with capitals
// ("HOUSE PASSES TRADE BILL": "the bill"; "EUROBOND" over "eurobond"). Tagged apart from its body,
// a capitals headline cannot tell. Some bodies are all lower case ("mexico today received"),
// which is why the tagger's case prior is asked as well.
bool body_writes_as_ordinary_word(const EntityTagger& tagger, std::string_view name,
                                  std::string_view body,
                                  const std::vector<EntityMention>& body_names) {
  if (std::any_of(name.begin(), name.end(), [](char c) { return !ascii_word_byte(c); }) ||
      tagger.usually_written_with_capitals(name))
    return false;
  std::string lower;
  ner::append_normalised_lower(lower, name);
  std::string named;
  for (const EntityMention& m : body_names) {
    named.clear();
    ner::append_normalised_lower(named, body.substr(m.begin, m.end - m.begin));
    if (named == lower) return false;
  }
  for (std::size_t at = body.find(lower); at != std::string_view::npos;
       at = body.find(lower, at + 1)) {
    const std::size_t end = at + lower.size();
    if ((at == 0 || !ascii_word_byte(body[at - 1])) &&
        (end == body.size() || !ascii_word_byte(body[end])))
      return true;
  }
  return false;
}

}  // namespace

ArticleAnalyzer::ArticleAnalyzer(const EntityTagger* tagger, const EntityAliases& aliases,
                                 AnalysisOptions options)
    : tagger_(tagger),
      options_(options),
      canonicalizer_(
          aliases,
          tagger == nullptr
              ? std::function<bool(std::string_view)>()
              : [tagger](std::string_view word) { return tagger->usually_capitalised(word); },
          tagger == nullptr
              ? std::function<bool(std::string_view)>()
              : [tagger](std::string_view name) { return tagger->known_place(name); }) {
  if (tagger_ == nullptr) options_.entities = false;
}

const DateTagger& ArticleAnalyzer::date_tagger(const std::string& language) {
  auto it = date_taggers_.find(language);
  if (it == date_taggers_.end()) it = date_taggers_.emplace(language, DateTagger(language)).first;
  return it->second;
}

ArticleAnalysis ArticleAnalyzer::analyze(const Article& article) {
  ArticleAnalysis analysis;
  if (options_.entities) {
    std::vector<EntityMention> in_text = tagger_->tag(article.text);
    std::vector<EntityMention> in_title;
    if (title_is_separate(article)) {
      in_title = tagger_->tag(article.title);
      if (!has_lower_case_letter(article.title)) {
        std::erase_if(in_title, [&](const EntityMention& m) {
          return body_writes_as_ordinary_word(
              *tagger_, std::string_view(article.title).substr(m.begin, m.end - m.begin),
              article.text, in_text);
        });
      }
    }

    std::vector<MentionSurface> surfaces;
    surfaces.reserve(in_text.size() + in_title.size());
    for (const EntityMention& m : in_text) {
      surfaces.push_back(
          {std::string_view(article.text).substr(m.begin, m.end - m.begin), kind_of(m.type)});
    }
    for (const EntityMention& m : in_title) {
      surfaces.push_back(
          {std::string_view(article.title).substr(m.begin, m.end - m.begin), kind_of(m.type)});
    }
    std::vector<CanonicalName> names = canonicalizer_.canonicalize(surfaces);
    // The model knows English. In other languages only its places are worth keeping: they come
    // from the multilingual gazetteer, while its people and organisations are mostly noise
    // ("Consiglio Giorgia Meloni").
    bool english = article.language.empty() || article.language == "en";
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (names[i].key.empty()) continue;
      if (!english && names[i].kind != schema::EntityKind::kPlace) continue;
      bool in_body = i < in_text.size();
      const EntityMention& m = in_body ? in_text[i] : in_title[i - in_text.size()];
      (in_body ? analysis.text_entities : analysis.title_entities)
          .push_back({m.begin, m.end, std::move(names[i])});
    }
  }
  if (options_.dates) {
    std::optional<std::chrono::year_month_day> reference;
    if (article.date) reference = article.date->day;
    for (TimexMention& t : date_tagger(article.language).tag(article.text, reference)) {
      analysis.timexes.push_back({t.begin, t.end, t.type, std::move(t.value)});
    }
  }
  return analysis;
}

}  // namespace newsindex
