#include "text_folder.h"

#include <gtest/gtest.h>

namespace newsindex {
namespace {

TEST(TextFolder, FoldsLatinAccentsAndKeepsCase) {
  TextFolder folder;
  EXPECT_EQ(folder.fold("Zélensky"), "Zelensky");
  EXPECT_EQ(folder.fold("Müller"), "Muller");
  EXPECT_EQ(folder.fold("Søren Łukasz José"), "Soren Lukasz Jose");
  EXPECT_EQ(folder.fold("Straße"), "Strasse");
}

TEST(TextFolder, KeepsQueryOperatorsUppercase) {
  TextFolder folder;
  EXPECT_EQ(folder.fold("putin AND zélensky NOT trump"), "putin AND zelensky NOT trump");
}

TEST(TextFolder, FoldsDecomposedAccentsAndCompatibilityForms) {
  TextFolder folder;
  EXPECT_EQ(folder.fold("Ze\xCC\x81lensky"), "Zelensky");  // e + combining acute
  EXPECT_EQ(folder.fold("ﬁnance"), "finance");
  EXPECT_EQ(folder.fold("Ｋｙｉｖ"), "Kyiv");
}

TEST(TextFolder, LeavesOtherScriptsTheirLetters) {
  TextFolder folder;
  EXPECT_EQ(folder.fold("Путин"), "Путин");
  EXPECT_EQ(folder.fold("東京"), "東京");
}

TEST(TextFolder, KeysAreCaseFoldedAndWhitespaceCollapsed) {
  TextFolder folder;
  EXPECT_EQ(folder.key("  Baltic   Wire "), "baltic wire");
  EXPECT_EQ(folder.key("MÜLLER"), "muller");
  EXPECT_EQ(folder.key("ПУТИН"), "путин");
  EXPECT_EQ(folder.key("Crónica\u00a0Meridiana"), "cronica meridiana");
}

TEST(TextFolder, ToleratesInvalidUtf8) {
  TextFolder folder;
  EXPECT_FALSE(folder.fold("bad \xff byte").empty());
}

}  // namespace
}  // namespace newsindex
