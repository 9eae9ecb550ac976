// Every count newsindex prints agrees with its noun: "1 file", "2 files".
#include <gtest/gtest.h>

#include <sstream>

#include "archive_summary.h"
#include "counted_noun.h"
#include "indexing_run.h"
#include "progress_bar.h"
#include "report_writer.h"

namespace newsindex {
namespace {

TEST(CountedNoun, OneIsSingularEverythingElsePlural) {
  EXPECT_EQ(counted_noun(0, "file", "files"), "0 files");
  EXPECT_EQ(counted_noun(1, "file", "files"), "1 file");
  EXPECT_EQ(counted_noun(2, "person", "people"), "2 people");
}

TEST(AddSummary, SaysOneArticleOneFileOneWarning) {
  IndexingSummary summary;
  summary.files = 1;
  summary.added = 1;
  summary.warnings = 1;
  std::ostringstream out;
  print_summary(summary, out);
  EXPECT_TRUE(
      out.str().starts_with("1 article from 1 file: 1 added, 0 replaced, 0 skipped, 1 warning in "))
      << out.str();
}

TEST(AddSummary, SaysPluralsForOtherCounts) {
  IndexingSummary summary;
  summary.files = 2;
  summary.added = 3;
  summary.warnings = 2;
  std::ostringstream out;
  print_summary(summary, out);
  EXPECT_TRUE(out.str().starts_with(
      "3 articles from 2 files: 3 added, 0 replaced, 0 skipped, 2 warnings in "))
      << out.str();
}

TEST(ProgressBar, SaysOneFileAndOneArticle) {
  std::ostringstream out;
  ProgressBar bar(out, 1, 100);
  bar.update(0, 1, 50);
  EXPECT_NE(out.str().find("0/1 file  1 article  "), std::string::npos) << out.str();
}

TEST(IndexStatistics, CountsEntitiesInTheirOwnNumber) {
  IndexFacts facts;
  facts.entities[schema::entity_kind_index(schema::EntityKind::kPerson)] = 1;
  facts.entities[schema::entity_kind_index(schema::EntityKind::kOrganisation)] = 1;
  facts.entities[schema::entity_kind_index(schema::EntityKind::kPlace)] = 2;
  ArchiveSummary summary;
  summary.facts = facts;
  std::ostringstream out;
  make_human_writer(out, HumanStyle{})->write(summary);
  EXPECT_NE(out.str().find("entities        1 person, 1 organisation, 2 places\n"),
            std::string::npos)
      << out.str();
}

}  // namespace
}  // namespace newsindex
