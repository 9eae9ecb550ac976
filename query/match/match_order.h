// Every match of a query, in the order a search ranks them, without holding what is written for
// each: exporting a million articles must not keep a million rows (or a Xapian MSet of them, which
// costs about 90 bytes a match and, fetched page by page, a new match pass per page).
#pragma once

#include <xapian.h>

#include <vector>

#include "matcher.h"

namespace newsindex {

// The document ids of every document `query` matches in `database`, in the order
// Enquire::get_mset gives them under `sort` (relevance: weight, then document id; newest or
// oldest: publication time, articles without one last, then weight, then document id). One match
// pass: a match spy keeps 24 bytes per match (id, time, weight) while it runs, and 4 are kept
// after sorting. `shards` are the databases `database` is made of, in order: Xapian 1.4 gives a
// match spy the document's id within its shard, and the shard follows from how many matches
// each shard has (one cheap boolean count per shard). Throws Xapian::DatabaseModifiedError when
// the shards do not agree with `database` (a writer committed in between).
[[nodiscard]] std::vector<Xapian::docid> ranked_matches(const Xapian::Database& database,
                                                        const std::vector<Xapian::Database>& shards,
                                                        const Xapian::Query& query, SortOrder sort);

}  // namespace newsindex
