// The index contract shared by newsindex (which writes it) and newsquery (which reads it).
//
// Everything that gives meaning to the bytes in a newsindex database lives here: term prefixes,
// value slots, the stored document data and the schema version. No other file spells a prefix or
// a slot number; they call the functions below instead. Changing any of this changes what an
// index means, so it must bump kSchemaVersion.
#pragma once

#include <xapian.h>

#include <chrono>
#include <cstdint>
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

// Field names users type in queries ("title:kremlin", "source:bbc", "person:putin").
inline constexpr std::string_view kTitleField = "title";
inline constexpr std::string_view kPersonField = "person";
inline constexpr std::string_view kOrganisationField = "org";
inline constexpr std::string_view kPlaceField = "place";
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
  // Everything facets count and hits show, in one value so that counting reads one value per
  // article: see encode_facet_fields().
  kFacetSlot = 2,
  // The article's entities with the other forms they were written in (encode_entities with
  // aliases): read only by entity profiles, so kept out of the facet value.
  kEntityAliasesSlot = 3,
};

// The parts of the kFacetSlot value, viewed in place.
struct FacetFields {
  std::string_view day;        // "YYYYMMDD" or empty
  std::string_view source;     // as written ("Baltic Wire")
  std::string_view language;   // "en"
  std::string_view mentioned;  // TIMEX3 values of the dates mentioned, most mentioned first,
                               // separated by spaces: "2025-04-04 2025-04 2022"
  std::string_view entities;   // encode_entity_facets()
};
[[nodiscard]] std::string encode_facet_fields(const FacetFields& fields);
// Missing parts are left empty.
[[nodiscard]] FacetFields parse_facet_fields(std::string_view value);

inline constexpr std::string_view kMentionsField = "mentions";

// Mentioned dates are boolean terms at day, month and year granularity. A day mention also gets
// its month and year terms, a month its year term, so a search for a month finds the articles
// that mention it or any day in it, but a search for a day does not find a mere month.
[[nodiscard]] std::string mentioned_day_term(std::chrono::year_month_day day);
[[nodiscard]] std::string mentioned_month_term(std::chrono::year_month month);
[[nodiscard]] std::string mentioned_year_term(std::chrono::year year);
[[nodiscard]] std::string_view mentioned_year_term_prefix();
// The terms for one TIMEX3 value, or none when it names no calendar period (durations,
// PRESENT_REF, XXXX-04-04). Weeks count for their year, and their month when inside one.
[[nodiscard]] std::vector<std::string> mentioned_date_terms(std::string_view timex_value);
// The period a mentioned-date term stands for, as a label of its precision: "2025-04-11",
// "2025-04" or "2025"; nullopt for other terms.
// A period as a number, for counting without strings: the precision in the hundred-millions
// digit, then YYYYMMDD with zero month and day where the precision stops.
enum class PeriodPrecision : std::uint32_t { kYear = 1, kMonth = 2, kDay = 3 };
using PeriodCode = std::uint32_t;
[[nodiscard]] PeriodCode period_code(PeriodPrecision precision, int year, unsigned month,
                                     unsigned day);
[[nodiscard]] PeriodPrecision period_precision(PeriodCode code);
// "2025", "2025-04" or "2025-04-11".
[[nodiscard]] std::string period_label(PeriodCode code);
// The periods a TIMEX3 value counts for (what mentioned_date_terms makes terms of); at most 3.
std::size_t mentioned_periods(std::string_view timex_value, PeriodCode periods[3]);
// The fewest terms that together match exactly the mentions inside [first, last].
[[nodiscard]] std::vector<std::string> mentioned_range_terms(std::chrono::year_month_day first,
                                                             std::chrono::year_month_day last);

// The kinds of named entity the index knows. Persons, organisations and places are filters and
// facets; Misc (nationalities, events, products) is only searchable.
enum class EntityKind : char { kPerson = 'P', kOrganisation = 'O', kPlace = 'L', kMisc = 'M' };

// One entity of an article, after canonicalisation.
struct DocumentEntity {
  EntityKind kind;
  std::string key;      // TextFolder::key() of the canonical name
  std::string display;  // readable canonical name ("Vladimir Putin")
  unsigned mentions = 0;
  std::vector<std::string> aliases;  // other forms the article wrote it in ("Putin", "PUTIN")

  friend bool operator==(const DocumentEntity&, const DocumentEntity&) = default;
};

// The entity with exactly this canonical key.
[[nodiscard]] std::string entity_term(EntityKind kind, std::string_view key);
// Every entity with this word in its key: "person:putin" finds "Vladimir Putin".
[[nodiscard]] std::string entity_word_term(EntityKind kind, std::string_view word);
[[nodiscard]] std::string_view entity_term_prefix(EntityKind kind);

// The entity part of the facet value: per entity, its kind, mentions, a stable 64-bit hash of its
// key, its key and its name, length-prefixed, so that counting never scans or hashes text.
struct EntityFacetView {
  EntityKind kind;
  unsigned mentions;
  std::uint64_t hash;  // entity_key_hash(key)
  std::string_view key;
  std::string_view display;
};
[[nodiscard]] std::uint64_t entity_key_hash(std::string_view key);  // never 0
[[nodiscard]] std::string encode_entity_facets(const std::vector<DocumentEntity>& entities);
// Reads the next record of `rest` and advances it; false at the end or at a damaged record.
[[nodiscard]] bool next_entity_facet(std::string_view& rest, EntityFacetView& view);
[[nodiscard]] std::vector<DocumentEntity> decode_entity_facets(std::string_view value);

// The entity list with aliases (kEntityAliasesSlot), as text records.
[[nodiscard]] std::string encode_entities(const std::vector<DocumentEntity>& entities,
                                          bool with_aliases);
// Skips malformed records rather than failing: a hit is still worth showing.
[[nodiscard]] std::vector<DocumentEntity> decode_entities(std::string_view value);

// Boolean filter terms. Keys are folded with TextFolder::key() by the caller.
[[nodiscard]] std::string id_term(std::string_view article_id);
[[nodiscard]] std::string source_term(std::string_view source_key);
[[nodiscard]] std::string language_term(std::string_view language_code);
// Prefixes shared by all terms of a kind, for enumerating them (Database::allterms_begin).
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

// The input file an article was read from (its absolute path): what --delete-missing deletes by.
[[nodiscard]] std::string source_file_term(std::string_view absolute_path);

// What the index remembers of an input file it read completely, to skip it next time when it has
// not changed. Stored as database metadata under file_state_key(path).
struct FileState {
  std::uintmax_t size = 0;
  std::int64_t modified = 0;  // last write time, in the file clock's ticks
  std::size_t articles = 0;   // articles read from it
  friend bool operator==(const FileState&, const FileState&) = default;
};
[[nodiscard]] std::string file_state_key_prefix();
[[nodiscard]] std::string file_state_key(std::string_view absolute_path);
[[nodiscard]] std::string encode_file_state(const FileState& state);
[[nodiscard]] std::optional<FileState> decode_file_state(std::string_view value);

// Publication-date values.
[[nodiscard]] std::string day_value(std::chrono::year_month_day day);
// "YYYY-MM-DD", for people and JSON.
[[nodiscard]] std::string day_label(std::chrono::year_month_day day);
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
