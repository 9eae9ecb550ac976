// The tagging pipeline of one document (prepare, decode, document rules), exposed separately from
// EntityTagger so that the rules can be switched off when measuring what they contribute.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "entity_tagger.h"
#include "tagger_model.h"

namespace newsindex::ner {

struct TaggingSwitches {
  bool document_rules = true;
  std::uint32_t skipped_rules = 0;  // MentionRules::mask_of: rules left out
};

std::vector<EntityMention> tag_document(const TaggerModel& model, std::string_view utf8_text,
                                        const TaggingSwitches& switches);

}  // namespace newsindex::ner
