#include "document_builder.h"

#include "schema.h"

namespace newsindex {
namespace {

// Title words count this many times in the unprefixed (all-text) index, so that an article with
// the query words in its headline ranks above one that mentions them in passing.
constexpr Xapian::termcount kTitleWeight = 3;
// Keeps phrases from matching across the title/body boundary.
constexpr Xapian::termpos kFieldGap = 100;

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

Xapian::Document DocumentBuilder::build(const Article& article) {
  Xapian::Document document;
  terms_.set_document(document);
  terms_.set_stemmer(stemmer(article.language));

  std::string title = folder_.fold(article.title);
  terms_.index_text(title, 1, std::string(schema::kTitlePrefix));
  terms_.increase_termpos(kFieldGap);
  terms_.index_text(title, kTitleWeight);
  terms_.increase_termpos(kFieldGap);
  terms_.index_text(folder_.fold(article.text));

  document.add_boolean_term(schema::id_term(article.id));
  if (!article.source.empty()) {
    document.add_boolean_term(schema::source_term(folder_.key(article.source)));
  }
  if (!article.language.empty()) {
    document.add_boolean_term(schema::language_term(article.language));
  }
  if (article.date) {
    document.add_value(schema::kPublishedDaySlot, schema::day_value(article.date->day));
    document.add_value(schema::kPublishedTimeSlot, schema::time_value(article.date->instant));
  }

  schema::StoredArticle stored;
  stored.id = article.id;
  stored.title = article.title;
  stored.date = article.date ? article.date->text : std::string();
  stored.source = article.source;
  stored.url = article.url;
  stored.language = article.language;
  stored.authors = article.authors;
  stored.section = article.section;
  stored.origin = article.origin.to_string();
  stored.text = article.text;
  document.set_data(schema::encode_document_data(stored));
  return document;
}

}  // namespace newsindex
