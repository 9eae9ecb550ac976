// Parses the ISO 8601 publication dates of archives.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "article.h"

namespace newsindex {

// Accepts "YYYY-MM-DD" and "YYYY-MM-DDThh:mm[:ss[.fff]]" with an optional zone ("Z", "+02:00",
// "+0200", "-05"), with 'T' or a space between date and time. Returns nullopt for anything else,
// including days that do not exist (2025-02-30).
[[nodiscard]] std::optional<PublicationDate> parse_publication_date(std::string_view text);

// A day alone, "YYYY-MM-DD" (the form of --date); nullopt for anything else, or a day that does
// not exist.
[[nodiscard]] std::optional<PublicationDate> parse_publication_day(std::string_view text);

// The day a file's name starts with, "2025-04-12-witkoff.txt" or "2025-04-12.txt": archives of
// clippings are often named so. The day must be followed by something other than a letter or
// digit; nullopt when the name does not start with a day.
[[nodiscard]] std::optional<PublicationDate> day_from_file_name(const std::filesystem::path& path);

// A warning for a date that parses but is unlikely (in the future, or before 1800), or nullopt.
// Such dates are kept: old newspapers are real, and clocks can be off.
[[nodiscard]] std::optional<std::string> implausible_date_reason(const PublicationDate& date);

// The message for a date parse_publication_date rejected; the article keeps no date.
[[nodiscard]] std::string unparsable_date_reason(std::string_view text);

}  // namespace newsindex
