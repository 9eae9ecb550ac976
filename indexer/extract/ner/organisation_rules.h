// Document rules that settle where an organisation's name ends and that it is one: company forms,
// services after places, names back to back, listed companies. Applied in the order of
// MentionRules::in_order().
#pragma once

#include <string_view>
#include <vector>

#include "feature_extractor.h"
#include "name_span.h"

namespace newsindex::ner::rules {

void extend_over_company_forms(const PreparedDocument& doc, std::string_view text,
                               std::vector<NameSpan>& spans);
void organisation_heads_after_places(const PreparedDocument& doc, std::string_view text,
                                     std::vector<NameSpan>& spans);
void merge_adjacent_organisations(const PreparedDocument& doc, std::string_view text,
                                  std::vector<NameSpan>& spans);
void firms_named_after_people(const PreparedDocument& doc, std::string_view text,
                              std::vector<NameSpan>& spans);
void known_organisations(const PreparedDocument& doc, std::string_view text,
                         std::vector<NameSpan>& spans);
void names_spelled_out_before_acronyms(const PreparedDocument& doc, std::string_view text,
                                       std::vector<NameSpan>& spans);

}  // namespace newsindex::ner::rules
