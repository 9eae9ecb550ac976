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
  const std::string facet_value = document.get_value(schema::kFacetSlot);
  const schema::FacetFields fields = schema::parse_facet_fields(facet_value);
  hit.entities = schema::decode_entity_facets(fields.entities);
  std::string_view dates = fields.mentioned;
  std::string_view date;
  while (schema::next_mentioned_date(dates, date)) hit.mentioned_dates.emplace_back(date);
  std::vector<std::string> terms(enquire.get_matching_terms_begin(match),
                                 enquire.get_matching_terms_end(match));
  hit.snippet = snippets.build(hit.article.text, terms, stemmer);
  return hit;
}

}  // namespace newsindex
