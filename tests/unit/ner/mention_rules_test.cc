// All document rules together on hand-made decoder output, in the order MentionRules applies
// them: each test shows one rule at work among the others. The rule families' own tests
// (organisation_rules_test.cc ...) check each rule alone.
#include "mention_rules.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "mention_rule_fixture.h"

namespace newsindex::ner {
namespace {

using MentionRulesTest = MentionRuleTest;

TEST_F(MentionRulesTest, DropsCalendarWordsAndCurrencyCodes) {
  prepare("Talks resume on Monday in March, costing 5 million USD.");
  EXPECT_EQ(run({{at("Monday"), at("Monday"), NameType::Misc},
                 {at("March"), at("March"), NameType::Place},
                 {at("USD"), at("USD"), NameType::Organisation}}),
            Result{});
}

TEST_F(MentionRulesTest, DropsSentenceInitialOrdinaryWords) {
  prepare("Meanwhile, Trump said more.", {"meanwhile"});
  EXPECT_EQ(run({{at("Meanwhile"), at("Meanwhile"), NameType::Place},
                 {at("Trump"), at("Trump"), NameType::Person}}),
            (Result{{"Trump", NameType::Person}}));
}

TEST_F(MentionRulesTest, FindsLaterMentionsOfANameAndItsSurname) {
  prepare("Dmitry Peskov spoke . Later Peskov and Dmitry Peskov left .");
  EXPECT_EQ(run({{at("Dmitry"), at("Peskov"), NameType::Person}}),
            (Result{{"Dmitry Peskov", NameType::Person},
                    {"Peskov", NameType::Person},
                    {"Dmitry Peskov", NameType::Person}}));
}

TEST_F(MentionRulesTest, NamesAfterPersonTitlesArePeople) {
  prepare("Trump's envoy Keith Kellogg and Kremlin spokesperson Dmitry Peskov met.");
  EXPECT_EQ(run({{at("Dmitry"), at("Peskov"), NameType::Organisation}}),
            (Result{{"Keith Kellogg", NameType::Person}, {"Dmitry Peskov", NameType::Person}}));
}

TEST_F(MentionRulesTest, NamesAfterNounsForPeopleArePeople) {
  // Not person titles of the gazetteer (a feature of the model), but a rule of their own.
  prepare("The talks were attended by presidential aide Yuri Ushakov and analyst Jane Doe.",
          {"aide", "analyst"});
  EXPECT_EQ(run({{at("Yuri"), at("Ushakov"), NameType::Organisation}}),
            (Result{{"Yuri Ushakov", NameType::Person}, {"Jane Doe", NameType::Person}}));
}

TEST_F(MentionRulesTest, CompanyFormsExtendAndTypeTheName) {
  prepare("Shares of Kranzbach Feinmechanik GmbH rose.");
  EXPECT_EQ(run({{at("Kranzbach"), at("Feinmechanik"), NameType::Person}}),
            (Result{{"Kranzbach Feinmechanik GmbH", NameType::Organisation}}));
}

TEST_F(MentionRulesTest, MakerAndModelNumberIsAProductButScoresAreNot) {
  prepare("Airbus bought a Boeing 747 while Surrey made 429 runs.");
  EXPECT_EQ(run({{at("Airbus"), at("Airbus"), NameType::Misc},
                 {at("Boeing"), at("Boeing"), NameType::Organisation},
                 {at("Surrey"), at("Surrey"), NameType::Organisation}}),
            (Result{{"Airbus", NameType::Organisation},
                    {"Boeing 747", NameType::Misc},
                    {"Surrey", NameType::Organisation}}));
}

TEST_F(MentionRulesTest, MergesBackToBackNamesIntoOneOrganisation) {
  prepare("The UK RAF ordered tankers.");
  EXPECT_EQ(
      run({{at("UK"), at("UK"), NameType::Place}, {at("RAF"), at("RAF"), NameType::Organisation}}),
      (Result{{"UK RAF", NameType::Organisation}}));
}

TEST_F(MentionRulesTest, CapitalsHeadlineTakesTypesFromTheBodyAndDropsOrdinaryWords) {
  prepare("OSTWALD REJECTS PLAN\nDagmar Ostwald spoke . Ostwald left .", {"rejects"});
  EXPECT_EQ(run({{at("OSTWALD"), at("REJECTS"), NameType::Organisation},
                 {at("Ostwald"), at("Ostwald"), NameType::Person},
                 {at("Ostwald", 1), at("Ostwald", 1), NameType::Person}}),
            (Result{{"OSTWALD", NameType::Person},
                    {"Ostwald", NameType::Person},
                    {"Ostwald", NameType::Person}}));
}

TEST_F(MentionRulesTest, AFirmEndedAtAndTakesItsLegalForm) {
  prepare("Kranzbach and Co Inc advised Ostwald and Co on the deal.");
  EXPECT_EQ(run({{at("Kranzbach"), at("Kranzbach"), NameType::Person},
                 {at("Co"), at("Inc"), NameType::Organisation},
                 {at("Ostwald"), at("Ostwald"), NameType::Person}}),
            (Result{{"Kranzbach and Co Inc", NameType::Organisation},
                    {"Ostwald and Co", NameType::Organisation}}));
}

TEST_F(MentionRulesTest, ACompanyNameEndedAtAndIsJoinedWhenItsFirstPartIsAnOrdinaryWord) {
  // "black" is often lower case; "Ostwald" could be a name on its own.
  prepare("Black and Decker Corp and Ostwald and Kranzbach Inc bid.", {"black"});
  EXPECT_EQ(run({{at("Black"), at("Black"), NameType::Organisation},
                 {at("Decker"), at("Corp"), NameType::Organisation},
                 {at("Ostwald"), at("Ostwald"), NameType::Organisation},
                 {at("Kranzbach"), at("Inc"), NameType::Organisation}}),
            (Result{{"Black and Decker Corp", NameType::Organisation},
                    {"Ostwald", NameType::Organisation},
                    {"Kranzbach Inc", NameType::Organisation}}));
}

TEST_F(MentionRulesTest, AMiddleInitialJoinsAPersonsName) {
  prepare("Dagmar Ostwald met Kurt W. Kranzbach and Paris E. Coli.");
  EXPECT_EQ(run({{at("Dagmar"), at("Ostwald"), NameType::Person},
                 {at("Kurt"), at("Kurt"), NameType::Person},
                 {at("W."), at("Kranzbach"), NameType::Place},
                 {at("Paris"), at("Paris"), NameType::Place},
                 {at("E."), at("Coli"), NameType::Misc}}),
            (Result{{"Dagmar Ostwald", NameType::Person},
                    {"Kurt W. Kranzbach", NameType::Person},
                    {"Paris", NameType::Place},
                    {"E. Coli", NameType::Misc}}));
}

TEST_F(MentionRulesTest, InOcrTextInitialsInsideANameDoNotDecideWhetherItIsKept) {
  // Tagged conservatively: a name needs a clear margin over "outside" on its words.
  prepare("Kurt H. Kranzbach and Dagmar Ostwald came on Jan. I. with others.");
  doc_.noisy = true;
  doc_.margins.assign(doc_.tokens.size(), 5.0f);
  doc_.margins[at("H.")] = 0.5f;
  doc_.margins[at("I.")] = 0.5f;
  doc_.margins[at("Ostwald")] = 0.5f;
  EXPECT_EQ(run({{at("Kurt"), at("Kranzbach"), NameType::Person},
                 {at("Dagmar"), at("Ostwald"), NameType::Person},
                 {at("Jan."), at("I."), NameType::Person}}),
            (Result{{"Kurt H. Kranzbach", NameType::Person}}));
}

TEST_F(MentionRulesTest, InOcrTextAnInstitutionsHeadAloneIsNotAName) {
  prepare("The Union met the Kranzbach Board and the Board of Trade.");
  const std::vector<NameSpan> spans = {{at("Union"), at("Union"), NameType::Organisation},
                                       {at("Kranzbach"), at("Board"), NameType::Organisation}};
  EXPECT_EQ(run(spans), (Result{{"Union", NameType::Organisation},
                                {"Kranzbach Board", NameType::Organisation}}));
  doc_.noisy = true;  // column fragments, not a reference to a union named before
  EXPECT_EQ(run(spans), (Result{{"Kranzbach Board", NameType::Organisation}}));
}

TEST_F(MentionRulesTest, InOcrTextAListedPlaceThatIsAnOrdinaryWordNeedsACapitalOfItsOwn) {
  // "man" is a place's name in other languages (the Isle of Man). Opening a sentence it has its
  // capital by position and goes; in mid-sentence the capital is its own and it stays.
  prepare("Man shot in Kranzbach.\nHe met the Man of Kranzbach.", {"man"});
  doc_.noisy = true;
  EXPECT_EQ(run({{at("Man"), at("Man"), NameType::Place},
                 {at("Kranzbach"), at("Kranzbach"), NameType::Place},
                 {at("Man", 1), at("Man", 1), NameType::Place}}),
            (Result{{"Kranzbach", NameType::Place},
                    {"Man", NameType::Place},
                    {"Kranzbach", NameType::Place}}));
}

TEST_F(MentionRulesTest, CompanyFormsAloneAreNotAName) {
  prepare("Kranzbach said the Co Inc unit was sold.");
  EXPECT_EQ(run({{at("Kranzbach"), at("Kranzbach"), NameType::Organisation},
                 {at("Co"), at("Inc"), NameType::Organisation}}),
            (Result{{"Kranzbach", NameType::Organisation}}));
}

TEST_F(MentionRulesTest, AnInstitutionOfAPlaceIsOneOrganisation) {
  prepare("The Bank of France sold francs.");
  EXPECT_EQ(run({{at("Bank"), at("Bank"), NameType::Organisation},
                 {at("France"), at("France"), NameType::Place}}),
            (Result{{"Bank of France", NameType::Organisation}}));
}

TEST_F(MentionRulesTest, AMinistryOfThisAndThatIsOneOrganisation) {
  prepare(
      "The Ministry of International Trade and Industry acted. The Department of Energy and "
      "Shell agreed.",
      {"industry"});
  EXPECT_EQ(run({{at("Ministry"), at("Ministry"), NameType::Organisation},
                 {at("International"), at("Trade"), NameType::Organisation},
                 {at("Industry"), at("Industry"), NameType::Person},
                 {at("Department"), at("Department"), NameType::Organisation},
                 {at("Energy"), at("Energy"), NameType::Organisation},
                 {at("Shell"), at("Shell"), NameType::Organisation}}),
            (Result{{"Ministry of International Trade and Industry", NameType::Organisation},
                    {"Department of Energy", NameType::Organisation},
                    {"Shell", NameType::Organisation}}));
}

TEST_F(MentionRulesTest, CapitalisedWordsEndingInAnOrdinaryNounBeforeAndJoinTheOrganisation) {
  prepare(
      "Great Western Savings and Loan Association said . Exports and Loan Association rose . "
      "The IBM and Apple Computer Inc deal .",
      {"savings", "exports"});
  EXPECT_EQ(run({{at("Loan"), at("Association"), NameType::Organisation},
                 {at("Loan", 1), at("Association", 1), NameType::Organisation},
                 {at("IBM"), at("IBM"), NameType::Organisation},
                 {at("Apple"), at("Inc"), NameType::Organisation}}),
            (Result{{"Great Western Savings and Loan Association", NameType::Organisation},
                    {"Loan Association", NameType::Organisation},
                    {"IBM", NameType::Organisation},
                    {"Apple Computer Inc", NameType::Organisation}}));
}

TEST_F(MentionRulesTest, AGeographicFeatureOfANameIsAPlace) {
  prepare("Tankers crossed the Strait of Hormuz and the Gulf of Mexico , said the Bank of Japan .");
  EXPECT_EQ(run({{at("Strait"), at("Hormuz"), NameType::Organisation},
                 {at("Gulf"), at("Mexico"), NameType::Misc},
                 {at("Bank"), at("Japan"), NameType::Organisation}}),
            (Result{{"Strait of Hormuz", NameType::Place},
                    {"Gulf of Mexico", NameType::Place},
                    {"Bank of Japan", NameType::Organisation}}));
}

TEST_F(MentionRulesTest, APersonsNameDoesNotBeginWithANumberWrittenOut) {
  prepare("Net rose .\nNine mths\nShr 1.23 dlrs vs 1.10 , chairman John Smith said .", {"mths"});
  EXPECT_EQ(run({{at("Nine"), at("mths"), NameType::Person},
                 {at("John"), at("Smith"), NameType::Person}}),
            (Result{{"John Smith", NameType::Person}}));
}

TEST_F(MentionRulesTest, CapitalsHeadlineKeepsOfInsideANameAndDropsABareInstitutionHead) {
  prepare("BANK OF FRANCE SELLS FRANCS\nKIWI TRADING BANK DEPOSITS RISE\nBody text .",
          {"sells", "trading"});
  EXPECT_EQ(run({{at("BANK"), at("SELLS"), NameType::Organisation},
                 {at("KIWI"), at("BANK", 1), NameType::Organisation}}),
            (Result{{"BANK OF FRANCE", NameType::Organisation}, {"KIWI", NameType::Organisation}}));
}

TEST(MentionRulesOrder, RulesApplyInTheOrderTheirOutputWasSettledWith) {
  // Moving a rule changes mentions (a type needs the name's final extent, drops need every
  // mention found): the order is part of the behaviour.
  std::vector<std::string_view> names;
  for (const MentionRule& rule : MentionRules::in_order()) names.push_back(rule.name);
  EXPECT_EQ(names, (std::vector<std::string_view>{"extend_over_company_forms",
                                                  "join_legal_form_after_and",
                                                  "split_coordinated_names",
                                                  "organisation_heads_after_places",
                                                  "extend_organisation_left_over_and",
                                                  "merge_adjacent_organisations",
                                                  "firms_named_after_people",
                                                  "features_of_places",
                                                  "join_middle_initials",
                                                  "join_nicknames",
                                                  "join_name_particles",
                                                  "person_after_the",
                                                  "products_with_model_numbers",
                                                  "stock_indices",
                                                  "known_organisations",
                                                  "products_events_and_titles",
                                                  "descriptor_nouns",
                                                  "split_off_compound_modifiers",
                                                  "split_at_inner_offices",
                                                  "names_spelled_out_before_acronyms",
                                                  "names_after_titles",
                                                  "split_headline_names",
                                                  "unify_types",
                                                  "propagate",
                                                  "quoted_titles",
                                                  "dateline_places",
                                                  "drop_ordinary_words",
                                                  "drop_implausible",
                                                  "drop_sign_off"}));
}

TEST(MentionRulesOrder, AMaskHasTheBitOfEachNamedRuleAndRefusesUnknownNames) {
  const std::vector<std::string> two{"split_coordinated_names", "drop_sign_off"};
  EXPECT_EQ(MentionRules::mask_of(two), (std::uint32_t{1} << 2) | (std::uint32_t{1} << 28));
  EXPECT_EQ(MentionRules::mask_of({}), 0u);
  const std::vector<std::string> unknown{"propagate", "no_such_rule"};
  EXPECT_THROW((void)MentionRules::mask_of(unknown), std::invalid_argument);
}

TEST_F(MentionRulesTest, SkippedRulesLeaveTheNamesAsTheDecoderGaveThem) {
  prepare("BANK OF FRANCE SELLS FRANCS\nBody text .", {"sells"});
  const std::vector<NameSpan> decoded{{at("BANK"), at("SELLS"), NameType::Organisation}};
  EXPECT_EQ(run(decoded), (Result{{"BANK OF FRANCE", NameType::Organisation}}));
  std::vector<std::string> all_rules;
  for (const MentionRule& rule : MentionRules::in_order()) all_rules.emplace_back(rule.name);
  std::vector<NameSpan> skipped = decoded;
  MentionRules().apply(doc_, text_, skipped, MentionRules::mask_of(all_rules));
  EXPECT_EQ(written(skipped), (Result{{"BANK OF FRANCE SELLS", NameType::Organisation}}));
}

TEST(MentionRulesSpans, BilouTagsBecomeSpansAndBrokenNamesAreLeftOut) {
  constexpr auto per = NameType::Person, org = NameType::Organisation;
  const std::vector<std::uint8_t> tags = {
      make_tag(TagPart::Begin, per), make_tag(TagPart::Last, per),  kOutside,
      make_tag(TagPart::Unit, org),  make_tag(TagPart::Begin, org), kOutside,
      make_tag(TagPart::Last, org),  make_tag(TagPart::Begin, org), make_tag(TagPart::Inside, org),
      make_tag(TagPart::Last, org)};
  const auto spans = MentionRules::spans_from_tags(tags);
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(spans[0].first, 0u);
  EXPECT_EQ(spans[0].last, 1u);
  EXPECT_EQ(spans[0].type, per);
  EXPECT_EQ(spans[1].first, 3u);
  EXPECT_EQ(spans[1].last, 3u);
  EXPECT_EQ(spans[1].type, org);
  // The name begun at 4 was broken off by "outside"; its "last" at 6 opens nothing.
  EXPECT_EQ(spans[2].first, 7u);
  EXPECT_EQ(spans[2].last, 9u);
}

}  // namespace
}  // namespace newsindex::ner
