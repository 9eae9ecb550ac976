// Document rules that settle a person's name: middle initials, and names after titles and nouns
// for people. Applied in the order of MentionRules::in_order().
#pragma once

#include <string_view>
#include <vector>

#include "feature_extractor.h"
#include "name_span.h"

namespace newsindex::ner::rules {

void join_middle_initials(const PreparedDocument& doc, std::string_view text,
                          std::vector<NameSpan>& spans);
void join_nicknames(const PreparedDocument& doc, std::string_view text,
                    std::vector<NameSpan>& spans);
void join_name_particles(const PreparedDocument& doc, std::string_view text,
                         std::vector<NameSpan>& spans);
void person_after_the(const PreparedDocument& doc, std::string_view text,
                      std::vector<NameSpan>& spans);
void split_at_inner_offices(const PreparedDocument& doc, std::string_view text,
                            std::vector<NameSpan>& spans);
void names_after_titles(const PreparedDocument& doc, std::string_view text,
                        std::vector<NameSpan>& spans);

}  // namespace newsindex::ner::rules
