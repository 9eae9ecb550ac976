// Behaviour of the trained tagger on sentences written for these tests.  NER_MODEL_PATH names the
// model file (indexer/extract/ner/model/en-conll.model), set by the build.
#include "entity_tagger.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace newsindex {
namespace {

struct Found {
  std::string text;
  EntityType type;
  bool operator==(const Found&) const = default;
};

const EntityTagger& tagger() {
  static const EntityTagger t = EntityTagger::load(NER_MODEL_PATH);
  return t;
}

std::vector<Found> tag(const std::string& text) {
  std::vector<Found> out;
  for (const auto& m : tagger().tag(text))
    out.push_back({text.substr(m.begin, m.end - m.begin), m.type});
  return out;
}

bool has(const std::vector<Found>& found, const std::string& text, EntityType type) {
  for (const auto& f : found) {
    if (f.text == text && f.type == type) return true;
  }
  return false;
}

// Every one of `names`, with this type.
void expect_all(const std::vector<Found>& found, std::initializer_list<std::string> names,
                EntityType type) {
  for (const std::string& name : names) EXPECT_TRUE(has(found, name, type)) << name;
}

bool mentions_word(const std::vector<Found>& found, const std::string& word) {
  for (const auto& f : found) {
    if (f.text.find(word) != std::string::npos) return true;
  }
  return false;
}

TEST(EntityTagger, FindsPeoplePlacesAndNationalitiesInNaturalText) {
  const auto found =
      tag("U.S. envoy Steve Witkoff met with Russian President Vladimir Putin in St. Petersburg on "
          "Friday, amid "
          "growing pressure for a ceasefire.");
  EXPECT_TRUE(has(found, "Steve Witkoff", EntityType::Person));
  EXPECT_TRUE(has(found, "Vladimir Putin", EntityType::Person));
  EXPECT_TRUE(has(found, "St. Petersburg",
                  EntityType::Place));  // abbreviation kept whole, name not cut at "St."
  EXPECT_TRUE(has(found, "Russian", EntityType::Misc));
  EXPECT_TRUE(has(found, "U.S.", EntityType::Place));
  EXPECT_FALSE(mentions_word(found, "Friday"));
}

TEST(EntityTagger, SentenceInitialOrdinaryWordsAreNotNames) {
  const auto found =
      tag("Meanwhile, Trump said the talks were productive. Writing on social media, Trump said "
          "Russia has to get "
          "moving.");
  EXPECT_FALSE(mentions_word(found, "Meanwhile"));
  EXPECT_FALSE(mentions_word(found, "Writing"));
  // The model alone made a person of this "Moreover" (TimeBank's wsj_0575).
  const auto moreover = tag(
      "It thinks it will be healthy enough soon to consider repurchasing public debt.\n\nMoreover, "
      "the company, whose go-it-alone approach nearly proved fatal, now sees a way out.");
  EXPECT_FALSE(mentions_word(moreover, "Moreover"));
  EXPECT_TRUE(has(found, "Trump", EntityType::Person));
  EXPECT_TRUE(has(found, "Russia", EntityType::Place));
}

TEST(EntityTagger, KnowsWhichWordsAreUsuallyWrittenCapitalised) {
  // From the middle of the training text's sentences: names of places are, acronyms and
  // ordinary words are not, whatever case they are asked in.
  EXPECT_TRUE(tagger().usually_capitalised("PARIS"));
  EXPECT_TRUE(tagger().usually_capitalised("Texas"));
  EXPECT_FALSE(tagger().usually_capitalised("NATO"));
  EXPECT_FALSE(tagger().usually_capitalised("HOUSE"));
  EXPECT_FALSE(tagger().usually_capitalised("the"));
  EXPECT_FALSE(tagger().usually_capitalised("Qwzxv"));
}

TEST(EntityTagger, KnowsWhichWordsAreUsuallyWrittenWithCapitals) {
  EXPECT_TRUE(tagger().usually_written_with_capitals("MEXICO"));
  EXPECT_TRUE(tagger().usually_written_with_capitals("usda"));
  // Both ways: "Bill" the name and "bill" the law.
  EXPECT_FALSE(tagger().usually_written_with_capitals("BILL"));
  EXPECT_FALSE(tagger().usually_written_with_capitals("the"));
  EXPECT_FALSE(tagger().usually_written_with_capitals("Qwzxv"));
}

TEST(EntityTagger, KnowsTheGazetteersPlaces) {
  EXPECT_TRUE(tagger().known_place("Chicago"));
  EXPECT_TRUE(tagger().known_place("NEW YORK"));
  EXPECT_TRUE(tagger().known_place("Germany"));
  EXPECT_FALSE(tagger().known_place("Reuters"));
  EXPECT_FALSE(tagger().known_place("New"));
  EXPECT_FALSE(tagger().known_place(""));
}

TEST(EntityTagger, WeekdaysAndMonthsAreNeverNames) {
  const auto found =
      tag("Monday was quiet. March ended with a strike at the port of Hamburg, and on Wednesday "
          "Mr. Klaus Berger "
          "said talks would resume in September.\nMONDAY MARCH SEPTEMBER STRIKE ENDS");
  for (const char* word :
       {"Monday", "March", "Wednesday", "September", "MONDAY", "MARCH", "SEPTEMBER"}) {
    EXPECT_FALSE(mentions_word(found, word)) << word;
  }
  EXPECT_TRUE(has(found, "Hamburg", EntityType::Place));
  EXPECT_TRUE(has(found, "Klaus Berger", EntityType::Person));
}

TEST(EntityTagger, CapitalsHeadlineUsesWhatTheBodySays) {
  // "Ostwald" is in no list and not in the training data: only the body says it is a person.
  const auto found =
      tag("OSTWALD DENIES REPORT ON UKRAINE PLAN\n"
          "Dagmar Ostwald , the German envoy , on Saturday rejected a report in The Times that she "
          "had proposed a "
          "division of Ukraine .\nOstwald said she had been misrepresented .");
  EXPECT_TRUE(has(found, "OSTWALD", EntityType::Person));
  EXPECT_TRUE(has(found, "UKRAINE", EntityType::Place));
  EXPECT_FALSE(mentions_word(found, "DENIES"));
  EXPECT_FALSE(mentions_word(found, "REPORT"));
}

TEST(EntityTagger, OffsetsAreUtf8BytesAroundNonAsciiText) {
  const std::string text =
      "Zürich-based analyst José Müller met Volodymyr Zelensky in München on Monday.";
  const auto mentions = tagger().tag(text);
  bool jose = false, munich = false;
  for (const auto& m : mentions) {
    ASSERT_LE(m.end, text.size());
    const std::string s = text.substr(m.begin, m.end - m.begin);
    if (s == "José Müller") {
      jose = true;
      EXPECT_EQ(m.type, EntityType::Person);
      EXPECT_EQ(m.begin, text.find("José"));
    }
    if (s == "München") munich = m.type == EntityType::Place;
  }
  EXPECT_TRUE(jose);
  EXPECT_TRUE(munich);
}

TEST(EntityTagger, CurlyApostropheIsNotPartOfTheName) {
  const auto found =
      tag("It marked Witkoff’s third meeting with Putin this year, the Kremlin’s spokesman said.");
  EXPECT_TRUE(has(found, "Witkoff", EntityType::Person));
  EXPECT_TRUE(has(found, "Putin", EntityType::Person));
  EXPECT_FALSE(mentions_word(found, "’s"));
}

TEST(EntityTagger, CompanyFormSuffixMakesAnOrganisation) {
  const auto found = tag(
      "Shares of Kranzbach Feinmechanik GmbH rose 5 percent, said spokesperson Dagmar Ostwald.");
  EXPECT_TRUE(has(found, "Kranzbach Feinmechanik GmbH", EntityType::Organisation));
  EXPECT_TRUE(has(found, "Dagmar Ostwald", EntityType::Person));
}

TEST(EntityTagger, ConnectorsAfterANameStillJoinIt) {
  // The tagger leaves most words right after a name unscored ("Lilly said"), but not the words
  // that join two names into one.
  const auto found = tag(
      "The offering was managed by Merrill Lynch and Co Inc, the company said. Eli Lilly and Co "
      "said profits rose. Morgan Stanley and Co Inc and Salomon Brothers Inc will underwrite "
      "the issue.");
  expect_all(found,
             {"Merrill Lynch and Co Inc", "Eli Lilly and Co", "Morgan Stanley and Co Inc",
              "Salomon Brothers Inc"},
             EntityType::Organisation);
}

TEST(EntityTagger, AndInsideOneOrganisationsNameDoesNotSplitIt) {
  // A side that is one common word ("Securities", "Food") or company forms only ("Co Inc") is
  // not a name of its own.
  const auto found =
      tag("The bank told the Securities and Exchange Commission on Tuesday that it had hired Bear "
          "Stearns and Co Inc as adviser. The Food and Drug Administration approved the drug.");
  expect_all(found,
             {"Securities and Exchange Commission", "Bear Stearns and Co Inc",
              "Food and Drug Administration"},
             EntityType::Organisation);
  EXPECT_FALSE(has(found, "Exchange Commission", EntityType::Organisation));
}

TEST(EntityTagger, CoordinatedNamesThatStandAloneAreStillSplit) {
  const auto found = tag(
      "Northrop Grumman and EADS North America lost the tanker contract, while Douglas Aircraft "
      "and McDonnell Douglas merged.");
  expect_all(found, {"Northrop Grumman", "Douglas Aircraft", "McDonnell Douglas"},
             EntityType::Organisation);
  EXPECT_FALSE(mentions_word(found, "Grumman and"));
}

TEST(EntityTagger, AnInstitutionOfAPlaceIsOneOrganisation) {
  // In capitals headlines too, where "OF" used to cut the name in two.
  EXPECT_TRUE(has(tag("BANK OF FRANCE SELLS 11 BILLION FRANCS IN TENDER"), "BANK OF FRANCE",
                  EntityType::Organisation));
  const auto found =
      tag("The Royal Bank of Canada and the Commonwealth Bank of Australia raised their rates.");
  expect_all(found, {"Royal Bank of Canada", "Commonwealth Bank of Australia"},
             EntityType::Organisation);
}

TEST(EntityTagger, MiddleInitialsStayInsideTheName) {
  expect_all(tag("Officials said George W. Hollander met Charles H. Barber and John M. Parker in "
                 "the city."),
             {"George W. Hollander", "Charles H. Barber", "John M. Parker"}, EntityType::Person);
}

TEST(EntityTagger, AWireSignOffOnTheLastLineIsNotAMention) {
  const auto found =
      tag("Acme Corp said its chief executive, John Hartley, would retire in June.\n"
          "The shares rose 10 cts.\n REUTER\n");
  EXPECT_TRUE(has(found, "John Hartley", EntityType::Person));
  EXPECT_FALSE(mentions_word(found, "REUTER"));
  // A last line with more than one word, or with figures (a table row), is ordinary text.
  const auto table = tag("Results of the second round:\nAjax 3 1 0 2 7");
  EXPECT_TRUE(mentions_word(table, "Ajax"));
  // A one-line text is a headline, not a sign-off.
  EXPECT_TRUE(has(tag("Moscow"), "Moscow", EntityType::Place));
}

TEST(EntityTagger, LaterSurnameMentionsKeepThePersonType) {
  const auto found =
      tag("Kremlin spokesperson Dmitry Peskov noted that no breakthroughs were expected. Peskov "
          "added that "
          "contacts would continue.");
  EXPECT_TRUE(has(found, "Dmitry Peskov", EntityType::Person));
  EXPECT_TRUE(has(found, "Peskov", EntityType::Person));
}

TEST(EntityTagger, CurrencyCodesAndModelNumbersAreNotOrganisations) {
  const auto found =
      tag("The airline ordered five Boeing 747 jets for 900 million USD, Airbus said on Monday.");
  EXPECT_FALSE(has(found, "USD", EntityType::Organisation));
  EXPECT_TRUE(has(found, "Boeing 747", EntityType::Misc));
  EXPECT_TRUE(has(found, "Airbus", EntityType::Organisation));
}

TEST(EntityTagger, EmptyAndOddInputIsHarmless) {
  EXPECT_TRUE(tagger().tag("").empty());
  EXPECT_TRUE(tagger().tag("   \n\n  ").empty());
  const std::string invalid = "Angela \xff\xfe Merkel visited \xc3 Paris.";
  for (const auto& m : tagger().tag(invalid)) {
    EXPECT_LT(m.begin, m.end);
    EXPECT_LE(m.end, invalid.size());
  }
}

TEST(EntityTagger, ConcurrentCallsGiveTheSameResult) {
  const std::string text =
      "Ukrainian President Volodymyr Zelensky accused Moscow of extending the war, NATO said.";
  const auto expected = tag(text);
  std::vector<std::vector<Found>> results(4);
  std::vector<std::thread> threads;
  for (auto& r : results) {
    threads.emplace_back([&r, &text] {
      for (int i = 0; i < 50; ++i) r = tag(text);
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& r : results) EXPECT_EQ(r, expected);
}

TEST(EntityTagger, ResultDoesNotDependOnEarlierArticles) {
  // The tagger keeps its working memory (and what each word was tagged so far) between articles
  // of a thread; an article's result must not depend on what was tagged before it.
  const std::string text =
      "PUTIN MEETS WITKOFF\nPresident Vladimir Putin met Steve Witkoff in Moscow. Putin said the "
      "talks were useful.";
  const auto alone = tag(text);
  ASSERT_TRUE(has(alone, "Vladimir Putin", EntityType::Person));
  std::string long_article;
  for (int i = 0; i < 400; ++i) {
    long_article += "Witkoff Industries " + std::to_string(i) + " said Moscow Corp and Putin Ltd ";
    long_article += "traded in Witkoff County. ";
  }
  (void)tagger().tag(long_article);
  (void)tagger().tag("MOSCOW PUTIN WITKOFF");
  EXPECT_EQ(tag(text), alone);
}

TEST(EntityTaggerLoad, MissingFileIsAClearError) {
  try {
    EntityTagger::load("/nonexistent/dir/en.model");
    FAIL() << "no exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/dir/en.model"), std::string::npos);
  }
}

TEST(EntityTaggerLoad, GarbageFileIsRejected) {
  const auto path = std::filesystem::temp_directory_path() / "entity_tagger_test_garbage.model";
  {
    std::ofstream out(path, std::ios::binary);
    out << "this is not a model";
  }
  EXPECT_THROW(EntityTagger::load(path), std::runtime_error);
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace newsindex
