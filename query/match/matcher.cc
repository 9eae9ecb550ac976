#include "matcher.h"

#include <string>

#include "schema.h"

namespace newsindex {
namespace {

void set_sort(Xapian::Enquire& enquire, SortOrder sort) {
  if (sort == SortOrder::kRelevance) return;
  // Articles without a date sort last in both directions, rather than first when oldest.
  auto* keys = new Xapian::MultiValueKeyMaker();
  bool newest = sort == SortOrder::kNewest;
  keys->add_value(schema::kPublishedTimeSlot, newest, newest ? std::string() : std::string("\xff"));
  // release(): the Enquire owns the key maker from here on.
  enquire.set_sort_by_key_then_relevance(keys->release(), false);
}

}  // namespace

const char* sort_order_name(SortOrder sort) {
  switch (sort) {
    case SortOrder::kNewest:
      return "newest";
    case SortOrder::kOldest:
      return "oldest";
    case SortOrder::kRelevance:
      break;
  }
  return "relevance";
}

bool matches_every_article(const Xapian::Query& query) {
  return query.get_description() == Xapian::Query::MatchAll.get_description();
}

namespace {

// The newest (or oldest) page of every article: sorting the whole archive by time reads and
// compares a key per article, so only the articles published in a window at the newest (oldest)
// end are matched and sorted, the window growing until it holds the page. Articles without a date
// sort after all others, so they are only reached when the window spans every dated article.
Xapian::MSet page_of_everything(Xapian::Enquire& enquire, const Xapian::Database& database,
                                const MatchRequest& request) {
  const Xapian::doccount wanted = static_cast<Xapian::doccount>(request.offset + request.limit);
  const std::string lowest = database.get_value_lower_bound(schema::kPublishedTimeSlot);
  const std::string highest = database.get_value_upper_bound(schema::kPublishedTimeSlot);
  if (wanted > 0 && !lowest.empty() && !highest.empty()) {
    const double first = Xapian::sortable_unserialise(lowest);
    const double last = Xapian::sortable_unserialise(highest);
    const bool newest = request.sort == SortOrder::kNewest;
    for (double width = (last - first) / 4096; width < last - first; width *= 8) {
      enquire.set_query(newest
                            ? Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kPublishedTimeSlot,
                                            Xapian::sortable_serialise(last - width))
                            : Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kPublishedTimeSlot,
                                            Xapian::sortable_serialise(first + width)));
      Xapian::MSet page = enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                                           static_cast<Xapian::doccount>(request.limit), wanted);
      if (page.get_matches_lower_bound() >= wanted) return page;
    }
  }
  enquire.set_query(Xapian::Query::MatchAll);
  return enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                          static_cast<Xapian::doccount>(request.limit));
}

}  // namespace

Matches match(const Xapian::Database& database, const Xapian::Query& query,
              const MatchRequest& request, Xapian::MatchSpy* spy) {
  Matches matches{Xapian::Enquire(database), Xapian::MSet()};
  matches.enquire.set_query(query);
  set_sort(matches.enquire, request.sort);
  if (spy == nullptr && matches_every_article(query)) {
    // Every article matches with the same weight: any page needs only its own articles.
    matches.page = request.sort == SortOrder::kRelevance
                       ? matches.enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                                                  static_cast<Xapian::doccount>(request.limit))
                       : page_of_everything(matches.enquire, database, request);
    matches.total = database.get_doccount();
    return matches;
  }
  if (spy != nullptr) matches.enquire.add_matchspy(spy);
  matches.page = matches.enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                                          static_cast<Xapian::doccount>(request.limit),
                                          database.get_doccount());
  matches.total = matches.page.get_matches_estimated();
  matches.exact = matches.page.get_matches_lower_bound() == matches.page.get_matches_upper_bound();
  return matches;
}

}  // namespace newsindex
