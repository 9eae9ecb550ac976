#include "word_filter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace newsindex {
namespace {

TEST(WordFilter, NeverRejectsAListedWord) {
  const std::vector<std::string> listed = {"friday", "feb", "weeks", "année", "a", "x's"};
  WordFilter filter;
  for (const std::string& word : listed) filter.add(word);
  for (const std::string& word : listed) EXPECT_TRUE(filter.may_contain(word)) << word;
  // Longer than the lengths it tells apart.
  const std::string long_word(80, 'q');
  filter.add(long_word);
  EXPECT_TRUE(filter.may_contain(long_word));
}

TEST(WordFilter, RejectsWordsWithAnotherLengthOrLastLetter) {
  WordFilter filter;
  filter.add("friday");
  filter.add("feb");
  EXPECT_FALSE(filter.may_contain("said"));     // no listed word starts with 's'
  EXPECT_FALSE(filter.may_contain("fridays"));  // no 7-byte word starts with 'f'
  EXPECT_FALSE(filter.may_contain("fridax"));   // no listed word runs from 'f' to 'x'
  EXPECT_FALSE(filter.may_contain(std::string(1, '\xC3')));
  // A word that passes both tests may still be absent: the table behind it decides.
  EXPECT_TRUE(filter.may_contain("fab"));
}

}  // namespace
}  // namespace newsindex
