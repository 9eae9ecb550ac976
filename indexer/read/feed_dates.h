// Parses the dates of news feeds and agency XML: RFC 822 (RSS), ISO 8601 basic form (NITF,
// NewsML 1) besides the extended form publication_date.h reads. Every form is rewritten as
// extended ISO 8601 and handed to parse_publication_date, so that the calendar day and the
// instant mean what they mean for every other format.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "article.h"

namespace newsindex {

// RFC 822 / 1123 / 2822 as RSS writes them: "Tue, 10 Jun 2003 04:00:00 GMT". The day name is
// optional; the year has 2 or 4 digits (2-digit years are 1950-2049, as RFC 2822 says); seconds
// may be left out, and the time altogether; the zone is GMT, UT, UTC, Z, a North American zone
// (EST, EDT, CST, CDT, MST, MDT, PST, PDT), a few unambiguous European ones (CET, CEST, EET,
// EEST, WET, WEST), ±hhmm or ±hh:mm, or missing (UTC). Month names are English, abbreviated or
// in full, in any case. The resulting PublicationDate's text is the ISO form.
[[nodiscard]] std::optional<PublicationDate> parse_rfc822_date(std::string_view text);

// ISO 8601 basic form: "20030612", "20030612T1200", "20030612T120000", with optional fraction
// and zone ("Z", "+0100", "-05", "+01:00"). The resulting text is the extended ISO form.
[[nodiscard]] std::optional<PublicationDate> parse_iso_basic_date(std::string_view text);

// Whichever of the extended ISO form, the basic ISO form and RFC 822 the text is in: feeds
// write the one their software likes, whatever the format's specification says.
[[nodiscard]] std::optional<PublicationDate> parse_feed_date(std::string_view text);

// The message for a date parse_feed_date rejected; the article keeps no date.
[[nodiscard]] std::string unparsable_feed_date_reason(std::string_view text);

}  // namespace newsindex
