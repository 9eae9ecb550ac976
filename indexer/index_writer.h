// Writes documents into one shard, replacing articles by id and committing in batches so that a
// crash loses at most the batch in progress. Which shard an article belongs to is the caller's
// business (schema::shard_for).
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace newsindex {

enum class WriteOutcome { kAdded, kReplaced };

class IndexWriter {
 public:
  // batch_size: documents per commit. It bounds both the work lost on a crash and the memory
  // Xapian holds for uncommitted changes.
  IndexWriter(Xapian::WritableDatabase shard, std::size_t batch_size);

  // Stores the document under the article's id, replacing any article with that id.
  [[nodiscard]] WriteOutcome write(const std::string& article_id, const Xapian::Document& document);
  // Makes everything written so far durable.
  void commit();

 private:
  Xapian::WritableDatabase shard_;
  std::size_t batch_size_;
  std::size_t uncommitted_ = 0;
};

}  // namespace newsindex
