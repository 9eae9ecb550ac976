// Writes documents into one shard, replacing articles by id and committing in batches so that a
// crash loses at most the batch in progress. Which shard an article belongs to is the caller's
// business (schema::shard_for).
#pragma once

#include <xapian.h>

#include <cstddef>
#include <string>
#include <vector>

namespace newsindex {

enum class WriteOutcome { kAdded, kReplaced };

class IndexWriter {
 public:
  // batch_size: the most documents per commit. It bounds both the work lost on a crash and the
  // memory Xapian holds for uncommitted changes.
  IndexWriter(Xapian::WritableDatabase shard, std::size_t batch_size);

  // Stores the document under the article's id, replacing any article with that id.
  [[nodiscard]] WriteOutcome write(const std::string& article_id, const Xapian::Document& document);
  // Makes everything written so far durable.
  void commit();

  // Documents the current batch holds when it is committed. A commit merges every term of the
  // batch into the shard's B-trees, which costs more as the shard grows, while Xapian's buffer of
  // uncommitted postings gets slower as it fills: so batches grow with the shard, to a sixteenth
  // of its size, from kSmallestBatch up to batch_size.
  [[nodiscard]] std::size_t batch_limit() const noexcept { return batch_limit_; }
  static constexpr std::size_t kSmallestBatch = 250;

 private:
  void plan_next_batch();

  Xapian::WritableDatabase shard_;
  std::size_t batch_size_;
  std::size_t batch_limit_ = 0;
  std::size_t uncommitted_ = 0;
};

}  // namespace newsindex
