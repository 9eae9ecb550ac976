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

Matches match(const Xapian::Database& database, const Xapian::Query& query,
              const MatchRequest& request, Xapian::MatchSpy* spy) {
  Matches matches{Xapian::Enquire(database), Xapian::MSet()};
  matches.enquire.set_query(query);
  set_sort(matches.enquire, request.sort);
  if (spy != nullptr) matches.enquire.add_matchspy(spy);
  matches.page = matches.enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                                          static_cast<Xapian::doccount>(request.limit),
                                          database.get_doccount());
  return matches;
}

}  // namespace newsindex
