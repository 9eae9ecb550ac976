// Relative phrases of other languages from ICU's data (locale_phrases.h).
#include "locale_phrases.h"

#include <gtest/gtest.h>

#include "timex_test_support.h"

namespace newsindex {
namespace {

using timex_test::find_with;

std::string phrases(std::string_view language, std::string_view text) {
  return find_with({recognise_locale_phrase, recognise_number_template}, text, timex_test::kFriday,
                   language);
}

TEST(LocalePhrases, FixedPhrases) {
  EXPECT_EQ(phrases("de", "Gestern folgte die Antwort."), "Gestern=2025-04-10");
  EXPECT_EQ(phrases("de", "Letztes Jahr stieg der Umsatz."), "Letztes Jahr=2024");
  EXPECT_EQ(phrases("fr", "Il est parti hier."), "hier=2025-04-10");
  EXPECT_EQ(phrases("es", "Se publicó ayer."), "ayer=2025-04-10");
  EXPECT_EQ(phrases("fi", "Se julkaistiin eilen."), "eilen=2025-04-10");
}

TEST(LocalePhrases, PhrasesAroundANumber) {
  EXPECT_EQ(phrases("de", "Die Firma meldete vor 3 Tagen Verluste."), "vor 3 Tagen=2025-04-08");
  EXPECT_EQ(phrases("de", "Die Firma meldete vor 3 Stunden Verluste."), "");
}

TEST(LocalePhrases, EnglishHasNone) {
  EXPECT_EQ(phrases("en", "It fell yesterday, 3 days ago."), "");
}

}  // namespace
}  // namespace newsindex
