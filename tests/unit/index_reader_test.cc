// IndexReader: the boundary where Xapian's errors while reading become IndexError naming the
// index and the shard, and where a writer's commits are met by reopening.
#include "index_reader.h"

#include <gtest/gtest.h>

#include "command_runner.h"
#include "small_archive.h"

namespace newsindex {
namespace {

namespace fs = std::filesystem;

// Runs `read` and returns the IndexError it ended in ("" when none).
template <typename Read>
std::string index_error_of(IndexReader& reader, Read read) {
  try {
    (void)reader.read(read);
  } catch (const IndexError& error) {
    return error.what();
  }
  return {};
}

class IndexReaderTest : public ::testing::Test {
 protected:
  void write(int shards) { testing::write_archive(index_, testing::harbour_articles(), shards); }
  [[nodiscard]] std::string quoted_index() const { return "'" + index_.string() + "'"; }

  testing::TempFolder folder_;
  fs::path index_ = folder_ / "index";
};

// Reads every document's data: what a search does for its hits.
std::size_t read_every_document(const Xapian::Database& database) {
  std::size_t bytes = 0;
  for (auto posting = database.postlist_begin(""); posting != database.postlist_end("");
       ++posting) {
    bytes += database.get_document(*posting).get_data().size();
  }
  return bytes;
}

TEST_F(IndexReaderTest, ReopensWhenAWritersCommitsInvalidatedTheRevisionRead) {
  // Enough articles that their data takes many blocks, not only the root block a reader holds.
  std::vector<testing::ArticleSpec> articles;
  for (int i = 0; i < 300; ++i) {
    articles.push_back({"a" + std::to_string(i),
                        "2025-04-11",
                        "Baltic Wire",
                        "en",
                        "Harbour news",
                        std::string(2000, 'x'),
                        {},
                        {}});
  }
  testing::write_archive(index_, articles);
  IndexReader reader{IndexLayout(index_)};
  EXPECT_EQ(reader.read([](const Xapian::Database& database) { return database.get_doccount(); }),
            300u);
  {
    // Commits that rewrite every block of the reader's revision.
    Xapian::WritableDatabase shard((index_ / "shard-00").string());
    for (int commit = 0; commit < 3; ++commit) {
      for (Xapian::docid id = 1; id <= 300; ++id) {
        Xapian::Document document = shard.get_document(id);
        document.set_data(document.get_data() + "y");
        shard.replace_document(id, document);
      }
      shard.commit();
    }
  }
  int runs = 0;
  std::size_t bytes = reader.read([&](const Xapian::Database& database) {
    ++runs;
    return read_every_document(database);
  });
  EXPECT_EQ(runs, 2);  // the first run met DatabaseModifiedError, the second the new revision
  // The data of the last revision: the same archive written afresh, plus three bytes each.
  testing::TempFolder fresh;
  testing::write_archive(fresh / "index", articles);
  EXPECT_EQ(bytes, read_every_document(IndexLayout(fresh / "index").open_for_reading()) + 3 * 300);
}

TEST_F(IndexReaderTest, GivesUpWhenTheIndexKeepsChanging) {
  write(1);
  IndexReader reader{IndexLayout(index_)};
  int runs = 0;
  std::string error = index_error_of(reader, [&](const Xapian::Database&) -> int {
    ++runs;
    throw Xapian::DatabaseModifiedError("revision gone");
  });
  EXPECT_EQ(runs, IndexReader::kMaxReopens + 1);
  EXPECT_EQ(error, "index " + quoted_index() +
                       " changed 6 times while it was read (another process is writing it); try "
                       "again: revision gone");
}

TEST_F(IndexReaderTest, DamageIsAnIndexErrorNamingTheIndexAndItsOnlyShard) {
  write(1);
  IndexReader reader{IndexLayout(index_)};
  EXPECT_EQ(index_error_of(reader,
                           [](const Xapian::Database&) -> int {
                             throw Xapian::DatabaseCorruptError("bad block 7");
                           }),
            "index " + quoted_index() + " (shard-00) is damaged: bad block 7");
  EXPECT_EQ(index_error_of(reader,
                           [](const Xapian::Database&) -> int {
                             throw Xapian::DocNotFoundError("document 9 missing");
                           }),
            "index " + quoted_index() + " (shard-00) is damaged: document 9 missing");
  EXPECT_EQ(index_error_of(reader,
                           [](const Xapian::Database&) -> int {
                             throw Xapian::DatabaseError("EOF reading block 3");
                           }),
            "cannot read index " + quoted_index() + " (shard-00): EOF reading block 3");
}

TEST_F(IndexReaderTest, TheShardIsTheOneTheReadFailsOnAlone) {
  write(2);
  const std::string shard = "shard-0" + std::to_string(schema::shard_for("h2", 2));
  IndexReader reader{IndexLayout(index_)};
  // Fails wherever article h2 is: on the whole index, and on its shard alone.
  auto fails_with_h2 = [](const Xapian::Database& database) -> int {
    if (database.term_exists(schema::id_term("h2"))) throw Xapian::DatabaseCorruptError("bad");
    return 0;
  };
  EXPECT_EQ(index_error_of(reader, fails_with_h2),
            "index " + quoted_index() + " (" + shard + ") is damaged: bad");
  // Fails on no shard alone: no shard named.
  auto fails_on_all = [](const Xapian::Database& database) -> int {
    if (database.size() > 1) throw Xapian::DatabaseCorruptError("bad");
    return 0;
  };
  EXPECT_EQ(index_error_of(reader, fails_on_all), "index " + quoted_index() + " is damaged: bad");
}

TEST_F(IndexReaderTest, OtherErrorsPassThrough) {
  write(1);
  IndexReader reader{IndexLayout(index_)};
  EXPECT_THROW((void)reader.read([](const Xapian::Database&) -> int {
    throw Xapian::InvalidArgumentError("a bug, not the index");
  }),
               Xapian::InvalidArgumentError);
  EXPECT_THROW((void)reader.read(
                   [](const Xapian::Database&) -> int { throw std::runtime_error("not Xapian"); }),
               std::runtime_error);
}

TEST_F(IndexReaderTest, AShardThatCannotBeOpenedIsNamed) {
  write(2);
  fs::resize_file(index_ / "shard-01" / "docdata.glass", 0);
  try {
    IndexReader reader{IndexLayout(index_)};
    FAIL() << "opened a truncated shard";
  } catch (const IndexError& error) {
    EXPECT_TRUE(std::string(error.what())
                    .starts_with("cannot read index " + quoted_index() + " (shard-01): "))
        << error.what();
  }
}

}  // namespace
}  // namespace newsindex
