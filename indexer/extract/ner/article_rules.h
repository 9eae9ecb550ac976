// Document rules that read a name against the rest of the article: a name in a capitals headline
// is cut at ordinary words and takes its type from the body, and a name is found again wherever it
// recurs. Applied in the order of MentionRules::in_order().
#pragma once

#include <string_view>
#include <vector>

#include "feature_extractor.h"
#include "name_span.h"

namespace newsindex::ner::rules {

void split_headline_names(const PreparedDocument& doc, std::string_view text,
                          std::vector<NameSpan>& spans);
void unify_types(const PreparedDocument& doc, std::string_view text, std::vector<NameSpan>& spans);
void propagate(const PreparedDocument& doc, std::string_view text, std::vector<NameSpan>& spans);

}  // namespace newsindex::ner::rules
