#include "snippet_builder.h"

#include <gtest/gtest.h>

namespace newsindex {
namespace {

std::vector<std::string> highlighted(const Snippet& snippet) {
  std::vector<std::string> words;
  for (const auto& [from, to] : snippet.highlights)
    words.push_back(snippet.text.substr(from, to - from));
  return words;
}

TEST(SnippetBuilder, HighlightsFoldedMatchesInTheOriginalText) {
  SnippetBuilder builder;
  Snippet snippet = builder.build("Le président Zélensky a rencontré Müller.",
                                  {"zelensky", "muller"}, Xapian::Stem());
  EXPECT_EQ(snippet.text, "Le président Zélensky a rencontré Müller.");
  EXPECT_EQ(highlighted(snippet), (std::vector<std::string>{"Zélensky", "Müller"}));
}

TEST(SnippetBuilder, HighlightsStemmedMatches) {
  SnippetBuilder builder;
  Snippet snippet =
      builder.build("Talks were held; talking continues.", {"Ztalk"}, Xapian::Stem("en"));
  EXPECT_EQ(highlighted(snippet), (std::vector<std::string>{"Talks", "talking"}));
}

TEST(SnippetBuilder, IgnoresFilterTerms) {
  SnippetBuilder builder;
  Snippet snippet = builder.build("en route to Baltic", {"Len", "XSOURCE:baltic"}, Xapian::Stem());
  EXPECT_TRUE(snippet.highlights.empty());
}

TEST(SnippetBuilder, PicksThePassageWithTheMatchesAndMarksCuts) {
  std::string text(600, ' ');
  for (std::size_t i = 0; i < text.size(); i += 6) text.replace(i, 5, "lorem");
  text += " the ceasefire talks in Riyadh ended ";
  text += std::string(600, 'x');
  SnippetBuilder builder(80);
  Snippet snippet = builder.build(text, {"ceasefire", "riyadh"}, Xapian::Stem());
  EXPECT_TRUE(snippet.text.starts_with("…"));
  EXPECT_TRUE(snippet.text.ends_with("…"));
  EXPECT_EQ(highlighted(snippet), (std::vector<std::string>{"ceasefire", "Riyadh"}));
  EXPECT_LT(snippet.text.size(), 200u);
}

TEST(SnippetBuilder, CollapsesLineBreaks) {
  SnippetBuilder builder;
  Snippet snippet = builder.build("First line\nsecond  line", {}, Xapian::Stem());
  EXPECT_EQ(snippet.text, "First line second line");
}

}  // namespace
}  // namespace newsindex
