#include "index_writer.h"

#include <algorithm>

#include "schema.h"

namespace newsindex {

IndexWriter::IndexWriter(Xapian::WritableDatabase shard, std::size_t batch_size)
    : shard_(std::move(shard)), batch_size_(batch_size == 0 ? 1 : batch_size) {
  plan_next_batch();
}

WriteOutcome IndexWriter::write(const std::string& article_id, const Xapian::Document& document) {
  std::string id_term = schema::id_term(article_id);
  WriteOutcome outcome =
      shard_.term_exists(id_term) ? WriteOutcome::kReplaced : WriteOutcome::kAdded;
  // The builder added id_term to the document, which is what makes the next replace find it.
  shard_.replace_document(id_term, document);
  if (++uncommitted_ >= batch_limit_) commit();
  return outcome;
}

void IndexWriter::commit() {
  shard_.commit();
  uncommitted_ = 0;
  plan_next_batch();
}

void IndexWriter::plan_next_batch() {
  batch_limit_ = std::clamp<std::size_t>(shard_.get_doccount() / 16,
                                         std::min(kSmallestBatch, batch_size_), batch_size_);
}

}  // namespace newsindex
