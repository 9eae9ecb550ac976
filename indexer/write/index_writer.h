// Writes documents into one shard, replacing articles by id and committing in batches so that a
// crash loses at most the batch in progress. Which shard an article belongs to is the caller's
// business (schema::shard_for).
//
// The writer also keeps the shard's facet totals (schema/facet_totals.h) and the names of the
// facet ordinals its articles use (schema/named_facets.h), and stores both in the same commit as
// the articles, so that a reader of any committed revision finds them consistent.
#pragma once

#include <xapian.h>

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "document_builder.h"
#include "schema.h"

namespace newsindex {

enum class WriteOutcome { kAdded, kReplaced };

class IndexWriter {
 public:
  // batch_size: the most documents per commit. It bounds both the work lost on a crash and the
  // memory Xapian holds for uncommitted changes. Reads the shard's totals (and counts them
  // afresh from its articles when they are missing or do not match them).
  IndexWriter(Xapian::WritableDatabase shard, std::size_t batch_size);

  // Stores the document under the article's id, replacing any article with that id. `built` must
  // have been numbered (FacetDictionary::number): std::logic_error otherwise.
  [[nodiscard]] WriteOutcome write(const std::string& article_id, const ArticleDocument& built);
  // Deletes every document indexed by `term`; returns how many.
  std::size_t remove_all(const std::string& term);
  // Deletes one document.
  void remove(Xapian::docid document);
  // Makes everything written so far durable, with the totals that describe it.
  void commit();

  [[nodiscard]] const schema::FacetTotals& totals() const { return totals_; }
  [[nodiscard]] Xapian::WritableDatabase& shard() { return shard_; }

  // Documents the current batch holds when it is committed. A commit merges every term of the
  // batch into the shard's B-trees, which costs more as the shard grows, while Xapian's buffer of
  // uncommitted postings gets slower as it fills: so batches grow with the shard, to a sixteenth
  // of its size, from kSmallestBatch up to batch_size.
  [[nodiscard]] std::size_t batch_limit() const noexcept { return batch_limit_; }
  static constexpr std::size_t kSmallestBatch = 250;

 private:
  void plan_next_batch();
  void load_totals();
  void write_names(const ArticleDocument& built);
  void changed();

  Xapian::WritableDatabase shard_;
  std::size_t batch_size_;
  std::size_t batch_limit_ = 0;
  std::size_t uncommitted_ = 0;
  schema::FacetTotals totals_;
  // By named facet, then ordinal: whether this shard holds the ordinal's name.
  std::array<std::vector<bool>, schema::kNamedFacets.size()> named_;
};

}  // namespace newsindex
