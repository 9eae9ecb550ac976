// Document-level corrections applied after decoding: a name in a capitals headline takes its type
// from the body, and a name is found again wherever it recurs; titles ("President", "envoy") and
// company forms ("Inc", "GmbH") settle the type next to them; calendar words and capitalised
// ordinary words at a sentence start are never names. Each rule is one function of a family file
// (organisation_rules.h, coordination_rules.h, place_rules.h, person_rules.h, product_rules.h,
// article_rules.h, drop_rules.h); MentionRules applies them in one fixed order.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "feature_extractor.h"
#include "name_span.h"
#include "tag_scheme.h"

namespace newsindex::ner {

// One document rule. It reads the article's tokens and text and changes the names in place,
// keeping them in text order.
struct MentionRule {
  std::string_view name;
  void (*apply)(const PreparedDocument& doc, std::string_view text, std::vector<NameSpan>& spans);
};

class MentionRules {
 public:
  // Spans in token order from a BILOU tag sequence.
  static std::vector<NameSpan> spans_from_tags(const std::vector<std::uint8_t>& tags);

  // The rules in the order they apply: each sees the names as the rules before it left them.
  static std::span<const MentionRule> in_order();

  // Bit i of a mask stands for in_order()[i]. Throws std::invalid_argument naming an unknown rule.
  [[nodiscard]] static std::uint32_t mask_of(std::span<const std::string> names);

  // Every rule in order, except those whose bit is set in `skipped` (to measure what a rule
  // contributes: bench/rule_ablation.py).
  void apply(const PreparedDocument& doc, std::string_view text, std::vector<NameSpan>& spans,
             std::uint32_t skipped = 0) const;
};

}  // namespace newsindex::ner
