// IndexWriter's batches: replacement by id, and commits that grow with the shard.
#include "index_writer.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <string>

#include "schema.h"

namespace newsindex {
namespace {

Xapian::Document article(const std::string& id) {
  Xapian::Document document;
  document.add_boolean_term(schema::id_term(id));
  document.add_term("word");
  return document;
}

TEST(IndexWriter, ReplacesAnArticleWrittenAgainUnderTheSameId) {
  Xapian::WritableDatabase shard(std::string(), Xapian::DB_BACKEND_INMEMORY);
  IndexWriter writer(shard, 100);
  EXPECT_EQ(writer.write("a", article("a")), WriteOutcome::kAdded);
  EXPECT_EQ(writer.write("a", article("a")), WriteOutcome::kReplaced);
  writer.commit();
  EXPECT_EQ(shard.get_doccount(), 1u);
}

TEST(IndexWriter, BatchesGrowWithTheShardUpToTheBatchSize) {
  Xapian::WritableDatabase shard(std::string(), Xapian::DB_BACKEND_INMEMORY);
  IndexWriter writer(shard, 2000);
  EXPECT_EQ(writer.batch_limit(), IndexWriter::kSmallestBatch);
  for (int i = 0; i < 16000; ++i) (void)writer.write(std::to_string(i), article(std::to_string(i)));
  // Committed at 250, 500, ... as the shard grew; the next batch is a sixteenth of the shard.
  EXPECT_GT(writer.batch_limit(), IndexWriter::kSmallestBatch);
  EXPECT_LE(writer.batch_limit(), 1000u);
  for (int i = 16000; i < 64000; ++i)
    (void)writer.write(std::to_string(i), article(std::to_string(i)));
  EXPECT_EQ(writer.batch_limit(), 2000u);
}

TEST(IndexWriter, ASmallBatchSizeIsNeverExceeded) {
  Xapian::WritableDatabase shard(std::string(), Xapian::DB_BACKEND_INMEMORY);
  IndexWriter writer(shard, 10);
  EXPECT_EQ(writer.batch_limit(), 10u);
}

}  // namespace
}  // namespace newsindex
