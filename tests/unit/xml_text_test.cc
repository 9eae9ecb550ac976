#include "xml_text.h"

#include <gtest/gtest.h>

namespace newsindex {
namespace {

TEST(XmlText, MarkupCharactersBecomeEntities) {
  EXPECT_EQ(xml_text("AT&T <Big> \"Co\" 'Ltd'"),
            "AT&amp;T &lt;Big&gt; &quot;Co&quot; &apos;Ltd&apos;");
  EXPECT_EQ(xml_text("plain"), "plain");
}

TEST(XmlText, LineBreaksAreKeptAndOtherControlsLeftOut) {
  EXPECT_EQ(xml_text("a\tb\nc\rd"), "a&#9;b&#10;c&#13;d");
  EXPECT_EQ(xml_text(std::string("a\x01"
                                 "b\x1f"
                                 "c\0d",
                                 7)),
            "abcd");
}

TEST(XmlText, WellFormedUtf8IsKept) {
  EXPECT_EQ(xml_text("Zelenskyj Зеленський 東京 😀"), "Zelenskyj Зеленський 東京 😀");
}

TEST(XmlText, BrokenUtf8BecomesReplacementCharacters) {
  const std::string replacement = "\xEF\xBF\xBD";
  EXPECT_EQ(xml_text("caf\xE9"), "caf" + replacement);                           // Latin-1
  EXPECT_EQ(xml_text("\xC3"), replacement);                                      // cut short
  EXPECT_EQ(xml_text("\xC0\xAF"), replacement + replacement);                    // overlong
  EXPECT_EQ(xml_text("\xED\xA0\x80"), replacement + replacement + replacement);  // surrogate
  EXPECT_EQ(xml_text("\xEF\xBF\xBF"), replacement + replacement + replacement);  // U+FFFF
  EXPECT_EQ(xml_text("\xF4\x90\x80\x80x").substr(0, 3), replacement);            // above U+10FFFF
}

}  // namespace
}  // namespace newsindex
