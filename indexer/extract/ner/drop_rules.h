// Document rules that drop mentions which are no names: calendar words, codes and ordinary words
// at a sentence start, fragments and debris (many from OCR'd pages), and the wire's sign-off.
// Applied last, in the order of MentionRules::in_order().
#pragma once

#include <string_view>
#include <vector>

#include "feature_extractor.h"
#include "name_span.h"

namespace newsindex::ner::rules {

void drop_ordinary_words(const PreparedDocument& doc, std::string_view text,
                         std::vector<NameSpan>& spans);
void drop_implausible(const PreparedDocument& doc, std::string_view text,
                      std::vector<NameSpan>& spans);
void drop_sign_off(const PreparedDocument& doc, std::string_view text,
                   std::vector<NameSpan>& spans);

}  // namespace newsindex::ner::rules
