// BILOU tags over the four CoNLL types.  BILOU rather than BIO because a distinct tag for the last
// token and for single-token names lets the greedy decoder learn where names end, which BIO leaves
// implicit.
#pragma once

#include <cstdint>

namespace newsindex::ner {

enum class NameType : std::uint8_t { Person = 0, Organisation = 1, Place = 2, Misc = 3 };
constexpr int kNameTypeCount = 4;
constexpr int kTagCount = 1 + 4 * kNameTypeCount;
constexpr std::uint8_t kOutside = 0;

enum class TagPart : std::uint8_t { Outside, Begin, Inside, Last, Unit };

constexpr std::uint8_t make_tag(TagPart part, NameType type) {
  return part == TagPart::Outside ? kOutside
                                  : static_cast<std::uint8_t>(1 + 4 * static_cast<int>(type) +
                                                              static_cast<int>(part) - 1);
}
constexpr TagPart tag_part(std::uint8_t tag) {
  return tag == kOutside ? TagPart::Outside : static_cast<TagPart>((tag - 1) % 4 + 1);
}
constexpr NameType tag_type(std::uint8_t tag) {
  return static_cast<NameType>((tag - 1) / 4);
}

// Whether `tag` may follow `previous` (kOutside stands in for the sentence start).
constexpr bool may_follow(std::uint8_t previous, std::uint8_t tag) {
  const TagPart p = tag_part(previous), t = tag_part(tag);
  if (p == TagPart::Begin || p == TagPart::Inside) {
    return (t == TagPart::Inside || t == TagPart::Last) && tag_type(previous) == tag_type(tag);
  }
  return t == TagPart::Outside || t == TagPart::Begin || t == TagPart::Unit;
}

constexpr bool may_end_sentence(std::uint8_t tag) {
  const TagPart t = tag_part(tag);
  return t != TagPart::Begin && t != TagPart::Inside;
}

}  // namespace newsindex::ner
