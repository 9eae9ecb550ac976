// The value slots of a newsindex document: the one place their numbers are spelled.
#pragma once

#include <xapian.h>

namespace newsindex::schema {

enum Slot : Xapian::valueno {
  // "YYYYMMDD", exactly 8 bytes, the calendar day of publication as written in the article
  // (its own time zone). Bytewise comparison makes it a range filter; facets count it too.
  kPublishedDaySlot = 0,
  // Xapian::sortable_serialise(seconds since the Unix epoch, UTC): sort order and times.
  kPublishedTimeSlot = 1,
  // The dates the article mentions as hits show them (encode_mentioned_dates).
  kMentionedDatesSlot = 2,
  // The article's entities with the other forms they were written in (encode_entities with
  // aliases): what hits and entity profiles show.
  kEntityAliasesSlot = 3,
  // The periods the article mentions, as a number set of PeriodCodes: what the mentioned-dates
  // histogram counts.
  kMentionedPeriodsSlot = 4,
  // One slot per named facet, each the number set of the article's ordinals (named_facets.h).
  kPersonOrdinalsSlot = 5,
  kOrganisationOrdinalsSlot = 6,
  kPlaceOrdinalsSlot = 7,
  kSourceOrdinalsSlot = 8,
  kLanguageOrdinalsSlot = 9,
};

}  // namespace newsindex::schema
