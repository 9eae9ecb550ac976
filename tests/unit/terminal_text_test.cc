#include "terminal_text.h"

#include <gtest/gtest.h>

namespace newsindex {
namespace {

TEST(TerminalText, WideCharactersTakeTwoColumns) {
  EXPECT_EQ(display_width("Kyiv"), 4u);
  EXPECT_EQ(display_width("東京"), 4u);
  EXPECT_EQ(display_width("Zélensky"), 8u);
  EXPECT_EQ(display_width("Ze\xCC\x81lensky"), 8u);  // combining accent takes no column
}

TEST(TerminalText, FitAndPadAlignColumns) {
  EXPECT_EQ(fit_to_width("Northern Ledger", 8), "Norther…");
  EXPECT_EQ(fit_to_width("東京新聞", 5), "東京…");
  EXPECT_EQ(fit_to_width("short", 8), "short");
  EXPECT_EQ(pad_to_width("東京", 6), "東京  ");
}

TEST(TerminalText, WrapsAtSpaces) {
  std::string text = "one two three four five";
  // "one two" | "three" | "four five": "three four" would take 10 columns.
  std::vector<std::size_t> starts = wrap_lines(text, 9);
  EXPECT_EQ(starts, (std::vector<std::size_t>{0, 8, 14}));
}

}  // namespace
}  // namespace newsindex
