#include "mention_rules.h"

#include "article_rules.h"
#include "coordination_rules.h"
#include "drop_rules.h"
#include "organisation_rules.h"
#include "person_rules.h"
#include "place_rules.h"
#include "product_rules.h"

namespace newsindex::ner {
namespace {

// Mostly where names end before what they are, and the rules that read the whole article before
// the drops that judge every mention: a rule that types a name needs its final extent, and a name
// must be found everywhere before its mentions are judged. The extract output depends on this
// exact order (mention_rules_test.cc pins it).
constexpr MentionRule kRules[] = {
    {"extend_over_company_forms", rules::extend_over_company_forms},
    {"join_legal_form_after_and", rules::join_legal_form_after_and},
    {"split_coordinated_names", rules::split_coordinated_names},
    {"organisation_heads_after_places", rules::organisation_heads_after_places},
    {"extend_organisation_left_over_and", rules::extend_organisation_left_over_and},
    {"merge_adjacent_organisations", rules::merge_adjacent_organisations},
    {"features_of_places", rules::features_of_places},
    {"join_middle_initials", rules::join_middle_initials},
    {"products_with_model_numbers", rules::products_with_model_numbers},
    {"known_organisations", rules::known_organisations},
    {"product_lines", rules::product_lines},
    {"products_events_and_titles", rules::products_events_and_titles},
    {"descriptor_nouns", rules::descriptor_nouns},
    {"names_after_titles", rules::names_after_titles},
    {"split_headline_names", rules::split_headline_names},
    {"unify_types", rules::unify_types},
    {"propagate", rules::propagate},
    {"drop_ordinary_words", rules::drop_ordinary_words},
    {"drop_implausible", rules::drop_implausible},
    {"drop_sign_off", rules::drop_sign_off},
};

}  // namespace

std::vector<NameSpan> MentionRules::spans_from_tags(const std::vector<std::uint8_t>& tags) {
  std::vector<NameSpan> spans;
  std::uint32_t start = 0;
  bool open = false;
  for (std::uint32_t i = 0; i < tags.size(); ++i) {
    const auto part = tag_part(tags[i]);
    if (part == TagPart::Begin) {
      start = i;
      open = true;
    } else if (part == TagPart::Unit) {
      spans.push_back({i, i, tag_type(tags[i])});
      open = false;
    } else if (part == TagPart::Last && open) {
      spans.push_back({start, i, tag_type(tags[i])});
      open = false;
    } else if (part == TagPart::Outside) {
      open = false;
    }
  }
  return spans;
}

std::span<const MentionRule> MentionRules::in_order() {
  return kRules;
}

void MentionRules::apply(const PreparedDocument& doc, std::string_view text,
                         std::vector<NameSpan>& spans) const {
  for (const MentionRule& rule : kRules) rule.apply(doc, text, spans);
}

}  // namespace newsindex::ner
