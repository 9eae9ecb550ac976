#include "mention_rules.h"

#include <algorithm>
#include <iterator>
#include <stdexcept>

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
    {"firms_named_after_people", rules::firms_named_after_people},
    {"features_of_places", rules::features_of_places},
    {"join_middle_initials", rules::join_middle_initials},
    {"join_nicknames", rules::join_nicknames},
    {"join_name_particles", rules::join_name_particles},
    {"person_after_the", rules::person_after_the},
    {"products_with_model_numbers", rules::products_with_model_numbers},
    {"stock_indices", rules::stock_indices},
    {"known_organisations", rules::known_organisations},
    {"products_events_and_titles", rules::products_events_and_titles},
    {"descriptor_nouns", rules::descriptor_nouns},
    {"split_off_compound_modifiers", rules::split_off_compound_modifiers},
    {"split_at_inner_offices", rules::split_at_inner_offices},
    {"names_spelled_out_before_acronyms", rules::names_spelled_out_before_acronyms},
    {"names_after_titles", rules::names_after_titles},
    {"split_headline_names", rules::split_headline_names},
    {"unify_types", rules::unify_types},
    {"propagate", rules::propagate},
    {"quoted_titles", rules::quoted_titles},
    {"dateline_places", rules::dateline_places},
    {"drop_ordinary_words", rules::drop_ordinary_words},
    {"drop_implausible", rules::drop_implausible},
    {"drop_sign_off", rules::drop_sign_off},
};

static_assert(std::size(kRules) <= 32, "MentionRules::mask_of keeps one bit per rule");

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

std::uint32_t MentionRules::mask_of(std::span<const std::string> names) {
  std::uint32_t mask = 0;
  for (const std::string& name : names) {
    const auto* rule = std::find_if(std::begin(kRules), std::end(kRules),
                                    [&](const MentionRule& r) { return r.name == name; });
    if (rule == std::end(kRules)) {
      std::string known;
      for (const MentionRule& r : kRules)
        known += (known.empty() ? "" : ", ") + std::string(r.name);
      throw std::invalid_argument("no document rule '" + name + "' (the rules: " + known + ")");
    }
    mask |= std::uint32_t{1} << (rule - std::begin(kRules));
  }
  return mask;
}

void MentionRules::apply(const PreparedDocument& doc, std::string_view text,
                         std::vector<NameSpan>& spans, std::uint32_t skipped) const {
  for (std::size_t i = 0; i < std::size(kRules); ++i) {
    if ((skipped >> i & 1U) == 0) kRules[i].apply(doc, text, spans);
  }
}

}  // namespace newsindex::ner
