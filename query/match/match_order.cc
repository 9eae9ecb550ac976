#include "match_order.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "schema.h"

namespace newsindex {
namespace {

struct Ranked {
  double time;  // NaN: no publication time
  double weight;
  Xapian::docid id;
};

// Sees every match with the weight the matcher gave it, and its publication time when the order
// needs it. The matcher runs through the shards one after the other, in order, so the first
// `counts[0]` matches are the first shard's, and so on.
class KeyCollector final : public Xapian::MatchSpy {
 public:
  KeyCollector(std::vector<Ranked>& out, bool by_time, std::vector<Xapian::doccount> counts)
      : out_(out), by_time_(by_time), counts_(std::move(counts)) {}

  void operator()(const Xapian::Document& document, double weight) override {
    while (shard_ < counts_.size() && seen_in_shard_ == counts_[shard_]) {
      ++shard_;
      seen_in_shard_ = 0;
      last_local_ = 0;
    }
    const Xapian::docid local = document.get_docid();
    // Local ids rise within a shard: anything else means the counts were not this match's.
    if (shard_ == counts_.size() || local <= last_local_) {
      consistent_ = false;
      return;
    }
    ++seen_in_shard_;
    last_local_ = local;
    double time = std::numeric_limits<double>::quiet_NaN();
    if (by_time_) {
      const std::string value = document.get_value(schema::kPublishedTimeSlot);
      if (!value.empty()) time = Xapian::sortable_unserialise(value);
    }
    const auto shards = static_cast<Xapian::docid>(counts_.size());
    out_.push_back({time, weight, (local - 1) * shards + static_cast<Xapian::docid>(shard_) + 1});
  }

  [[nodiscard]] bool consistent() const { return consistent_; }

 private:
  std::vector<Ranked>& out_;
  bool by_time_;
  std::vector<Xapian::doccount> counts_;
  std::size_t shard_ = 0;
  Xapian::doccount seen_in_shard_ = 0;
  Xapian::docid last_local_ = 0;
  bool consistent_ = true;
};

// How many documents of `shard` match `query` (the same whether weighted or not).
Xapian::doccount count_matches(const Xapian::Database& shard, const Xapian::Query& query) {
  Xapian::Enquire enquire(shard);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  const Xapian::MSet counted = enquire.get_mset(0, 1, shard.get_doccount());
  return counted.get_matches_estimated();
}

}  // namespace

std::vector<Xapian::docid> ranked_matches(const Xapian::Database& database,
                                          const std::vector<Xapian::Database>& shards,
                                          const Xapian::Query& query, SortOrder sort) {
  std::vector<Xapian::doccount> counts;
  if (shards.size() <= 1) {
    counts.push_back(database.get_doccount());  // at most every document: ids are global
  } else {
    for (const Xapian::Database& shard : shards) counts.push_back(count_matches(shard, query));
  }
  std::vector<Ranked> keys;
  const bool by_time = sort != SortOrder::kRelevance;
  KeyCollector collector(keys, by_time, std::move(counts));
  Xapian::Enquire enquire(database);
  enquire.set_query(query);
  enquire.add_matchspy(&collector);
  // A page of one: the spy sees every match (all are checked) and little else is kept. With no
  // page at all Xapian computes no weights, and the spy would see them all as 0.
  (void)enquire.get_mset(0, 1, database.get_doccount());
  if (!collector.consistent()) {
    throw Xapian::DatabaseModifiedError("the index's shards changed while its matches were ranked");
  }

  const bool newest = sort == SortOrder::kNewest;
  std::sort(keys.begin(), keys.end(), [&](const Ranked& a, const Ranked& b) {
    if (by_time) {
      const bool a_dated = !std::isnan(a.time);
      const bool b_dated = !std::isnan(b.time);
      if (a_dated != b_dated) return a_dated;
      if (a_dated && a.time != b.time) return newest ? a.time > b.time : a.time < b.time;
    }
    if (a.weight != b.weight) return a.weight > b.weight;
    return a.id < b.id;
  });
  std::vector<Xapian::docid> ids;
  ids.reserve(keys.size());
  for (const Ranked& key : keys) ids.push_back(key.id);
  return ids;
}

}  // namespace newsindex
