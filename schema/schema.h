// The index contract shared by newsindex (which writes it) and newsquery (which reads it).
//
// Everything that gives meaning to the bytes in a newsindex database lives in schema/: term
// prefixes, value slots, the stored document data and the schema version. No other folder spells
// a prefix or a slot number; they call the functions of these headers instead. Changing any of
// this changes what an index means, so it must bump kSchemaVersion.
//
// This header holds the version, the field names users type and the value slots, and includes
// every codec of the contract, one header each:
//   entity_kinds.h     the one table of entity kinds and all their names
//   terms.h            boolean filter terms and entity terms
//   entity_records.h   the entities stored in value slots
//   mentioned_dates.h  mentioned-date terms, periods and the mentioned-dates list
//   slots.h            the value slots
//   named_facets.h     ordinals of people, organisations, places, sources and languages
//   number_sets.h      the number sets stored in facet slots
//   facet_totals.h     what facets count over a whole shard, kept at commit time
//   entity_resolution.h  what each extracted name counts as, applied at query time
//   day_values.h       publication-date values
//   document_data.h    the stored document data
//   file_state.h       what the index remembers of input files
//   languages.h        language codes and stemmers
//   article_ids.h      derived ids and shards
#pragma once

#include <xapian.h>

#include <string_view>

#include "article_ids.h"
#include "day_values.h"
#include "document_data.h"
#include "entity_kinds.h"
#include "entity_records.h"
#include "entity_resolution.h"
#include "facet_totals.h"
#include "file_state.h"
#include "languages.h"
#include "mentioned_dates.h"
#include "named_facets.h"
#include "number_sets.h"
#include "slots.h"
#include "terms.h"

namespace newsindex::schema {

// The layout described in README.md ("Index layout"). Version 2 counts facets by ordinal
// (named_facets.h) and keeps whole-archive totals (facet_totals.h); version 1 kept every entity's
// name in one facet value per article.
inline constexpr int kSchemaVersion = 2;

// Database metadata keys.
inline constexpr std::string_view kVersionKey = "newsindex.schema_version";
// A random id shared by the shards of one index: which numbering of facet values
// (named_facets.h) their ordinals belong to. Shards of indexes made separately number apart, so
// they cannot be counted together.
inline constexpr std::string_view kNumberingKey = "newsindex.facet_numbering";

// Free-text prefixes, passed to Xapian::TermGenerator and Xapian::QueryParser::add_prefix.
inline constexpr std::string_view kTitlePrefix = "S";

// Field names users type in queries ("title:kremlin", "source:bbc"); the entity fields
// ("person:putin") are in the entity kind table.
inline constexpr std::string_view kTitleField = "title";
inline constexpr std::string_view kSourceField = "source";
inline constexpr std::string_view kLanguageField = "lang";
inline constexpr std::string_view kDateField = "date";
inline constexpr std::string_view kMentionsField = "mentions";

// Facet names that are not entity kinds: the two date histograms, and the source and language
// lists (named as their fields).
inline constexpr std::string_view kPublishedFacet = "published";
inline constexpr std::string_view kMentionedFacet = "mentioned";

}  // namespace newsindex::schema
