#include "tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsindex::ner {
namespace {

std::vector<std::string> words(const std::string& text) {
  std::vector<Token> tokens;
  Tokenizer().tokenize(text, tokens);
  std::vector<std::string> out;
  for (const auto& t : tokens) out.push_back(text.substr(t.begin, t.end - t.begin));
  return out;
}

TEST(Tokenizer, KeepsAbbreviationsAndSplitsClitics) {
  EXPECT_EQ(words("The U.S. envoy met Putin's aide in St. Petersburg."),
            (std::vector<std::string>{"The", "U.S.", "envoy", "met", "Putin", "'s", "aide", "in",
                                      "St.", "Petersburg", "."}));
  EXPECT_EQ(words("We don't know."), (std::vector<std::string>{"We", "do", "n't", "know", "."}));
}

TEST(Tokenizer, SeparatesBracketsQuotesAndCurlyClitics) {
  EXPECT_EQ(words("Airbus parent (EADS) said \u201cno\u201d, Witkoff\u2019s aide"),
            (std::vector<std::string>{"Airbus", "parent", "(", "EADS", ")", "said", "\u201c", "no",
                                      "\u201d", ",", "Witkoff", "\u2019s", "aide"}));
}

TEST(Tokenizer, KeepsHyphenatedWordsNumbersAndInnerApostrophes) {
  EXPECT_EQ(words("Michael O'Leary bought 1,200.5 EADS-led A330-200 jets"),
            (std::vector<std::string>{"Michael", "O'Leary", "bought", "1,200.5", "EADS-led",
                                      "A330-200", "jets"}));
}

TEST(Tokenizer, MarksSentenceStartsAndLines) {
  const std::string text = "He left. Then he came back.\nNew line";
  std::vector<Token> tokens;
  Tokenizer().tokenize(text, tokens);
  ASSERT_EQ(tokens.size(), 10u);
  EXPECT_TRUE(tokens[0].flags & kSentenceStart);
  EXPECT_TRUE(tokens[3].flags & kSentenceStart);   // "Then"
  EXPECT_FALSE(tokens[4].flags & kSentenceStart);  // "he"
  EXPECT_TRUE(tokens[8].flags & kLineStart);       // "New"
  EXPECT_EQ(tokens[8].line, 1u);
}

TEST(Tokenizer, ByteOffsetsSurviveMultiByteAndInvalidText) {
  const std::string text = "Müller \xff in Zürich";
  std::vector<Token> tokens;
  Tokenizer().tokenize(text, tokens);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(text.substr(tokens[0].begin, tokens[0].end - tokens[0].begin), "Müller");
  EXPECT_EQ(text.substr(tokens[2].begin, tokens[2].end - tokens[2].begin), "Zürich");
}

}  // namespace
}  // namespace newsindex::ner
