// The index contract shared by newsindex (which writes it) and newsquery (which reads it).
//
// Everything that gives meaning to the bytes in a newsindex database lives here: term prefixes,
// value slots, the stored document data and the schema version. No other file spells a prefix or
// a slot number; they call the functions below instead. Changing any of this changes what an
// index means, so it must bump kSchemaVersion.
#pragma once

#include <xapian.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsindex::schema {

// Version 1: the layout described in README.md ("Index layout").
inline constexpr int kSchemaVersion = 1;

// Database metadata keys.
inline constexpr std::string_view kVersionKey = "newsindex.schema_version";

// Free-text prefixes, passed to Xapian::TermGenerator and Xapian::QueryParser::add_prefix.
inline constexpr std::string_view kTitlePrefix = "S";

// Field names users type in queries ("title:kremlin", "source:bbc").
inline constexpr std::string_view kTitleField = "title";
inline constexpr std::string_view kSourceField = "source";
inline constexpr std::string_view kLanguageField = "lang";
inline constexpr std::string_view kDateField = "date";

// Value slots.
enum Slot : Xapian::valueno {
  // "YYYYMMDD", exactly 8 bytes, the calendar day of publication as written in the article
  // (its own time zone). Bytewise comparison makes it a range filter.
  kPublishedDaySlot = 0,
  // Xapian::sortable_serialise(seconds since the Unix epoch, UTC): sort order and times.
  kPublishedTimeSlot = 1,
};

// Boolean filter terms. Keys are folded with TextFolder::key() by the caller.
[[nodiscard]] std::string id_term(std::string_view article_id);
[[nodiscard]] std::string source_term(std::string_view source_key);
[[nodiscard]] std::string language_term(std::string_view language_code);
// Prefixes shared by all terms of a kind, for enumerating them (Database::allterms_begin).
[[nodiscard]] std::string_view source_term_prefix();
[[nodiscard]] std::string_view language_term_prefix();

// The language code stored and filtered on: lowercase primary subtag ("en-US" -> "en").
[[nodiscard]] std::string language_code(std::string_view tag);

// The id given to an article that comes without one: a stable hash of its content, so that
// indexing the same record again replaces it instead of adding a twin.
[[nodiscard]] std::string derived_article_id(std::string_view content);

// The stemmer used for text in a language, at index and at query time alike: Xapian's Snowball
// stemmer for the code, or none (a default-constructed Xapian::Stem) when Xapian has none.
[[nodiscard]] Xapian::Stem stemmer_for(std::string_view language_code);

// The shard an article lives in, from its id alone, so that re-indexing an article always
// replaces it in place.
[[nodiscard]] std::size_t shard_for(std::string_view article_id, std::size_t shard_count);

// Publication-date values.
[[nodiscard]] std::string day_value(std::chrono::year_month_day day);
[[nodiscard]] std::optional<std::chrono::year_month_day> parse_day_value(std::string_view value);
[[nodiscard]] std::string time_value(std::chrono::sys_seconds instant);

// What a search hit needs for printing, stored as the document data.
//
// Encoded as a JSON object with the keys below (see README.md, "Stored document data"), so that
// other tools (xapian-delve, scripts) can read it too. Absent optional fields are omitted.
struct StoredArticle {
  std::string id;
  std::string title;
  std::string date;  // "YYYY-MM-DD" or the full ISO 8601 datetime as given; empty when unknown
  std::string source;
  std::string url;
  std::string language;
  std::vector<std::string> authors;
  std::string section;
  std::string origin;  // file the article was read from ("path" or "path:line")
  std::string text;    // body text, for snippets

  friend bool operator==(const StoredArticle&, const StoredArticle&) = default;
};

[[nodiscard]] std::string encode_document_data(const StoredArticle& article);
// Throws std::runtime_error when the data is not what encode_document_data writes.
[[nodiscard]] StoredArticle decode_document_data(std::string_view data);

}  // namespace newsindex::schema
