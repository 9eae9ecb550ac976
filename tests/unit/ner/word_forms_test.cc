// The ASCII fast path of the word forms must give exactly what the general UTF-8 code gives:
// features hash these forms, so any difference would silently change the model's input.
#include "word_forms.h"

#include <gtest/gtest.h>

#include <string>

#include "feature_extractor.h"

namespace newsindex::ner {
namespace {

TEST(WordForms, AsciiFastPathEqualsTheGeneralForms) {
  for (const std::string word :
       {"Putin", "PUTIN", "putin", "U.S.",  "3M",         "G7",     "iPhone",   "al-Assad",
        "'s",    "--",    "A1b2",  "1990s", "McDonald's", "e-mail", "`quoted`", "X",
        "7",     "...",   "St.",   "N.Z.",  "$",          "aBc"}) {
    std::string lower;
    detail::WordForms forms;
    ASSERT_TRUE(detail::ascii_word_forms(word, lower, forms)) << word;
    std::string general_lower, general_shape;
    append_normalised_lower(general_lower, word);
    append_shape(general_shape, word);
    EXPECT_EQ(lower, general_lower) << word;
    EXPECT_EQ(forms.word_hash, hash_bytes(general_lower)) << word;
    EXPECT_EQ(forms.shape_hash, hash_bytes(general_shape)) << word;
    EXPECT_EQ(forms.flags, detail::word_flags(word)) << word;
  }
}

TEST(WordForms, AsciiFastPathDeclinesOtherWordsAndAppendsNothing) {
  for (const std::string word : {"Zürich", "Київ",
                                 "Ameri\x1F"
                                 "can",
                                 "na\xC2\xADtion"}) {
    std::string lower = "kept";
    detail::WordForms forms;
    EXPECT_FALSE(detail::ascii_word_forms(word, lower, forms)) << word;
    EXPECT_EQ(lower, "kept");
  }
}

}  // namespace
}  // namespace newsindex::ner
