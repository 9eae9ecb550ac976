// The tagging pipeline of one document (prepare, decode, document rules), exposed separately from
// EntityTagger::tag: the document rules can be left out, to measure what each contributes.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "entity_tagger.h"
#include "tagger_model.h"

namespace newsindex::ner {

// `skipped_rules` (MentionRules::mask_of) are the document rules left out.
std::vector<EntityMention> tag_document(const TaggerModel& model, std::string_view utf8_text,
                                        std::uint32_t skipped_rules);

}  // namespace newsindex::ner
