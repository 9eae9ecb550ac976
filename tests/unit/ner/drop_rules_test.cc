// Each rule that drops mentions alone, and each test of drop_implausible, on hand-made decoder
// output.
#include "drop_rules.h"

#include <gtest/gtest.h>

#include "mention_rule_fixture.h"

namespace newsindex::ner {
namespace {

using DropRules = MentionRuleTest;
constexpr auto kPer = NameType::Person, kOrg = NameType::Organisation, kLoc = NameType::Place,
               kMisc = NameType::Misc;

TEST_F(DropRules, DropsCalendarWordsAndCurrencyCodes) {
  prepare("Talks resume on Monday in March , costing 5 million USD .");
  EXPECT_EQ(
      run(rules::drop_ordinary_words, {one("Monday", kMisc), one("March", kLoc), one("USD", kOrg)}),
      Result{});
}

TEST_F(DropRules, DropsAWordWrittenAgainstADollarSign) {
  // "US$" and "HK$" are currencies; "US" with a space before "$", or a name elsewhere, stays.
  prepare("Telstra paid US$ 5 million and HK$3 billion ; the US $ bond was sold in HK .");
  EXPECT_EQ(run(rules::drop_ordinary_words, {one("Telstra", kOrg),
                                             {at("US"), at("$"), kMisc},
                                             one("HK", kLoc),
                                             one("US", kLoc, 1),
                                             one("HK", kLoc, 1)}),
            (Result{{"Telstra", kOrg}, {"US", kLoc}, {"HK", kLoc}}));
}

TEST_F(DropRules, DropsSentenceInitialOrdinaryWordsUnlessNamedInMidSentence) {
  prepare("Meanwhile , Trump said more . Growth slowed at the Growth party .",
          {"meanwhile", "growth"});
  EXPECT_EQ(run(rules::drop_ordinary_words, {one("Meanwhile", kLoc), one("Trump", kPer),
                                             one("Growth", kOrg), one("Growth", kOrg, 1)}),
            (Result{{"Trump", kPer}, {"Growth", kOrg}, {"Growth", kOrg}}));
}

TEST_F(DropRules, NamesAreTrimmedToTheirWords) {
  prepare("The magazine Der Spiegel tested Trent 900 engines , said Ludwig van Beethoven .");
  EXPECT_EQ(run(rules::drop_implausible, {{at("magazine"), at("Spiegel"), kOrg},
                                          {at("Trent"), at("engines"), kMisc},
                                          {at("Ludwig"), at("Beethoven"), kPer}}),
            (Result{{"Der Spiegel", kOrg}, {"Trent 900", kMisc}, {"Ludwig van Beethoven", kPer}}));
}

TEST_F(DropRules, DropsDebrisOddCharactersSingleLettersAndRomanNumerals) {
  prepare("Kranzbach | Ostwald saw X Y and IV and Kranzbach Werke .");
  EXPECT_EQ(run(rules::drop_implausible, {{at("Kranzbach"), at("Ostwald"), kOrg},
                                          {at("X"), at("Y"), kPer},
                                          one("IV", kMisc),
                                          {at("Kranzbach", 1), at("Werke"), kOrg}}),
            (Result{{"Kranzbach Werke", kOrg}}));
}

TEST_F(DropRules, APersonIsNotInitialsDigitsOrANumberWrittenOut) {
  prepare("U. S. met Kranzbach 2 and Nine mths and U. S. Steel .", {"mths"});
  EXPECT_EQ(run(rules::drop_implausible, {{at("U."), at("S."), kPer},
                                          {at("Kranzbach"), at("2"), kPer},
                                          {at("Nine"), at("mths"), kPer},
                                          {at("U.", 1), at("S.", 1), kOrg}}),
            (Result{{"U. S.", kOrg}}));
}

TEST_F(DropRules, InOcrTextInitialsInsideANameDoNotDecideWhetherItIsKept) {
  // Tagged conservatively: a name needs a clear margin over "outside" on its words.
  prepare("Kurt H. Kranzbach and Dagmar Ostwald came on Jan. I. with others .");
  doc_.noisy = true;
  doc_.margins.assign(doc_.tokens.size(), 5.0f);
  doc_.margins[at("H.")] = 0.5f;
  doc_.margins[at("I.")] = 0.5f;
  doc_.margins[at("Ostwald")] = 0.5f;
  EXPECT_EQ(run(rules::drop_implausible, {{at("Kurt"), at("Kranzbach"), kPer},
                                          {at("Dagmar"), at("Ostwald"), kPer},
                                          {at("Jan."), at("I."), kPer}}),
            (Result{{"Kurt H. Kranzbach", kPer}}));
}

TEST_F(DropRules, CompanyFormsAloneAreNotAName) {
  prepare("Kranzbach said the Co Inc unit was sold .");
  EXPECT_EQ(run(rules::drop_implausible, {one("Kranzbach", kOrg), {at("Co"), at("Inc"), kOrg}}),
            (Result{{"Kranzbach", kOrg}}));
}

TEST_F(DropRules, OneWordThatCannotBeANameAlone) {
  prepare("K , the , kranzbach , President , Inc , Xy and XY , Bank and Ostwald met .");
  EXPECT_EQ(
      run(rules::drop_implausible, {one("K", kPer), one("the", kOrg), one("kranzbach", kOrg),
                                    one("President", kPer), one("Inc", kOrg), one("Xy", kLoc),
                                    one("XY", kOrg), one("Bank", kOrg), one("Ostwald", kPer)}),
      (Result{{"XY", kOrg}, {"Bank", kOrg}, {"Ostwald", kPer}}));
}

TEST_F(DropRules, BracketsInsideAPersonsNameOnACleanPageHoldANickname) {
  // On a clean page the marks inside a person's name are a nickname's; inside an organisation's,
  // or on an OCR'd page, they are debris.
  prepare("Jan ( Janne ) Kranzbach and Ostwald ( Kiwi ) Group met .");
  const std::vector<NameSpan> spans = {{at("Jan"), at("Kranzbach"), kPer},
                                       {at("Ostwald"), at("Group"), kOrg}};
  EXPECT_EQ(run(rules::drop_implausible, spans), (Result{{"Jan ( Janne ) Kranzbach", kPer}}));
  doc_.noisy = true;
  EXPECT_EQ(run(rules::drop_implausible, spans), (Result{}));
}

TEST_F(DropRules, ATitleThatIsTheSurnameOfAPersonNamedInFullStays) {
  // "King" is a title, but the article names Billie Jean King: "King said" is she. "President"
  // is the surname of no one named here and goes. On an OCR'd page run-together lines make titles
  // end many a person's name, so the title goes there.
  prepare("Billie Jean King picked the team . King said President was wrong .");
  const std::vector<NameSpan> spans = {
      {at("Billie"), at("King"), kPer}, one("King", kPer, 1), one("President", kPer)};
  EXPECT_EQ(run(rules::drop_implausible, spans),
            (Result{{"Billie Jean King", kPer}, {"King", kPer}}));
  doc_.noisy = true;
  EXPECT_EQ(run(rules::drop_implausible, spans), (Result{{"Billie Jean King", kPer}}));
}

TEST_F(DropRules, AnInstitutionsHeadAloneIsAFragmentInACapitalsHeadlineOrOnAnOcrPage) {
  prepare("KIWI TRADING BANK DEPOSITS RISE\nThe Union met the Kranzbach Board .");
  const std::vector<NameSpan> spans = {
      one("BANK", kOrg), one("Union", kOrg), {at("Kranzbach"), at("Board"), kOrg}};
  EXPECT_EQ(run(rules::drop_implausible, spans),
            (Result{{"Union", kOrg}, {"Kranzbach Board", kOrg}}));
  doc_.noisy = true;
  EXPECT_EQ(run(rules::drop_implausible, spans), (Result{{"Kranzbach Board", kOrg}}));
}

TEST_F(DropRules, OnAnOcrPageAListedOrdinaryWordNeedsACapitalOfItsOwn) {
  // "man" is a place's name in other languages (the Isle of Man). Opening a sentence it has its
  // capital by position and goes; in mid-sentence the capital is its own and it stays.
  prepare("Man shot in Kranzbach .\nHe met the Man of Kranzbach .", {"man"});
  doc_.noisy = true;
  EXPECT_EQ(run(rules::drop_implausible, {one("Man", kLoc), one("Man", kLoc, 1)}),
            (Result{{"Man", kLoc}}));
}

TEST_F(DropRules, OnAnOcrPageOrdinaryWordsAndShortWordsAloneAreFragmentsButSurnamesStay) {
  prepare("Francisco Villa came to Grand Geo . Villa left .", {"villa", "grand"});
  const std::vector<NameSpan> spans = {{at("Francisco"), at("Villa"), kPer},
                                       one("Grand", kLoc),
                                       one("Geo", kLoc),
                                       one("Villa", kPer, 1)};
  EXPECT_EQ(run(rules::drop_implausible, spans),
            (Result{{"Francisco Villa", kPer}, {"Grand", kLoc}, {"Geo", kLoc}, {"Villa", kPer}}));
  doc_.noisy = true;
  EXPECT_EQ(run(rules::drop_implausible, spans),
            (Result{{"Francisco Villa", kPer}, {"Villa", kPer}}));
}

TEST_F(DropRules, AOneWordLastLineIsTheWiresSignOff) {
  prepare("Kranzbach rose .\nREUTER");
  EXPECT_EQ(run(rules::drop_sign_off, {one("Kranzbach", kOrg), one("REUTER", kPer)}),
            (Result{{"Kranzbach", kOrg}}));
}

TEST_F(DropRules, ATableRowATwoWordLineOrAOneLineTextHasNoSignOff) {
  prepare("Results .\nAjax 3 1 0 2 7");
  EXPECT_EQ(run(rules::drop_sign_off, {one("Ajax", kOrg)}), (Result{{"Ajax", kOrg}}));
  prepare("Kranzbach rose .\nDagmar Ostwald");
  EXPECT_EQ(run(rules::drop_sign_off, {{at("Dagmar"), at("Ostwald"), kPer}}),
            (Result{{"Dagmar Ostwald", kPer}}));
  prepare("REUTER");
  EXPECT_EQ(run(rules::drop_sign_off, {one("REUTER", kPer)}), (Result{{"REUTER", kPer}}));
}

TEST_F(DropRules, AHeadlineWordUsuallyInLowerCaseIsNoName) {
  prepare("TROOPS WILL MARCH\nThe troops left .", {"troops", "will", "march"});
  EXPECT_EQ(run(rules::drop_ordinary_words, {one("TROOPS", kOrg), one("WILL", kPer)}), Result{});
  // Unless the article names it outside its capitals lines.
  prepare("CORNER WINS\nMr Corner won .", {"corner", "wins"});
  EXPECT_EQ(run(rules::drop_ordinary_words, {one("CORNER", kPer), one("Corner", kPer)}),
            (Result{{"CORNER", kPer}, {"Corner", kPer}}));
}

TEST_F(DropRules, ASignOffMayEndTheLastSentencesLine) {
  prepare("Kranzbach rose .\nThe sources said so . REUTER");
  EXPECT_EQ(run(rules::drop_sign_off, {one("Kranzbach", kOrg), one("REUTER", kPer)}),
            (Result{{"Kranzbach", kOrg}}));
  // Not a name that ends a sentence, nor one in mixed case opening the last one.
  prepare("Kranzbach rose .\nShares were sold to NATO .");
  EXPECT_EQ(run(rules::drop_sign_off, {one("NATO", kOrg)}), (Result{{"NATO", kOrg}}));
  prepare("Kranzbach rose .\nThey left . Ostwald");
  EXPECT_EQ(run(rules::drop_sign_off, {one("Ostwald", kPer)}), (Result{{"Ostwald", kPer}}));
}

TEST_F(DropRules, AControlCharacterWrittenOutAfterASignOffIsNoWord) {
  prepare("Kranzbach rose .\nREUTER...^M");
  EXPECT_EQ(run(rules::drop_sign_off, {one("Kranzbach", kOrg), one("REUTER", kPer)}),
            (Result{{"Kranzbach", kOrg}}));
  prepare("Kranzbach rose .\nThey left , it was said . REUTER...^M");
  EXPECT_EQ(run(rules::drop_sign_off, {one("Kranzbach", kOrg), one("REUTER", kPer)}),
            (Result{{"Kranzbach", kOrg}}));
  // But a name and an initial are a name.
  prepare("Kranzbach rose .\nOSTWALD J");
  EXPECT_EQ(run(rules::drop_sign_off, {{at("OSTWALD"), at("J"), kPer}}),
            (Result{{"OSTWALD J", kPer}}));
}

TEST_F(DropRules, DropsANameEndingInACurrencysName) {
  // "H.K. Dlrs" is Hong Kong dollars; "Marks" is a surname as well as a currency and stays.
  prepare("Profit rose to 1.2 billion H.K. Dlrs and 30 N.Z. Dollars , Jan Marks said .");
  EXPECT_EQ(run(rules::drop_ordinary_words, {{at("H.K."), at("Dlrs"), kPer},
                                             {at("N.Z."), at("Dollars"), kOrg},
                                             {at("Jan"), at("Marks"), kPer}}),
            (Result{{"Jan Marks", kPer}}));
}

}  // namespace
}  // namespace newsindex::ner
