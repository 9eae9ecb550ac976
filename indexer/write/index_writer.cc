#include "index_writer.h"

#include <algorithm>
#include <stdexcept>

namespace newsindex {

IndexWriter::IndexWriter(Xapian::WritableDatabase shard, std::size_t batch_size)
    : shard_(std::move(shard)), batch_size_(batch_size == 0 ? 1 : batch_size) {
  const std::string prefix(schema::facet_name_key_prefix());
  for (auto key = shard_.metadata_keys_begin(prefix); key != shard_.metadata_keys_end(prefix);
       ++key) {
    if (auto numbered = schema::parse_facet_name_key(*key)) {
      std::vector<bool>& named = named_[schema::named_facet_index(numbered->first)];
      if (numbered->second >= named.size()) named.resize(numbered->second + 1);
      named[numbered->second] = true;
    }
  }
  load_totals();
  plan_next_batch();
}

void IndexWriter::load_totals() {
  auto stored = schema::decode_facet_totals(shard_.get_metadata(schema::facet_totals_key()));
  if (stored && stored->articles == shard_.get_doccount()) {
    totals_ = std::move(*stored);
    return;
  }
  // Lost or out of step (a shard written by something else): count every article again.
  totals_ = {};
  for (auto posting = shard_.postlist_begin(""); posting != shard_.postlist_end(""); ++posting) {
    totals_.count(schema::read_document_facets(shard_.get_document(*posting)), +1);
  }
}

WriteOutcome IndexWriter::write(const std::string& article_id, const ArticleDocument& built) {
  if (!built.numbered) {
    throw std::logic_error("IndexWriter::write: the document's facet values were not numbered");
  }
  std::string id_term = schema::id_term(article_id);
  WriteOutcome outcome = WriteOutcome::kAdded;
  for (auto posting = shard_.postlist_begin(id_term); posting != shard_.postlist_end(id_term);
       ++posting) {
    totals_.count(schema::read_document_facets(shard_.get_document(*posting)), -1);
    outcome = WriteOutcome::kReplaced;
  }
  write_names(built);
  totals_.count(schema::read_document_facets(built.document), +1);
  // The builder added id_term to the document, which is what makes the next replace find it.
  shard_.replace_document(id_term, built.document);
  changed();
  return outcome;
}

void IndexWriter::write_names(const ArticleDocument& built) {
  for (std::size_t f = 0; f < built.ordinals.size(); ++f) {
    std::vector<bool>& named = named_[f];
    for (std::size_t i = 0; i < built.ordinals[f].size(); ++i) {
      const schema::Ordinal ordinal = built.ordinals[f][i];
      if (ordinal < named.size() && named[ordinal]) continue;
      shard_.set_metadata(schema::facet_name_key(schema::kNamedFacets[f].facet, ordinal),
                          schema::encode_facet_name(built.facet_names[f][i]));
      if (ordinal >= named.size())
        named.resize(std::max<std::size_t>(ordinal + 1, named.size() * 2));
      named[ordinal] = true;
    }
  }
}

std::size_t IndexWriter::remove_all(const std::string& term) {
  std::vector<Xapian::docid> documents(shard_.postlist_begin(term), shard_.postlist_end(term));
  for (Xapian::docid document : documents) remove(document);
  return documents.size();
}

void IndexWriter::remove(Xapian::docid document) {
  totals_.count(schema::read_document_facets(shard_.get_document(document)), -1);
  shard_.delete_document(document);
  changed();
}

void IndexWriter::changed() {
  if (++uncommitted_ >= batch_limit_) commit();
}

void IndexWriter::commit() {
  shard_.set_metadata(schema::facet_totals_key(), schema::encode_facet_totals(totals_));
  shard_.commit();
  uncommitted_ = 0;
  plan_next_batch();
}

void IndexWriter::plan_next_batch() {
  batch_limit_ = std::clamp<std::size_t>(shard_.get_doccount() / 16,
                                         std::min(kSmallestBatch, batch_size_), batch_size_);
}

}  // namespace newsindex
