// Runs a Xapian query over an index: the order of the hits, the match spy that sees every match
// (the facet counter), and totals that are exact.
#pragma once

#include <xapian.h>

#include <cstddef>

namespace newsindex {

enum class SortOrder { kRelevance, kNewest, kOldest };

// "relevance", "newest", "oldest": as --sort takes it and JSON reports it.
[[nodiscard]] const char* sort_order_name(SortOrder sort);

struct MatchRequest {
  std::size_t offset = 0;
  std::size_t limit = 10;
  SortOrder sort = SortOrder::kRelevance;
};

// What a query found: the page of hits asked for, the Enquire that found them (which knows
// each hit's matching terms), and how many articles match.
struct Matches {
  Xapian::Enquire enquire;
  Xapian::MSet page;
  Xapian::doccount total = 0;
  bool exact = true;
};

// Whether `query` matches every article (a search with no words and no filters).
[[nodiscard]] bool matches_every_article(const Xapian::Query& query);

// Runs `query`; `spy`, when not null, sees every matching document. Xapian is asked to check
// every document, which makes the total, and what the spy counts, exact. A query that matches
// every article with no spy is not run over the whole archive: its total is the article count,
// and its newest or oldest page comes from a window of publication times just wide enough.
[[nodiscard]] Matches match(const Xapian::Database& database, const Xapian::Query& query,
                            const MatchRequest& request, Xapian::MatchSpy* spy);

}  // namespace newsindex
