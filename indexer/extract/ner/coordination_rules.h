// Document rules for names around "and": where the decoder ran two names together, ended a firm's
// name at "and", or began an organisation's name there. Applied in the order of
// MentionRules::in_order().
#pragma once

#include <string_view>
#include <vector>

#include "feature_extractor.h"
#include "name_span.h"

namespace newsindex::ner::rules {

void join_legal_form_after_and(const PreparedDocument& doc, std::string_view text,
                               std::vector<NameSpan>& spans);
void split_coordinated_names(const PreparedDocument& doc, std::string_view text,
                             std::vector<NameSpan>& spans);
void extend_organisation_left_over_and(const PreparedDocument& doc, std::string_view text,
                                       std::vector<NameSpan>& spans);

}  // namespace newsindex::ner::rules
