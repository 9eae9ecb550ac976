// Document rules that settle a place's name. Applied in the order of MentionRules::in_order().
#pragma once

#include <string_view>
#include <vector>

#include "feature_extractor.h"
#include "name_span.h"

namespace newsindex::ner::rules {

void features_of_places(const PreparedDocument& doc, std::string_view text,
                        std::vector<NameSpan>& spans);

void dateline_places(const PreparedDocument& doc, std::string_view text,
                     std::vector<NameSpan>& spans);

}  // namespace newsindex::ner::rules
