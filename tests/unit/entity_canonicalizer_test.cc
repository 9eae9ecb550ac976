#include "entity_canonicalizer.h"

#include <gtest/gtest.h>

namespace newsindex {
namespace {

using schema::EntityKind;

class Canonicalizer : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    TextFolder folder;
    aliases_ = new EntityAliases(EntityAliases::builtin(folder));
  }
  static void TearDownTestSuite() { delete aliases_; }

  std::vector<std::string> displays(const std::vector<MentionSurface>& mentions) {
    EntityCanonicalizer canonicalizer(*aliases_);
    std::vector<std::string> out;
    for (const CanonicalName& name : canonicalizer.canonicalize(mentions))
      out.push_back(name.display);
    return out;
  }

  static EntityAliases* aliases_;
};

EntityAliases* Canonicalizer::aliases_ = nullptr;

TEST_F(Canonicalizer, SurnamesAndHonorificsResolveToTheFullNameInTheArticle) {
  EXPECT_EQ(
      displays({{"Steve Witkoff", EntityKind::kPerson},
                {"Witkoff", EntityKind::kPerson},
                {"Witkoff’s", EntityKind::kPerson},
                {"Keith Kellogg", EntityKind::kPerson},
                {"Mr Kellogg", EntityKind::kPerson},
                {"Putin", EntityKind::kPerson},
                {"Vladimir Putin", EntityKind::kPerson}}),
      (std::vector<std::string>{"Steve Witkoff", "Steve Witkoff", "Steve Witkoff", "Keith Kellogg",
                                "Keith Kellogg", "Vladimir Putin", "Vladimir Putin"}));
}

TEST_F(Canonicalizer, AHeadlineSurnameTypedAsAnotherKindBecomesThePerson) {
  EntityCanonicalizer canonicalizer(*aliases_);
  std::vector<CanonicalName> names = canonicalizer.canonicalize(
      {{"WITKOFF", EntityKind::kOrganisation}, {"Steve Witkoff", EntityKind::kPerson}});
  EXPECT_EQ(names[0].kind, EntityKind::kPerson);
  EXPECT_EQ(names[0].display, "Steve Witkoff");
  EXPECT_EQ(names[0].key, "steve witkoff");
}

TEST_F(Canonicalizer, AListedPlaceIsNotTakenForAPersonWithThatSurname) {
  const auto listed = [](std::string_view name) { return name == "Odessa"; };
  EntityCanonicalizer canonicalizer(*aliases_, {}, listed);
  std::vector<CanonicalName> names =
      canonicalizer.canonicalize({{"Odessa", EntityKind::kPlace},
                                  {"Marta Odessa", EntityKind::kPerson},
                                  {"Kranz", EntityKind::kPlace},
                                  {"Ilse Kranz", EntityKind::kPerson}});
  EXPECT_EQ(names[0].kind, EntityKind::kPlace);
  EXPECT_EQ(names[0].display, "Odessa");
  // A place the list does not know is still the person named in full.
  EXPECT_EQ(names[2].kind, EntityKind::kPerson);
  EXPECT_EQ(names[2].display, "Ilse Kranz");
  // Without the list, the surname decides.
  EntityCanonicalizer without_list(*aliases_);
  EXPECT_EQ(
      without_list
          .canonicalize({{"Odessa", EntityKind::kPlace}, {"Marta Odessa", EntityKind::kPerson}})[0]
          .kind,
      EntityKind::kPerson);
}

TEST_F(Canonicalizer, CapitalsAreShownInTitleCaseWithConnectorsInLowerCase) {
  EXPECT_EQ(displays({{"BANK OF FRANCE", EntityKind::kOrganisation},
                      {"FOOD AND DRUG ADMINISTRATION", EntityKind::kOrganisation},
                      {"MINISTRY OF THE INTERIOR", EntityKind::kOrganisation}}),
            (std::vector<std::string>{"Bank of France", "Food and Drug Administration",
                                      "Ministry of the Interior"}));
}

TEST_F(Canonicalizer, AShortNameInCapitalsTakesTheWayTheArticleWritesItElsewhere) {
  // Short capitals stay as written (they may be acronyms) unless the article writes the same name
  // otherwise: then that is the name, wherever it comes first.
  EXPECT_EQ(displays({{"TEXAS", EntityKind::kPlace},
                      {"HOUSE", EntityKind::kOrganisation},
                      {"NATO", EntityKind::kOrganisation},
                      {"Texas", EntityKind::kPlace},
                      {"House", EntityKind::kOrganisation}}),
            (std::vector<std::string>{"Texas", "House", "NATO", "Texas", "House"}));
  // Not across kinds.
  EXPECT_EQ(displays({{"TEXAS", EntityKind::kOrganisation}, {"Texas", EntityKind::kPlace}}),
            (std::vector<std::string>{"TEXAS", "Texas"}));
}

TEST_F(Canonicalizer, AShortWordInCapitalsUsuallyWrittenCapitalisedIsShownSo) {
  EntityCanonicalizer canonicalizer(
      *aliases_, [](std::string_view word) { return word == "PARIS" || word == "LYONS"; });
  std::vector<std::string> out;
  for (const CanonicalName& name : canonicalizer.canonicalize({{"PARIS", EntityKind::kPlace},
                                                               {"NATO", EntityKind::kOrganisation},
                                                               {"LYONS", EntityKind::kPlace}}))
    out.push_back(name.display);
  EXPECT_EQ(out, (std::vector<std::string>{"Paris", "NATO", "Lyons"}));
  // Without the knowledge, short capitals stay as written.
  EXPECT_EQ(displays({{"PARIS", EntityKind::kPlace}}), (std::vector<std::string>{"PARIS"}));
}

TEST_F(Canonicalizer, AnOrganisationWithoutItsLegalFormResolvesToTheFormNamedInTheArticle) {
  EXPECT_EQ(displays({{"Chrysler", EntityKind::kOrganisation},
                      {"Chrysler Corp", EntityKind::kOrganisation},
                      {"Goldman Sachs", EntityKind::kOrganisation},
                      {"Goldman Sachs and Co", EntityKind::kOrganisation},
                      {"Boeing", EntityKind::kOrganisation},
                      {"Chrysler", EntityKind::kPerson}}),
            (std::vector<std::string>{"Chrysler Corp", "Chrysler Corp", "Goldman Sachs and Co",
                                      "Goldman Sachs and Co", "Boeing", "Chrysler"}));
  // Without the full form in the article, and for a form alone, nothing changes.
  EXPECT_EQ(
      displays({{"Chrysler", EntityKind::kOrganisation}, {"Co Inc", EntityKind::kOrganisation}}),
      (std::vector<std::string>{"Chrysler", "Co Inc"}));
}

TEST_F(Canonicalizer, ACompanysFirstWordAloneResolvesToTheOneCompanyItBegins) {
  // Of two such companies, neither; a name without a legal form does not count.
  EXPECT_EQ(displays({{"Dome Petroleum Ltd", EntityKind::kOrganisation},
                      {"Dome", EntityKind::kOrganisation},
                      {"Ford Motor Co", EntityKind::kOrganisation},
                      {"Ford Motor Credit Co", EntityKind::kOrganisation},
                      {"Ford", EntityKind::kOrganisation},
                      {"EC Commission", EntityKind::kOrganisation},
                      {"EC", EntityKind::kOrganisation}}),
            (std::vector<std::string>{"Dome Petroleum Ltd", "Dome Petroleum Ltd", "Ford Motor Co",
                                      "Ford Motor Credit Co", "Ford", "EC Commission", "EC"}));
}

TEST_F(Canonicalizer, AOneWordOrganisationTakesThePossessiveThenTheFirstWordThenTheInstitution) {
  EXPECT_EQ(displays({{"Bank's Holdings", EntityKind::kOrganisation},
                      {"Bank Trust Inc", EntityKind::kOrganisation},
                      {"Bank of Kranzbach", EntityKind::kOrganisation},
                      {"Bank", EntityKind::kOrganisation}}),
            (std::vector<std::string>{"Bank's Holdings", "Bank Trust Inc", "Bank of Kranzbach",
                                      "Bank's Holdings"}));
  EXPECT_EQ(displays({{"Bank Trust Inc", EntityKind::kOrganisation},
                      {"Bank of Kranzbach", EntityKind::kOrganisation},
                      {"Bank", EntityKind::kOrganisation}}),
            (std::vector<std::string>{"Bank Trust Inc", "Bank of Kranzbach", "Bank Trust Inc"}));
  EXPECT_EQ(displays({{"Bank of Kranzbach", EntityKind::kOrganisation},
                      {"Bank", EntityKind::kOrganisation}}),
            (std::vector<std::string>{"Bank of Kranzbach", "Bank of Kranzbach"}));
}

TEST_F(Canonicalizer, AnAliasComesBeforeTheArticlesOwnFullNames) {
  // "Nato" without its legal form would be "Nato Holdings Inc"; the alias table knows it better.
  EXPECT_EQ(displays({{"Nato Holdings Inc", EntityKind::kOrganisation},
                      {"Nato", EntityKind::kOrganisation}}),
            (std::vector<std::string>{"Nato Holdings Inc", "NATO"}));
}

TEST_F(Canonicalizer, PossessivesAndSurroundingPunctuationAreCleanedOff) {
  EXPECT_EQ(displays({{"(Kranzbach)", EntityKind::kOrganisation},
                      {"Kranzbach's", EntityKind::kOrganisation},
                      {"Witkoff\xE2\x80\x99s", EntityKind::kPerson},
                      {"\"Dagmar\nOstwald\",", EntityKind::kPerson}}),
            (std::vector<std::string>{"Kranzbach", "Kranzbach", "Witkoff", "Dagmar Ostwald"}));
}

TEST_F(Canonicalizer, ALeadingTheIsDroppedExceptFromPeople) {
  EXPECT_EQ(displays({{"the Kremlin", EntityKind::kOrganisation},
                      {"The Kranzbach Times", EntityKind::kOrganisation},
                      {"The Edge", EntityKind::kPerson},
                      {"The", EntityKind::kPlace}}),
            (std::vector<std::string>{"Kremlin", "Kranzbach Times", "The Edge", "The"}));
}

TEST_F(Canonicalizer, AnHonorificIsDroppedFromAPersonsName) {
  EXPECT_EQ(displays({{"Mr Kellogg", EntityKind::kPerson},
                      {"Dr. Jane Doe", EntityKind::kPerson},
                      {"Sir", EntityKind::kPerson},
                      {"Mr Kranzbach", EntityKind::kOrganisation}}),
            (std::vector<std::string>{"Kellogg", "Jane Doe", "Sir", "Mr Kranzbach"}));
}

TEST_F(Canonicalizer, ANicknameIsDroppedFromAPersonsName) {
  // Written together or spaced out, in brackets or quotation marks; the surname alone then takes
  // the name without it. An organisation keeps its brackets' words.
  EXPECT_EQ(displays({{"James E. (Jim) Nugent", EntityKind::kPerson},
                      {"Nugent", EntityKind::kPerson},
                      {"C.J. \"Pete\" Silas", EntityKind::kPerson},
                      {"Hector \" Macho \" Camacho", EntityKind::kPerson},
                      {"W.I. Carr (Overseas) Ltd", EntityKind::kOrganisation}}),
            (std::vector<std::string>{"James E. Nugent", "James E. Nugent", "C.J. Silas",
                                      "Hector Camacho", "W.I. Carr (Overseas) Ltd"}));
}

TEST_F(Canonicalizer, APossessiveCompanyNameResolvesToTheFullNameInTheArticle) {
  EXPECT_EQ(displays({{"Moody's Investors Service", EntityKind::kOrganisation},
                      {"Moody's", EntityKind::kOrganisation},
                      {"Moody’s", EntityKind::kOrganisation},
                      {"Moody's", EntityKind::kPerson}}),
            (std::vector<std::string>{"Moody's Investors Service", "Moody's Investors Service",
                                      "Moody's Investors Service", "Moody"}));
  EXPECT_EQ(displays({{"Moody's", EntityKind::kOrganisation}}),
            (std::vector<std::string>{"Moody"}));
}

TEST_F(Canonicalizer, AnInstitutionHeadResolvesToTheOneInstitutionOfTheArticle) {
  // "The Bank said": the article's only bank, in whichever case it was written.
  EXPECT_EQ(displays({{"Bank of England", EntityKind::kOrganisation},
                      {"BANK OF ENGLAND", EntityKind::kOrganisation},
                      {"Bank", EntityKind::kOrganisation},
                      {"Commission", EntityKind::kOrganisation}}),
            (std::vector<std::string>{"Bank of England", "Bank of England", "Bank of England",
                                      "Commission"}));
  // Two banks: "Bank" could be either, and stays as written.
  EXPECT_EQ(displays({{"Bank of England", EntityKind::kOrganisation},
                      {"World Bank", EntityKind::kOrganisation},
                      {"Bank", EntityKind::kOrganisation}}),
            (std::vector<std::string>{"Bank of England", "World Bank", "Bank"}));
  // Only an institution head resolves so: "Lloyds" is not "Lloyds Bank"'s head, and "Exchange"
  // is not the head of the "Securities and Exchange Commission".
  EXPECT_EQ(displays({{"Securities and Exchange Commission", EntityKind::kOrganisation},
                      {"Exchange", EntityKind::kOrganisation}}),
            (std::vector<std::string>{"Securities and Exchange Commission", "Exchange"}));
  EXPECT_EQ(displays({{"Lloyds Bank", EntityKind::kOrganisation},
                      {"Lloyds", EntityKind::kOrganisation},
                      {"Bank", EntityKind::kPlace}}),
            (std::vector<std::string>{"Lloyds Bank", "Lloyds", "Bank"}));
}

TEST_F(Canonicalizer, ASurnameTakesTheMostOftenWrittenFullName) {
  // Repeated surfaces are worked out once; each repeat still counts towards its full name.
  EXPECT_EQ(displays({{"Jane Smith", EntityKind::kPerson},
                      {"John Smith", EntityKind::kPerson},
                      {"Smith", EntityKind::kPerson},
                      {"John Smith", EntityKind::kPerson}}),
            (std::vector<std::string>{"Jane Smith", "John Smith", "John Smith", "John Smith"}));
  EXPECT_EQ(displays({{"Jane Smith", EntityKind::kPerson},
                      {"John Smith", EntityKind::kPerson},
                      {"Smith", EntityKind::kPerson}}),
            (std::vector<std::string>{"Jane Smith", "John Smith", "Jane Smith"}));
}

TEST_F(Canonicalizer, RepeatedSurfacesOfDifferentKindsStayApart) {
  EntityCanonicalizer canonicalizer(*aliases_);
  std::vector<CanonicalName> names = canonicalizer.canonicalize({{"Jordan", EntityKind::kPlace},
                                                                 {"Jordan", EntityKind::kPerson},
                                                                 {"Jordan", EntityKind::kPlace}});
  ASSERT_EQ(names.size(), 3u);
  EXPECT_EQ(names[0].kind, EntityKind::kPlace);
  EXPECT_EQ(names[1].kind, EntityKind::kPerson);
  EXPECT_EQ(names[2].kind, EntityKind::kPlace);
  EXPECT_EQ(names[2].key, "jordan");
}

TEST_F(Canonicalizer, AWithoutAFullNameStaysAsWritten) {
  EXPECT_EQ(displays({{"Putin", EntityKind::kPerson}}), std::vector<std::string>{"Putin"});
}

TEST_F(Canonicalizer, AliasesResolveAcrossTheArchive) {
  EXPECT_EQ(
      displays({{"U.S.", EntityKind::kPlace},
                {"US", EntityKind::kPlace},
                {"the United States", EntityKind::kPlace},
                {"Britain", EntityKind::kPlace},
                {"UK", EntityKind::kPlace},
                {"Deutschland", EntityKind::kPlace},
                {"Allemagne", EntityKind::kPlace},
                {"Nato", EntityKind::kOrganisation}}),
      (std::vector<std::string>{"United States", "United States", "United States", "United Kingdom",
                                "United Kingdom", "Germany", "Germany", "NATO"}));
  // A leading "the" is dropped, but not from "The Hague".
  EXPECT_EQ(displays({{"The Hague", EntityKind::kPlace},
                      {"the Kremlin", EntityKind::kPlace},
                      {"Hague", EntityKind::kPlace}}),
            (std::vector<std::string>{"The Hague", "Kremlin", "The Hague"}));
}

TEST_F(Canonicalizer, AliasesApplyWithinTheTaggersKindOnly) {
  EntityCanonicalizer canonicalizer(*aliases_);
  std::vector<CanonicalName> names =
      canonicalizer.canonicalize({{"EU", EntityKind::kPlace}, {"EU", EntityKind::kOrganisation}});
  EXPECT_EQ(names[0].kind, EntityKind::kPlace);
  EXPECT_EQ(names[0].display, "EU");
  EXPECT_EQ(names[1].kind, EntityKind::kOrganisation);
  EXPECT_EQ(names[1].display, "European Union");
}

TEST_F(Canonicalizer, KeysAreFoldedAndDisplaysReadable) {
  EntityCanonicalizer canonicalizer(*aliases_);
  std::vector<CanonicalName> names =
      canonicalizer.canonicalize({{"Zélensky", EntityKind::kPerson},
                                  {"LEICESTERSHIRE", EntityKind::kOrganisation},
                                  {"BBC", EntityKind::kOrganisation},
                                  {"the Kremlin", EntityKind::kOrganisation}});
  EXPECT_EQ(names[0].key, "zelensky");
  EXPECT_EQ(names[0].display, "Zélensky");
  EXPECT_EQ(names[1].display, "Leicestershire");
  EXPECT_EQ(names[2].display, "BBC");
  EXPECT_EQ(names[3].display, "Kremlin");
}

TEST(EntityAliasesFile, UserListsAddNamesAndAliases) {
  TextFolder folder;
  EntityAliases aliases;
  std::string path = ::testing::TempDir() + "/entities.txt";
  {
    std::FILE* out = std::fopen(path.c_str(), "w");
    std::fputs(
        "# our list\nPER: Volodymyr Zelensky | Zelenskyy | Selenskyj\n\nORG: Baltic Wire | BW\n",
        out);
    std::fclose(out);
  }
  aliases.add_file(path, folder);
  const EntityName* name = aliases.find(EntityKind::kPerson, "selenskyj");
  ASSERT_NE(name, nullptr);
  EXPECT_EQ(name->display, "Volodymyr Zelensky");
  EXPECT_NE(aliases.find(EntityKind::kOrganisation, "bw"), nullptr);
  EXPECT_EQ(aliases.find(EntityKind::kPlace, "bw"), nullptr);
}

TEST(EntityAliasesFile, BadLinesNameFileAndLine) {
  TextFolder folder;
  EntityAliases aliases;
  std::string path = ::testing::TempDir() + "/bad-entities.txt";
  {
    std::FILE* out = std::fopen(path.c_str(), "w");
    std::fputs("PER: Fine Name\nANIMAL: Rex\n", out);
    std::fclose(out);
  }
  try {
    aliases.add_file(path, folder);
    FAIL() << "expected EntityListError";
  } catch (const EntityListError& error) {
    EXPECT_NE(std::string(error.what()).find(path + ":2: unknown entity type \"ANIMAL\""),
              std::string::npos)
        << error.what();
  }
}

}  // namespace
}  // namespace newsindex
