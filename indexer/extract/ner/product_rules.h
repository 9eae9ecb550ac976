// Document rules that type products and events as MISC ("Boeing 747", "iTunes Music Store", "Paris
// Air Show", "browser Safari") and the names around them. Applied in the order of
// MentionRules::in_order().
#pragma once

#include <string_view>
#include <vector>

#include "feature_extractor.h"
#include "name_span.h"

namespace newsindex::ner::rules {

void products_with_model_numbers(const PreparedDocument& doc, std::string_view text,
                                 std::vector<NameSpan>& spans);
void stock_indices(const PreparedDocument& doc, std::string_view text,
                   std::vector<NameSpan>& spans);
void products_events_and_titles(const PreparedDocument& doc, std::string_view text,
                                std::vector<NameSpan>& spans);
void descriptor_nouns(const PreparedDocument& doc, std::string_view text,
                      std::vector<NameSpan>& spans);
void split_off_compound_modifiers(const PreparedDocument& doc, std::string_view text,
                                  std::vector<NameSpan>& spans);
void quoted_titles(const PreparedDocument& doc, std::string_view text,
                   std::vector<NameSpan>& spans);

}  // namespace newsindex::ner::rules
