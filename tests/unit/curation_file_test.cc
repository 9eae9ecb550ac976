// The curation file: one decision a line, each read into what it is about, and every line it
// cannot read refused with the file and line.
#include "curation_file.h"

#include <gtest/gtest.h>

#include <string>

namespace newsindex {
namespace {

using schema::EntityKind;

// Whether `text` starts with `prefix`, saying what it is when not.
::testing::AssertionResult starts_with(const std::string& text, const std::string& prefix) {
  if (text.starts_with(prefix)) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure()
         << "\"" << text << "\" does not start with \"" << prefix << "\"";
}
::testing::AssertionResult contains(const std::string& text, const std::string& part) {
  if (text.find(part) != std::string::npos) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "\"" << text << "\" does not contain \"" << part << "\"";
}

CurationDecision only_decision(const std::string& line) {
  CurationFile file = parse_curation_file(line, "team.curation");
  EXPECT_EQ(file.decisions.size(), 1u) << line;
  if (file.decisions.empty()) return {};
  return file.decisions.front();
}

// The message of the error parsing `text` throws, or "" when it throws none.
std::string error_of(const std::string& text, const std::string& file_name = "team.curation") {
  try {
    (void)parse_curation_file(text, file_name);
  } catch (const CurationError& error) {
    return error.what();
  }
  return "";
}

TEST(CurationFile, MergeReadsEveryNameAndTheTarget) {
  CurationDecision merge =
      only_decision(R"(merge person "Reagan" "Ron Reagan" into "Ronald Reagan")");
  EXPECT_EQ(merge.action, CurationAction::kMerge);
  EXPECT_EQ(merge.kind, EntityKind::kPerson);
  EXPECT_EQ(merge.names, (std::vector<std::string>{"Reagan", "Ron Reagan"}));
  EXPECT_EQ(merge.target, "Ronald Reagan");
  EXPECT_FALSE(merge.when.has_value());
  EXPECT_EQ(merge.line, 1u);

  CurationDecision one = only_decision(R"(merge org "Fed" into "Federal Reserve")");
  EXPECT_EQ(one.kind, EntityKind::kOrganisation);
  EXPECT_EQ(one.names, (std::vector<std::string>{"Fed"}));
  EXPECT_EQ(one.target, "Federal Reserve");
}

TEST(CurationFile, RenameReadsTheNameAndTheNewName) {
  CurationDecision rename = only_decision(R"(rename person "Jim Baker" to "James Baker")");
  EXPECT_EQ(rename.action, CurationAction::kRename);
  EXPECT_EQ(rename.kind, EntityKind::kPerson);
  EXPECT_EQ(rename.names, (std::vector<std::string>{"Jim Baker"}));
  EXPECT_EQ(rename.target, "James Baker");
}

TEST(CurationFile, HideReadsEveryName) {
  CurationDecision hide = only_decision(R"(hide person "Reuter" "Staff")");
  EXPECT_EQ(hide.action, CurationAction::kHide);
  EXPECT_EQ(hide.kind, EntityKind::kPerson);
  EXPECT_EQ(hide.names, (std::vector<std::string>{"Reuter", "Staff"}));
  EXPECT_TRUE(hide.target.empty());
}

TEST(CurationFile, RetypeReadsTheNameAndTheOtherType) {
  CurationDecision retype = only_decision(R"(retype person "Sao Paulo" to place)");
  EXPECT_EQ(retype.action, CurationAction::kRetype);
  EXPECT_EQ(retype.kind, EntityKind::kPerson);
  EXPECT_EQ(retype.names, (std::vector<std::string>{"Sao Paulo"}));
  EXPECT_EQ(retype.target_kind, EntityKind::kPlace);
}

TEST(CurationFile, SplitReadsTheNameTheConditionAndTheTarget) {
  CurationDecision split = only_decision(
      R"x(split person "James Baker" when org "Tenneco" as "James Baker (Tenneco)")x");
  EXPECT_EQ(split.action, CurationAction::kSplit);
  EXPECT_EQ(split.kind, EntityKind::kPerson);
  EXPECT_EQ(split.names, (std::vector<std::string>{"James Baker"}));
  ASSERT_TRUE(split.when.has_value());
  EXPECT_EQ(split.when->first, EntityKind::kOrganisation);
  EXPECT_EQ(split.when->second, "Tenneco");
  EXPECT_EQ(split.target, "James Baker (Tenneco)");
}

TEST(CurationFile, KeepReadsTheName) {
  CurationDecision keep = only_decision(R"(keep person "Baker")");
  EXPECT_EQ(keep.action, CurationAction::kKeep);
  EXPECT_EQ(keep.kind, EntityKind::kPerson);
  EXPECT_EQ(keep.names, (std::vector<std::string>{"Baker"}));
}

TEST(CurationFile, CommentsAndBlankLinesAreSkippedAndLinesCountedFromOne) {
  const std::string text =
      "# Decisions of the news desk\n"
      "\n"
      "merge person \"Reagan\" \"Ron Reagan\" into \"Ronald Reagan\"  # the president\n"
      "   \t\n"
      "    # indented comment\n"
      "hide person \"Staff\"\n"
      "keep person \"Baker\"";  // no newline at the end
  CurationFile file = parse_curation_file(text, "desk.curation");
  EXPECT_EQ(file.name, "desk.curation");
  ASSERT_EQ(file.decisions.size(), 3u);
  EXPECT_EQ(file.decisions[0].action, CurationAction::kMerge);
  EXPECT_EQ(file.decisions[0].line, 3u);
  EXPECT_EQ(file.decisions[0].target, "Ronald Reagan");
  EXPECT_EQ(file.decisions[1].action, CurationAction::kHide);
  EXPECT_EQ(file.decisions[1].line, 6u);
  EXPECT_EQ(file.decisions[2].action, CurationAction::kKeep);
  EXPECT_EQ(file.decisions[2].line, 7u);
}

TEST(CurationFile, AHashInsideQuotesIsPartOfTheName) {
  CurationDecision hide = only_decision(R"(hide org "Channel #4" # not this)");
  EXPECT_EQ(hide.names, (std::vector<std::string>{"Channel #4"}));
}

TEST(CurationFile, WindowsLineEndsAreRead) {
  CurationFile file =
      parse_curation_file("hide person \"Staff\"\r\nkeep person \"Baker\"\r\n", "team.curation");
  ASSERT_EQ(file.decisions.size(), 2u);
  EXPECT_EQ(file.decisions[0].names, (std::vector<std::string>{"Staff"}));
  EXPECT_EQ(file.decisions[1].line, 2u);
}

TEST(CurationFile, AnEmptyFileHasNoDecisions) {
  EXPECT_TRUE(parse_curation_file("", "empty.curation").decisions.empty());
  EXPECT_TRUE(parse_curation_file("\n\n# nothing yet\n", "empty.curation").decisions.empty());
}

TEST(CurationFile, KindsGoByTheirOtherNames) {
  EXPECT_EQ(only_decision(R"(hide organization "Staff Reporters")").kind,
            EntityKind::kOrganisation);
  EXPECT_EQ(only_decision(R"(hide organisation "Staff Reporters")").kind,
            EntityKind::kOrganisation);
  EXPECT_EQ(only_decision(R"(hide location "Nowhere")").kind, EntityKind::kPlace);
  EXPECT_EQ(only_decision(R"(hide PER "Staff")").kind, EntityKind::kPerson);
  CurationDecision retype = only_decision(R"(retype org "Georgia" to location)");
  EXPECT_EQ(retype.kind, EntityKind::kOrganisation);
  EXPECT_EQ(retype.target_kind, EntityKind::kPlace);
  CurationDecision split =
      only_decision(R"x(split person "Baker" when organization "Tenneco" as "Baker (Tenneco)")x");
  ASSERT_TRUE(split.when.has_value());
  EXPECT_EQ(split.when->first, EntityKind::kOrganisation);
}

TEST(CurationFile, ActionNamesAreTheWordsOfTheFile) {
  EXPECT_EQ(curation_action_name(CurationAction::kMerge), "merge");
  EXPECT_EQ(curation_action_name(CurationAction::kRename), "rename");
  EXPECT_EQ(curation_action_name(CurationAction::kHide), "hide");
  EXPECT_EQ(curation_action_name(CurationAction::kRetype), "retype");
  EXPECT_EQ(curation_action_name(CurationAction::kSplit), "split");
  EXPECT_EQ(curation_action_name(CurationAction::kKeep), "keep");
}

TEST(CurationFile, AnUnknownActionIsRefusedWithTheFileAndLine) {
  std::string error = error_of("# first\n\nunite person \"A\" into \"B\"\n");
  EXPECT_TRUE(starts_with(error, "team.curation:3: "));
  EXPECT_TRUE(contains(error, "unite"));
  // A quoted word is no action either.
  EXPECT_TRUE(starts_with(error_of("\"merge\" person \"A\" into \"B\""), "team.curation:1: "));
}

TEST(CurationFile, AnUnknownTypeIsRefusedWithTheFileAndLine) {
  std::string error = error_of("hide person \"Staff\"\nhide people \"Staff\"\n");
  EXPECT_TRUE(starts_with(error, "team.curation:2: "));
  EXPECT_TRUE(contains(error, "people"));
  EXPECT_TRUE(starts_with(error_of("hide \"Staff\""), "team.curation:1: "));  // no type at all
  EXPECT_TRUE(starts_with(error_of("retype person \"Sao Paulo\" to city"), "team.curation:1: "));
  EXPECT_TRUE(starts_with(error_of("split person \"Baker\" when company \"Tenneco\" as \"B\""),
                          "team.curation:1: "));
}

TEST(CurationFile, TheMiscKindIsRefusedForItIsNoFacet) {
  std::string error = error_of("\n\n\nhide misc \"Olympics\"");
  EXPECT_TRUE(starts_with(error, "team.curation:4: "));
  EXPECT_TRUE(contains(error, "misc"));
  EXPECT_TRUE(starts_with(error_of("retype person \"Olympics\" to MISC"), "team.curation:1: "));
}

TEST(CurationFile, AMergeWithoutIntoIsRefused) {
  std::string error = error_of("merge person \"Reagan\" \"Ron Reagan\" \"Ronald Reagan\"");
  EXPECT_TRUE(starts_with(error, "team.curation:1: "));
  EXPECT_TRUE(contains(error, "into"));
  EXPECT_TRUE(
      starts_with(error_of("keep person \"A\"\nmerge person \"Reagan\" to \"Ronald Reagan\""),
                  "team.curation:2: "));
  // Rename, retype and split need their own words too.
  EXPECT_TRUE(
      starts_with(error_of("rename person \"Jim Baker\" \"James Baker\""), "team.curation:1: "));
  EXPECT_TRUE(starts_with(error_of("retype person \"Sao Paulo\" place"), "team.curation:1: "));
  EXPECT_TRUE(starts_with(error_of("split person \"Baker\" org \"Tenneco\" as \"B\""),
                          "team.curation:1: "));
  EXPECT_TRUE(starts_with(error_of("split person \"Baker\" when org \"Tenneco\" \"B\""),
                          "team.curation:1: "));
}

TEST(CurationFile, AQuoteThatNeverClosesIsRefused) {
  std::string error = error_of("hide person \"Staff\"\n\nhide person \"Reuter\n");
  EXPECT_TRUE(starts_with(error, "team.curation:3: "));
  // The quote does not run on into the next line.
  EXPECT_TRUE(
      starts_with(error_of("hide person \"Reuter\nkeep person \"Baker\""), "team.curation:1: "));
}

TEST(CurationFile, WordsAfterTheDecisionAreRefused) {
  std::string error = error_of("keep person \"Baker\" please");
  EXPECT_TRUE(starts_with(error, "team.curation:1: "));
  EXPECT_TRUE(contains(error, "please"));
  EXPECT_TRUE(starts_with(error_of("\nrename person \"A\" to \"B\" \"C\""), "team.curation:2: "));
  EXPECT_TRUE(starts_with(error_of("retype person \"A\" to place now"), "team.curation:1: "));
  EXPECT_TRUE(starts_with(error_of("split person \"A\" when org \"T\" as \"B\" \"C\""),
                          "team.curation:1: "));
}

TEST(CurationFile, RetypeToTheSameTypeIsRefused) {
  std::string error = error_of("keep person \"A\"\nretype person \"Sao Paulo\" to person");
  EXPECT_TRUE(starts_with(error, "team.curation:2: "));
  EXPECT_TRUE(starts_with(error_of("retype place \"Sao Paulo\" to location"), "team.curation:1: "));
}

TEST(CurationFile, MissingAndEmptyNamesAreRefused) {
  EXPECT_TRUE(starts_with(error_of("hide person"), "team.curation:1: "));
  EXPECT_TRUE(starts_with(error_of("hide person Staff"), "team.curation:1: "));
  EXPECT_TRUE(starts_with(error_of("hide person \"\""), "team.curation:1: "));
  EXPECT_TRUE(starts_with(error_of("hide person \"   \""), "team.curation:1: "));
  EXPECT_TRUE(starts_with(error_of("merge person into \"B\""), "team.curation:1: "));
  EXPECT_TRUE(starts_with(error_of("merge person \"A\" into"), "team.curation:1: "));
}

TEST(CurationFile, ErrorsNameTheFileAsGiven) {
  EXPECT_TRUE(starts_with(error_of("\nfrobnicate", "curation/desk.txt"), "curation/desk.txt:2: "));
  EXPECT_THROW((void)parse_curation_file("hide person \"Staff\" x", "f"), CurationError);
  // The first line it cannot read is the one reported.
  EXPECT_TRUE(starts_with(error_of("bad one\nbad two"), "team.curation:1: "));
}

}  // namespace
}  // namespace newsindex
