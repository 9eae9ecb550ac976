// IndexWriter's batches (replacement by id, commits that grow with the shard) and the facet totals
// and names it keeps; FacetDictionary's ordinals.
#include "index_writer.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <string>

#include "command_runner.h"
#include "facet_dictionary.h"
#include "schema.h"

namespace newsindex {
namespace {

ArticleDocument article(const std::string& id) {
  ArticleDocument built;
  built.document.add_boolean_term(schema::id_term(id));
  built.document.add_term("word");
  built.numbered = true;
  return built;
}

// An article naming `people`, numbered by `dictionary`.
ArticleDocument naming(FacetDictionary& dictionary, const std::string& id,
                       const std::vector<std::string>& people) {
  ArticleDocument built = article(id);
  for (const std::string& person : people) {
    built.facet_names[schema::named_facet_index(schema::NamedFacet::kPerson)].push_back(
        {person, person});
  }
  dictionary.number(built);
  return built;
}

// A shard on disk: facet names and totals are metadata, which the in-memory backend lacks.
Xapian::WritableDatabase disk_shard(const testing::TempFolder& folder) {
  return Xapian::WritableDatabase((folder / "shard").string(), Xapian::DB_CREATE);
}

std::uint32_t person_total(const IndexWriter& writer, schema::Ordinal ordinal) {
  const auto& counts =
      writer.totals().named[schema::named_facet_index(schema::NamedFacet::kPerson)];
  return ordinal < counts.size() ? counts[ordinal] : 0;
}

TEST(IndexWriter, ReplacesAnArticleWrittenAgainUnderTheSameId) {
  Xapian::WritableDatabase shard(std::string(), Xapian::DB_BACKEND_INMEMORY);
  IndexWriter writer(shard, 100);
  EXPECT_EQ(writer.write("a", article("a")), WriteOutcome::kAdded);
  EXPECT_EQ(writer.write("a", article("a")), WriteOutcome::kReplaced);
  writer.commit();
  EXPECT_EQ(shard.get_doccount(), 1u);
}

TEST(IndexWriter, RefusesADocumentWhoseFacetValuesWereNotNumbered) {
  Xapian::WritableDatabase shard(std::string(), Xapian::DB_BACKEND_INMEMORY);
  IndexWriter writer(shard, 100);
  ArticleDocument built = article("a");
  built.numbered = false;
  EXPECT_THROW((void)writer.write("a", built), std::logic_error);
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

TEST(FacetDictionary, NumbersValuesInTheOrderMetAndContinuesWhereTheIndexStopped) {
  testing::TempFolder folder;
  std::vector<Xapian::WritableDatabase> shards{disk_shard(folder)};
  {
    FacetDictionary dictionary(shards);
    IndexWriter writer(shards[0], 100);
    ArticleDocument first = naming(dictionary, "a", {"ann", "bob"});
    ArticleDocument second = naming(dictionary, "b", {"cy", "ann"});
    const auto person = schema::named_facet_index(schema::NamedFacet::kPerson);
    EXPECT_EQ(first.ordinals[person], (std::vector<schema::Ordinal>{0, 1}));
    EXPECT_EQ(second.ordinals[person], (std::vector<schema::Ordinal>{2, 0}));
    EXPECT_EQ(schema::decode_number_set(second.document.get_value(schema::kPersonOrdinalsSlot)),
              (std::vector<std::uint32_t>{0, 2}));
    (void)writer.write("a", first);
    (void)writer.write("b", second);
    writer.commit();
  }
  // A later run reads the names back: known values keep their ordinals, new ones come after.
  FacetDictionary again(shards);
  EXPECT_EQ(again.size(schema::NamedFacet::kPerson), 3u);
  ArticleDocument third = naming(again, "c", {"dee", "bob"});
  EXPECT_EQ(third.ordinals[schema::named_facet_index(schema::NamedFacet::kPerson)],
            (std::vector<schema::Ordinal>{3, 1}));
  EXPECT_EQ(schema::decode_facet_name(
                shards[0].get_metadata(schema::facet_name_key(schema::NamedFacet::kPerson, 2))),
            (schema::FacetName{"cy", "cy"}));
}

TEST(IndexWriter, KeepsTotalsExactThroughReplacementsAndDeletions) {
  testing::TempFolder folder;
  std::vector<Xapian::WritableDatabase> shards{disk_shard(folder)};
  FacetDictionary dictionary(shards);
  IndexWriter writer(shards[0], 100);
  (void)writer.write("a", naming(dictionary, "a", {"ann", "bob"}));
  (void)writer.write("b", naming(dictionary, "b", {"ann"}));
  EXPECT_EQ(writer.totals().articles, 2u);
  EXPECT_EQ(person_total(writer, 0), 2u);  // ann
  EXPECT_EQ(person_total(writer, 1), 1u);  // bob
  // "a" again, now naming only cy: bob's article is gone, ann's count stays.
  EXPECT_EQ(writer.write("a", naming(dictionary, "a", {"cy"})), WriteOutcome::kReplaced);
  EXPECT_EQ(writer.totals().articles, 2u);
  EXPECT_EQ(person_total(writer, 0), 1u);
  EXPECT_EQ(person_total(writer, 1), 0u);
  EXPECT_EQ(person_total(writer, 2), 1u);
  EXPECT_EQ(writer.remove_all(schema::id_term("b")), 1u);
  EXPECT_EQ(person_total(writer, 0), 0u);
  writer.commit();
  // What was committed is what a new writer (or reader) of the shard reads.
  auto stored = schema::decode_facet_totals(shards[0].get_metadata(schema::facet_totals_key()));
  ASSERT_TRUE(stored);
  EXPECT_EQ(*stored, writer.totals());
  EXPECT_EQ(IndexWriter(shards[0], 100).totals(), writer.totals());
}

TEST(IndexWriter, CountsTheArticlesAgainWhenTheTotalsAreMissing) {
  testing::TempFolder folder;
  Xapian::WritableDatabase shard = disk_shard(folder);
  std::vector<Xapian::WritableDatabase> shards{shard};
  FacetDictionary dictionary(shards);
  schema::FacetTotals written;
  {
    IndexWriter writer(shard, 100);
    (void)writer.write("a", naming(dictionary, "a", {"ann", "bob"}));
    (void)writer.write("b", naming(dictionary, "b", {"bob"}));
    writer.commit();
    written = writer.totals();
  }
  shard.set_metadata(schema::facet_totals_key(), "");
  shard.commit();
  IndexWriter reopened(shard, 100);
  EXPECT_EQ(reopened.totals(), written);
  EXPECT_EQ(person_total(reopened, 1), 2u);
}

}  // namespace
}  // namespace newsindex
