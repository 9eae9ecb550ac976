#include "index_layout.h"

#include <gtest/gtest.h>

#include <fstream>

#include "command_runner.h"
#include "schema.h"

namespace newsindex {
namespace {

using testing::TempFolder;

TEST(IndexLayout, CreatesAStubAndAVersionedShard) {
  TempFolder folder;
  IndexLayout layout(folder / "idx");
  {
    auto shards = layout.open_for_writing(1);
    ASSERT_EQ(shards.size(), 1u);
  }
  EXPECT_TRUE(std::filesystem::exists(layout.stub_path()));
  Xapian::Database database = layout.open_for_reading();
  EXPECT_EQ(database.get_metadata(std::string(schema::kVersionKey)),
            std::to_string(schema::kSchemaVersion));
}

TEST(IndexLayout, ReadingAMissingIndexSaysHowToCreateOne) {
  TempFolder folder;
  try {
    (void)IndexLayout(folder / "nothing").open_for_reading();
    FAIL() << "expected IndexError";
  } catch (const IndexError& error) {
    EXPECT_NE(std::string(error.what()).find("newsindex add"), std::string::npos);
  }
}

TEST(IndexLayout, RejectsAnotherSchemaVersion) {
  TempFolder folder;
  IndexLayout layout(folder / "idx");
  {
    auto shards = layout.open_for_writing(1);
    shards[0].set_metadata(std::string(schema::kVersionKey), "999");
    shards[0].commit();
  }
  try {
    (void)layout.open_for_reading();
    FAIL() << "expected IndexError";
  } catch (const IndexError& error) {
    EXPECT_NE(std::string(error.what()).find("a newer newsindex (schema version 999)"),
              std::string::npos)
        << error.what();
  }
  EXPECT_THROW((void)layout.open_for_writing(1), IndexError);
}

TEST(IndexLayout, TheShardsOfOneIndexShareOneFacetNumbering) {
  TempFolder folder;
  IndexLayout layout(folder / "idx");
  auto shards = layout.open_for_writing(3);
  const std::string numbering = shards[0].get_metadata(std::string(schema::kNumberingKey));
  EXPECT_EQ(numbering.size(), 16u);
  for (const auto& shard : shards) {
    EXPECT_EQ(shard.get_metadata(std::string(schema::kNumberingKey)), numbering);
  }
  shards.clear();
  // Another index gets another numbering.
  auto other = IndexLayout(folder / "other").open_for_writing(1);
  EXPECT_NE(other[0].get_metadata(std::string(schema::kNumberingKey)), numbering);
}

TEST(IndexLayout, ShardsOfIndexesMadeSeparatelyAreNotSearchedTogether) {
  TempFolder folder;
  (void)IndexLayout(folder / "a").open_for_writing(1);
  (void)IndexLayout(folder / "b").open_for_writing(1);
  std::filesystem::create_directories(folder / "both");
  std::ofstream(folder / "both" / "XAPIANDB")
      << "auto " << (folder / "a" / "shard-00").string() << "\n"
      << "auto " << (folder / "b" / "shard-00").string() << "\n";
  IndexLayout both(folder / "both");
  for (bool writing : {false, true}) {
    try {
      if (writing) {
        (void)both.open_for_writing(1);
      } else {
        (void)both.open_for_reading();
      }
      FAIL() << "expected IndexError";
    } catch (const IndexError& error) {
      EXPECT_NE(std::string(error.what()).find("made separately"), std::string::npos)
          << error.what();
    }
  }
}

TEST(IndexLayout, AnOlderIndexGetsTheCommandThatIndexesItsFilesAgain) {
  TempFolder folder;
  IndexLayout layout(folder / "idx");
  {
    auto shards = layout.open_for_writing(1);
    shards[0].set_metadata(std::string(schema::kVersionKey), "1");
    shards[0].set_metadata(schema::file_state_key("/news/a.jsonl"),
                           schema::encode_file_state({10, 1, 2}));
    shards[0].set_metadata(schema::file_state_key("/news/gone.jsonl"), "");  // deleted
    shards[0].commit();
  }
  for (bool writing : {false, true}) {
    try {
      if (writing) {
        (void)layout.open_for_writing(1);
      } else {
        (void)layout.open_for_reading();
      }
      FAIL() << "expected IndexError";
    } catch (const IndexError& error) {
      const std::string message = error.what();
      EXPECT_NE(message.find("an older newsindex (schema version 1)"), std::string::npos)
          << message;
      EXPECT_NE(message.find("newsindex add -i '" + (folder / "idx").string() + "-v" +
                             std::to_string(schema::kSchemaVersion) + "' '/news/a.jsonl'"),
                std::string::npos)
          << message;
      EXPECT_EQ(message.find("gone.jsonl"), std::string::npos) << message;
    }
  }
}
TEST(IndexLayout, RejectsAPlainXapianDatabase) {
  TempFolder folder;
  {
    Xapian::WritableDatabase plain((folder / "plain").string(), Xapian::DB_CREATE);
    Xapian::Document document;
    document.add_term("x");
    plain.add_document(document);
    plain.commit();
  }
  try {
    (void)IndexLayout(folder / "plain").open_for_reading();
    FAIL() << "expected IndexError";
  } catch (const IndexError& error) {
    EXPECT_NE(std::string(error.what()).find("not one made by newsindex"), std::string::npos);
  }
  EXPECT_THROW((void)IndexLayout(folder / "plain").open_for_writing(1), IndexError);
}

TEST(IndexLayout, RefusesToWriteIntoAFolderWithOtherFiles) {
  TempFolder folder;
  testing::write_file(folder / "notes" / "todo.txt", "mine");
  EXPECT_THROW((void)IndexLayout(folder / "notes").open_for_writing(1), IndexError);
  EXPECT_TRUE(std::filesystem::exists(folder / "notes" / "todo.txt"));
}

TEST(IndexLayout, ASecondWriterIsToldWhoHoldsTheIndex) {
  TempFolder folder;
  IndexLayout layout(folder / "idx");
  auto first = layout.open_for_writing(1);
  try {
    (void)layout.open_for_writing(1);
    FAIL() << "expected IndexError";
  } catch (const IndexError& error) {
    EXPECT_NE(std::string(error.what()).find("being written by another newsindex process"),
              std::string::npos);
  }
}

}  // namespace
}  // namespace newsindex

namespace newsindex {
namespace {

// Errors after open (a commit, a search) name the index and the shard, as errors at open do.
TEST(IndexLayout, ErrorsAfterOpenNameTheIndexAndTheShard) {
  IndexLayout layout("/archives/reuters");
  IndexError damaged =
      layout.error_while("writing", Xapian::DatabaseCorruptError("bad block 7 in postlist"), 1);
  EXPECT_STREQ(damaged.what(),
               "index '/archives/reuters' (shard-01) is damaged while writing: bad block 7 in "
               "postlist");
  IndexError full = layout.error_while("committing", Xapian::DatabaseError("write failed", ENOSPC));
  const std::string message = full.what();
  EXPECT_NE(message.find("index '/archives/reuters': DatabaseError while committing"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("No space left on device"), std::string::npos) << message;
  IndexError modified =
      layout.error_while("searching", Xapian::DatabaseModifiedError("revision gone"));
  EXPECT_NE(std::string(modified.what()).find("try again"), std::string::npos);
}

}  // namespace
}  // namespace newsindex
