// The terms of a newsindex document: boolean filter terms and entity terms, each under its prefix.
// Keys are folded with TextFolder::key() by the caller. Terms longer than Xapian allows keep a
// readable head and a stable hash tail, so that distinct long keys stay distinct.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "entity_kinds.h"

namespace newsindex::schema {

[[nodiscard]] std::string id_term(std::string_view article_id);
[[nodiscard]] std::string source_term(std::string_view source_key);
[[nodiscard]] std::string language_term(std::string_view language_code);
// Prefixes shared by all terms of a kind, for enumerating them (Database::allterms_begin).
[[nodiscard]] std::string_view language_term_prefix();

// The input file an article was read from (its absolute path): what --delete-missing deletes by.
[[nodiscard]] std::string source_file_term(std::string_view absolute_path);

// The entity with exactly this canonical key.
[[nodiscard]] std::string entity_term(EntityKind kind, std::string_view key);
[[nodiscard]] std::string_view entity_term_prefix(EntityKind kind);
// Every entity with this word in its key: "person:putin" finds "Vladimir Putin".
[[nodiscard]] std::string entity_word_term(EntityKind kind, std::string_view word);

// The words of an entity key that get word terms at index time, so that "person:putin" may name
// them: runs of letters and digits of two bytes or more. None for a key that is one such word:
// "person:putin" finds its entity term already, and a word term that repeats it would cost the
// writer as much as any other term.
[[nodiscard]] std::vector<std::string> entity_key_words(std::string_view key);
// Whether a filter's folded key may be one of those words, so that the filter must also match
// entity_word_term(kind, key): a key of one word. A key of several words names one entity.
[[nodiscard]] bool may_be_entity_key_word(std::string_view key);

}  // namespace newsindex::schema
