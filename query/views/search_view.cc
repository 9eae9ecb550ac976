#include "search_view.h"

namespace newsindex {

SearchHit hit_view(const Xapian::Enquire& enquire, const Xapian::MSetIterator& match,
                   const SnippetBuilder& snippets, const Xapian::Stem& stemmer) {
  SearchHit hit;
  hit.rank = match.get_rank() + 1;
  hit.percent = match.get_percent();
  hit.weight = match.get_weight();
  Xapian::Document document = match.get_document();
  hit.article = schema::decode_document_data(document.get_data());
  hit.entities = schema::decode_entities(document.get_value(schema::kEntityAliasesSlot));
  for (schema::DocumentEntity& entity : hit.entities) entity.aliases.clear();
  const std::string mentioned = document.get_value(schema::kMentionedDatesSlot);
  std::string_view dates = mentioned;
  std::string_view date;
  while (schema::next_mentioned_date(dates, date)) hit.mentioned_dates.emplace_back(date);
  std::vector<std::string> terms(enquire.get_matching_terms_begin(match),
                                 enquire.get_matching_terms_end(match));
  hit.snippet = snippets.build(hit.article.text, terms, stemmer);
  return hit;
}

}  // namespace newsindex
