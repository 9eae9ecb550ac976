#include "index_writer.h"

#include "schema.h"

namespace newsindex {

IndexWriter::IndexWriter(std::vector<Xapian::WritableDatabase> shards, std::size_t batch_size)
    : shards_(std::move(shards)), batch_size_(batch_size == 0 ? 1 : batch_size) {}

WriteOutcome IndexWriter::write(const std::string& article_id, const Xapian::Document& document) {
  Xapian::WritableDatabase& shard = shards_[schema::shard_for(article_id, shards_.size())];
  std::string id_term = schema::id_term(article_id);
  WriteOutcome outcome =
      shard.term_exists(id_term) ? WriteOutcome::kReplaced : WriteOutcome::kAdded;
  // The builder added id_term to the document, which is what makes the next replace find it.
  shard.replace_document(id_term, document);
  if (++uncommitted_ >= batch_size_) commit();
  return outcome;
}

void IndexWriter::commit() {
  for (Xapian::WritableDatabase& shard : shards_) shard.commit();
  uncommitted_ = 0;
}

}  // namespace newsindex
