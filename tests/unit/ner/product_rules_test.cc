// Each product and event rule alone, and each step of products_events_and_titles, on hand-made
// decoder output.
#include "product_rules.h"

#include <gtest/gtest.h>

#include "mention_rule_fixture.h"

namespace newsindex::ner {
namespace {

using ProductRules = MentionRuleTest;
constexpr auto kPer = NameType::Person, kOrg = NameType::Organisation, kLoc = NameType::Place,
               kMisc = NameType::Misc;

TEST_F(ProductRules, MakerAndModelNumberIsAProductButScoresAreNot) {
  prepare("Airbus bought a Boeing 747 and a Kranzbach KX300 while Surrey made 429 runs .");
  EXPECT_EQ(run(rules::products_with_model_numbers,
                {one("Boeing", kOrg), one("Kranzbach", kOrg), one("Surrey", kOrg)}),
            (Result{{"Boeing 747", kMisc}, {"Kranzbach KX300", kMisc}, {"Surrey", kOrg}}));
}

TEST_F(ProductRules, AMarketIndexKeepsItsNumberWhereverTheArticleWritesIt) {
  prepare(
      "The Harbour 250 index rose as Harbour shares fell . Later the Harbour 250 slipped , "
      "and Kranzbach 40 points ahead .");
  EXPECT_EQ(
      run(rules::stock_indices, {one("Harbour", kOrg), one("Harbour", kOrg, 1),
                                 one("Harbour", kOrg, 2), one("Kranzbach", kPer)}),
      (Result{
          {"Harbour 250", kMisc}, {"Harbour", kOrg}, {"Harbour 250", kMisc}, {"Kranzbach", kPer}}));
}

TEST_F(ProductRules, APersonsNameDoesNotStartWithTheTitle) {
  prepare("President Kurt Ostwald spoke .");
  EXPECT_EQ(run(rules::products_events_and_titles, {{at("President"), at("Ostwald"), kPer}}),
            (Result{{"Kurt Ostwald", kPer}}));
}

TEST_F(ProductRules, ACompanyFormWithAFullStopInsideANameEndsTheCompany) {
  prepare("Apple Inc. Steve Jobs spoke .");
  EXPECT_EQ(run(rules::products_events_and_titles, {{at("Apple"), at("Jobs"), kOrg}}),
            (Result{{"Apple Inc.", kOrg}, {"Steve Jobs", kPer}}));
}

TEST_F(ProductRules, UnitsDevicesAndJobTitlesAloneAreNeverNames) {
  prepare("The CEO bought a GPS unit and a Kranzbach GPS .");
  EXPECT_EQ(run(rules::products_events_and_titles,
                {one("CEO", kPer), one("GPS", kOrg), {at("Kranzbach"), at("GPS", 1), kOrg}}),
            (Result{{"Kranzbach GPS", kOrg}}));
}

TEST_F(ProductRules, TheLastWordMakesEventsFacilitiesAndCamelCaseProducts) {
  prepare(
      "At the Paris Air Show , the Organisation of Islamic Conference and Heathrow Airport "
      "showed the iPhone .");
  EXPECT_EQ(run(rules::products_events_and_titles, {{at("Paris"), at("Show"), kLoc},
                                                    {at("Organisation"), at("Conference"), kOrg},
                                                    {at("Heathrow"), at("Airport"), kOrg},
                                                    one("iPhone", kOrg)}),
            (Result{{"Paris Air Show", kMisc},
                    {"Organisation of Islamic Conference", kOrg},
                    {"Heathrow Airport", kLoc},
                    {"iPhone", kMisc}}));
}

TEST_F(ProductRules, AFlightTakesItsNumber) {
  prepare("Air France Flight 447 crashed .");
  EXPECT_EQ(run(rules::products_events_and_titles, {{at("Air"), at("Flight"), kOrg}}),
            (Result{{"Air France Flight 447", kMisc}}));
}

TEST_F(ProductRules, AProductsHeadNounAfterTheNameOrACoordinatedNameMakesAProduct) {
  // A listed company keeps its type: "Apple laptops" are the company's.
  prepare("Kranzbach and Ostwald laptops beat Apple laptops .");
  EXPECT_EQ(run(rules::products_events_and_titles,
                {one("Kranzbach", kOrg), one("Ostwald", kPer), one("Apple", kOrg)}),
            (Result{{"Kranzbach", kMisc}, {"Ostwald", kMisc}, {"Apple", kOrg}}));
}

TEST_F(ProductRules, AnUnknownNameAfterNewOrAMakersModelNumberIsAProduct) {
  prepare("the new Kranzbach , the Airbus A350 Ostwald and the 2007 Dagmar .");
  EXPECT_EQ(run(rules::products_events_and_titles, {one("Kranzbach", kPer), one("Airbus", kOrg),
                                                    one("Ostwald", kOrg), one("Dagmar", kPer)}),
            (Result{{"Kranzbach", kMisc}, {"Airbus", kOrg}, {"Ostwald", kMisc}, {"Dagmar", kPer}}));
}

TEST_F(ProductRules, AProductOnceIsAProductThroughoutTheArticle) {
  // A name the decoder typed "other" itself is no evidence for its other mentions.
  prepare("Kranzbach laptops sold . Kranzbach said . Ostwald said . Ostwald rose .");
  EXPECT_EQ(
      run(rules::products_events_and_titles, {one("Kranzbach", kOrg), one("Kranzbach", kOrg, 1),
                                              one("Ostwald", kMisc), one("Ostwald", kOrg, 1)}),
      (Result{{"Kranzbach", kMisc}, {"Kranzbach", kMisc}, {"Ostwald", kMisc}, {"Ostwald", kOrg}}));
}

TEST_F(ProductRules, ADescriptorNounBeforeANameSaysWhatItIs) {
  prepare(
      "The magazine Der Spiegel , the browser Kranzbach , the carrier Paris and the Dreamliner "
      "came . Der Spiegel said .");
  EXPECT_EQ(run(rules::descriptor_nouns, {{at("Der"), at("Spiegel"), kPer},
                                          one("Kranzbach", kPer),
                                          one("Paris", kLoc),
                                          one("Dreamliner", kPer),
                                          {at("Der", 1), at("Spiegel", 1), kPer}}),
            (Result{{"Der Spiegel", kOrg},
                    {"Kranzbach", kMisc},
                    {"Paris", kLoc},
                    {"Dreamliner", kMisc},
                    {"Der Spiegel", kOrg}}));
}

TEST_F(ProductRules, APersonsNameDoesNotEndWithACompanyWord) {
  prepare("It was built by Douglas Aircraft and Kurt Ostwald .");
  EXPECT_EQ(run(rules::descriptor_nouns,
                {{at("Douglas"), at("Aircraft"), kPer}, {at("Kurt"), at("Ostwald"), kPer}}),
            (Result{{"Douglas Aircraft", kOrg}, {"Kurt Ostwald", kPer}}));
}

TEST_F(ProductRules, AGiantAfterANounIsACompanyButTheGiantIsNot) {
  // "cables giant Kranzbach" names a company, and "insurer Ostwald" one too; "the giant Brandt
  // army" only says the army is large.
  prepare("The cables giant Kranzbach and insurer Ostwald met the giant Brandt army .");
  EXPECT_EQ(run(rules::descriptor_nouns,
                {one("Kranzbach", kPer), one("Ostwald", kLoc), one("Brandt", kMisc)}),
            (Result{{"Kranzbach", kOrg}, {"Ostwald", kOrg}, {"Brandt", kMisc}}));
}

TEST_F(ProductRules, ANameBeforeTheWordForANewspaperIsThatNewspaper) {
  // "Kranzbach Zeitung daily" and "Ostwald newspaper" are papers; a place before "newspaper" says
  // where a paper is from, and so does a modifier; a line's first name counts too.
  prepare(
      "Kranzbach Zeitung daily said so .\nThe Ostwald newspaper and a Paris newspaper and an "
      "English-language daily agreed .");
  EXPECT_EQ(run(rules::descriptor_nouns, {{at("Kranzbach"), at("Zeitung"), kPer},
                                          one("Ostwald", kMisc),
                                          one("Paris", kLoc),
                                          one("English-language", kMisc)}),
            (Result{{"Kranzbach Zeitung", kOrg},
                    {"Ostwald", kOrg},
                    {"Paris", kLoc},
                    {"English-language", kMisc}}));
  doc_.noisy = true;  // "Iwice daily": "twice daily" as OCR reads it
  EXPECT_EQ(run(rules::descriptor_nouns, {one("Ostwald", kMisc)}), (Result{{"Ostwald", kMisc}}));
}

TEST_F(ProductRules, CapitalisedWordsInQuotationMarksAreATitle) {
  // A film and a novel: the decoder's person and place inside become the work's title, with the
  // title's small words; the comma before the closing mark stays out. A quoted person's name
  // alone is a title too, and two untagged words are one.
  prepare(
      "His film \" The Kranzbach Affair \" and the novel \" Anne of a Thousand Ostwalds , \" "
      "and \" Jan Oster \" and \" Blue Harbour \" sold .");
  EXPECT_EQ(run(rules::quoted_titles, {{at("Kranzbach"), at("Affair"), kPer},
                                       one("Anne", kPer),
                                       one("Ostwalds", kLoc),
                                       {at("Jan"), at("Oster"), kPer}}),
            (Result{{"The Kranzbach Affair", kMisc},
                    {"Anne of a Thousand Ostwalds", kMisc},
                    {"Jan Oster", kMisc},
                    {"Blue Harbour", kMisc}}));
}

TEST_F(ProductRules, QuotationsThatAreNoTitlesStay) {
  // Speech has lower-case words; a nickname sits inside a person's name; an organisation quoted
  // whole stays one, as does a place; one untagged word is no title; an OCR'd page is left alone.
  prepare(
      "\" Kranzbach is wrong , \" he said . Roberto \" Hands of Stone \" Brandt met the \" "
      "Ostwald Club \" in \" Kranzbach \" . \" Now \" .");
  const std::vector<NameSpan> spans = {one("Kranzbach", kPer),
                                       {at("Roberto"), at("Brandt"), kPer},
                                       {at("Ostwald"), at("Club"), kOrg},
                                       one("Kranzbach", kLoc, 1)};
  const Result unchanged{{"Kranzbach", kPer},
                         {"Roberto \" Hands of Stone \" Brandt", kPer},
                         {"Ostwald Club", kOrg},
                         {"Kranzbach", kLoc}};
  EXPECT_EQ(run(rules::quoted_titles, spans), unchanged);
  // A person's name between two quotations is outside both: the mark before it closes one.
  prepare("He said \" we won \" Jan Oster \" and left \" .");
  EXPECT_EQ(run(rules::quoted_titles, {{at("Jan"), at("Oster"), kPer}}),
            (Result{{"Jan Oster", kPer}}));
  prepare("His film \" The Kranzbach Affair \" ran .");
  doc_.noisy = true;
  EXPECT_EQ(run(rules::quoted_titles, {{at("Kranzbach"), at("Affair"), kPer}}),
            (Result{{"Kranzbach Affair", kPer}}));
}

TEST_F(ProductRules, AModifierJoinedByAHyphenIsCutOffTheNameAfterIt) {
  // "Kranzbach-based" and "London-listed" describe the firms after them and are names of their
  // own ("other"); the firms keep the decoder's type.
  prepare("Kranzbach-based Ostwald Bancorp Inc bought the London-listed Brandt Group .");
  EXPECT_EQ(run(rules::split_off_compound_modifiers, {{at("Kranzbach-based"), at("Inc"), kOrg},
                                                      {at("London-listed"), at("Group"), kOrg}}),
            (Result{{"Kranzbach-based", kMisc},
                    {"Ostwald Bancorp Inc", kOrg},
                    {"London-listed", kMisc},
                    {"Brandt Group", kOrg}}));
}

TEST_F(ProductRules, HyphenatedPartsOfNamesStay) {
  // A name's own hyphenated part ("Ka-shing", "Co-operative") is no participle, a compound ending
  // the name has nothing to describe, and on an OCR'd page a broken word only looks like one.
  prepare("Li Ka-shing met Quincy Co-operative Bank and Kranzbach-based .");
  const std::vector<NameSpan> spans = {{at("Li"), at("Ka-shing"), kPer},
                                       {at("Quincy"), at("Bank"), kOrg},
                                       one("Kranzbach-based", kMisc)};
  const Result unchanged{
      {"Li Ka-shing", kPer}, {"Quincy Co-operative Bank", kOrg}, {"Kranzbach-based", kMisc}};
  EXPECT_EQ(run(rules::split_off_compound_modifiers, spans), unchanged);
  prepare("Aaeor-lated Press reported .");
  doc_.noisy = true;
  EXPECT_EQ(run(rules::split_off_compound_modifiers, {{at("Aaeor-lated"), at("Press"), kOrg}}),
            (Result{{"Aaeor-lated Press", kOrg}}));
}

}  // namespace
}  // namespace newsindex::ner
