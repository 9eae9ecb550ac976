// Document-level corrections applied after decoding: a name in a capitals headline takes its type
// from the body, and a name is found again wherever it recurs; titles ("President", "envoy") and
// company forms ("Inc", "GmbH") settle the type next to them; calendar words and capitalised
// ordinary words at a sentence start are never names.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "feature_extractor.h"
#include "tag_scheme.h"

namespace newsindex::ner {

struct NameSpan {
  std::uint32_t first, last;  // token indices, inclusive
  NameType type;
};

class MentionRules {
 public:
  // Spans in token order from a BILOU tag sequence.
  static std::vector<NameSpan> spans_from_tags(const std::vector<std::uint8_t>& tags);

  void apply(const PreparedDocument& doc, std::string_view text,
             std::vector<NameSpan>& spans) const;

 private:
  static void extend_over_company_forms(const PreparedDocument& doc, std::vector<NameSpan>& spans);
  static void products_with_model_numbers(const PreparedDocument& doc, std::string_view text,
                                          std::vector<NameSpan>& spans);
  static void known_organisations(const PreparedDocument& doc, std::vector<NameSpan>& spans);
  static void merge_adjacent_organisations(const PreparedDocument& doc,
                                           std::vector<NameSpan>& spans);
  static void split_headline_names(const PreparedDocument& doc, std::vector<NameSpan>& spans);
  static void join_middle_initials(const PreparedDocument& doc, std::string_view text,
                                   std::vector<NameSpan>& spans);
  static void unify_types(const PreparedDocument& doc, std::vector<NameSpan>& spans);
  static void propagate(const PreparedDocument& doc, std::vector<NameSpan>& spans);
  static void names_after_titles(const PreparedDocument& doc, std::vector<NameSpan>& spans);
  static void drop_ordinary_words(const PreparedDocument& doc, std::vector<NameSpan>& spans);
  static void products_events_and_titles(const PreparedDocument& doc, std::string_view text,
                                         std::vector<NameSpan>& spans);
  static void split_coordinated_names(const PreparedDocument& doc, std::vector<NameSpan>& spans);
  static void organisation_heads_after_places(const PreparedDocument& doc,
                                              std::vector<NameSpan>& spans);
  static void features_of_places(const PreparedDocument& doc, std::vector<NameSpan>& spans);
  static void product_lines(const PreparedDocument& doc, std::string_view text,
                            std::vector<NameSpan>& spans);
  static void descriptor_nouns(const PreparedDocument& doc, std::string_view text,
                               std::vector<NameSpan>& spans);
  static void drop_implausible(const PreparedDocument& doc, std::string_view text,
                               std::vector<NameSpan>& spans);
  static void drop_sign_off(const PreparedDocument& doc, std::vector<NameSpan>& spans);
};

}  // namespace newsindex::ner
