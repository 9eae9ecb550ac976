#include "code_points.h"

#include <gtest/gtest.h>

#include <string>

namespace newsindex {
namespace {

TEST(CodePointCounter, CountsCodePointsBeforeAByteOffset) {
  const std::string text = "Zürich, Київ 東京";  // ü 2 bytes, Cyrillic 2 each, CJK 3 each
  CodePointCounter count(text);
  EXPECT_EQ(count(0), 0u);
  EXPECT_EQ(count(3), 2u);                   // "Zü"
  EXPECT_EQ(count(text.find("Київ")), 8u);   // "Zürich, "
  EXPECT_EQ(count(text.find("東京")), 13u);  // ... "Київ "
  EXPECT_EQ(count(text.size()), 15u);
  EXPECT_EQ(count(text.size() + 10), 15u);  // past the end: the whole text
}

TEST(CodePointCounter, StartsOverForASmallerOffset) {
  const std::string text = "ÄÖÜ abc";
  CodePointCounter count(text);
  EXPECT_EQ(count(6), 3u);
  EXPECT_EQ(count(2), 1u);
  EXPECT_EQ(count(7), 4u);
}

}  // namespace
}  // namespace newsindex
