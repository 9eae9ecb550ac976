#include "opensearch_export.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <nlohmann/json.hpp>

#include "facet_names.h"
#include "hit_entities.h"

namespace newsindex {
namespace {

using Json = nlohmann::ordered_json;

// Text that is not UTF-8 (an archive's own bytes) is replaced, not an error, as in --json.
std::string dump(const Json& value) {
  return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

void put_text(Json& document, const char* key, const std::string& text) {
  if (!text.empty()) document[key] = text;
}

// Case and accents never matter to newsquery's filters and words; "folded" makes them not matter
// to the engine either.
Json folding_analysis() {
  const Json folding = Json::array({"lowercase", "asciifolding"});
  return {{"analyzer",
           {{"folded", {{"type", "custom"}, {"tokenizer", "standard"}, {"filter", folding}}}}},
          {"normalizer", {{"folded", {{"type", "custom"}, {"filter", folding}}}}}};
}

Json folded_text() {
  return {{"type", "text"}, {"analyzer", "folded"}};
}

// The exact value, as facets show it, for terms aggregations; "folded" for the exact value in
// any case ("=Vladimir Putin" as newsquery matches it), "text" for words of it ("putin").
Json keyword_with_words() {
  return {{"type", "keyword"},
          {"fields",
           {{"folded", {{"type", "keyword"}, {"normalizer", "folded"}}}, {"text", folded_text()}}}};
}

// The kinds that are not facets (Misc) keep no record of their names, only their terms: their
// keys, folded as filters fold them, are what there is to export.
void add_unfaceted_names(const Xapian::Document& document,
                         std::vector<schema::DocumentEntity>& entities) {
  for (const schema::EntityKindInfo& kind : schema::kEntityKinds) {
    if (kind.faceted) continue;
    const std::string_view prefix = schema::entity_term_prefix(kind.kind);
    Xapian::TermIterator term = document.termlist_begin();
    term.skip_to(std::string(prefix));
    for (; term != document.termlist_end(); ++term) {
      const std::string name = *term;
      if (!name.starts_with(prefix)) break;
      std::string key = name.substr(prefix.size());
      entities.push_back({kind.kind, key, key, 0, {}});
    }
  }
}

}  // namespace

std::optional<MentionedSpan> mentioned_span(std::string_view timex_value) {
  using namespace std::chrono;
  schema::PeriodCode periods[3];
  if (schema::mentioned_periods(timex_value, periods) == 0) return std::nullopt;
  // The finest period comes first.
  const schema::PeriodCode finest = periods[0];
  const unsigned date = finest % 100000000u;
  const year y{static_cast<int>(date / 10000)};
  switch (schema::period_precision(finest)) {
    case schema::PeriodPrecision::kDay: {
      const std::string label = schema::day_label(y / month{date / 100 % 100} / day{date % 100});
      return MentionedSpan{label, label};
    }
    case schema::PeriodPrecision::kMonth: {
      const year_month in{y, month{date / 100 % 100}};
      return MentionedSpan{schema::day_label(in / 1d),
                           schema::day_label(year_month_day{in / last})};
    }
    case schema::PeriodPrecision::kYear:
      return MentionedSpan{schema::day_label(y / January / 1d),
                           schema::day_label(y / December / 31d)};
  }
  return std::nullopt;
}

std::string bulk_action(std::string_view index_name, std::string_view id) {
  return dump({{"index", {{"_index", index_name}, {"_id", id}}}});
}

std::string bulk_document(const BulkArticle& bulk) {
  const schema::StoredArticle& article = bulk.article;
  Json document = {{"id", article.id}, {"title", article.title}};
  put_text(document, "date", article.date);
  put_text(document, "published", bulk.published_day);
  if (bulk.published_at) document["published_at"] = *bulk.published_at;
  put_text(document, "source", article.source);
  put_text(document, "url", article.url);
  put_text(document, "language", article.language);
  if (!article.authors.empty()) document["authors"] = article.authors;
  put_text(document, "section", article.section);
  put_text(document, "origin", article.origin);
  if (!article.metadata.empty()) {
    Json metadata = Json::object();
    for (const auto& [key, value] : article.metadata) metadata[key].push_back(value);
    document["metadata"] = std::move(metadata);
  }
  for (const schema::EntityKindInfo& kind : schema::kEntityKinds) {
    Json names = Json::array();
    for (const schema::DocumentEntity& entity : bulk.entities) {
      if (entity.kind == kind.kind) names.push_back(entity.display);
    }
    if (!names.empty()) document[std::string(kind.json_key)] = std::move(names);
  }
  if (!bulk.mentioned_dates.empty()) {
    document["mentioned_dates"] = bulk.mentioned_dates;
    Json spans = Json::array();
    std::vector<MentionedSpan> seen;
    for (const std::string& value : bulk.mentioned_dates) {
      std::optional<MentionedSpan> span = mentioned_span(value);
      if (!span || std::find(seen.begin(), seen.end(), *span) != seen.end()) continue;
      spans.push_back({{"gte", span->first}, {"lte", span->last}});
      seen.push_back(std::move(*span));
    }
    if (!spans.empty()) document["mentioned"] = std::move(spans);
  }
  if (!bulk.mentioned_periods.empty()) document["mentioned_periods"] = bulk.mentioned_periods;
  put_text(document, "text", article.text);
  return dump(document);
}

std::string opensearch_mapping() {
  const Json keyword = {{"type", "keyword"}};
  const Json day = {{"type", "date"}, {"format", "yyyy-MM-dd"}};
  Json properties = {
      {"id", keyword},
      {"title", folded_text()},
      // As the archive wrote it (a day, or a time in any of the forms newsindex reads): shown,
      // not queried; "published" is the day to query.
      {"date", {{"type", "keyword"}, {"index", false}}},
      {"published", day},
      {"published_at", {{"type", "date"}, {"format", "epoch_second"}}},
      {"source", keyword_with_words()},
      {"url", keyword},
      {"language", keyword},
      {"authors", keyword_with_words()},
      {"section", keyword},
      {"origin", keyword},
      // Each archive has its own keys: kept in _source, not indexed, so that they add no fields.
      {"metadata", {{"type", "object"}, {"enabled", false}}},
  };
  for (const schema::EntityKindInfo& kind : schema::kEntityKinds)
    properties[std::string(kind.json_key)] = keyword_with_words();
  properties["mentioned_dates"] = keyword;
  properties["mentioned"] = {{"type", "date_range"}, {"format", "yyyy-MM-dd"}};
  properties["mentioned_periods"] = keyword;
  properties["text"] = folded_text();
  return Json({{"settings", {{"analysis", folding_analysis()}}},
               {"mappings", {{"dynamic", "strict"}, {"properties", properties}}}})
             .dump(2) +
         "\n";
}

std::string index_name_error(std::string_view name) {
  if (name.empty()) return "the index name is empty";
  if (name == "." || name == "..") return "an index name cannot be \".\" or \"..\"";
  if (name.size() > 255) return "an index name is at most 255 bytes";
  if (name.front() == '-' || name.front() == '_' || name.front() == '+')
    return "an index name cannot start with -, _ or +";
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') return "an index name is lower case";
    if (std::string_view("\\/*?\"<>|, #:").find(c) != std::string_view::npos)
      return std::string("an index name cannot hold '") + c + "'";
  }
  return "";
}

OpenSearchExporter::OpenSearchExporter(const IndexLayout& layout) : reader_(layout) {}

std::size_t OpenSearchExporter::write_bulk(std::ostream& out, std::string_view index_name) {
  std::size_t written = 0;
  bool failed = false;
  std::string lines;
  return reader_.read([&](const Xapian::Database& database) {
    try {
      const schema::EntityResolution resolution = entity_resolution(database, false);
      const HitEntityResolver resolver(resolution);
      BulkArticle bulk;
      for (Xapian::PostingIterator it = database.postlist_begin("");
           it != database.postlist_end(""); ++it) {
        const Xapian::Document document = database.get_document(*it);
        bulk.article = schema::decode_document_data(document.get_data());
        bulk.entities = schema::decode_entities(document.get_value(schema::kEntityAliasesSlot));
        resolver.resolve(bulk.entities, document);
        add_unfaceted_names(document, bulk.entities);
        bulk.mentioned_dates.clear();
        const std::string mentioned = document.get_value(schema::kMentionedDatesSlot);
        std::string_view dates = mentioned;
        std::string_view date;
        while (schema::next_mentioned_date(dates, date)) bulk.mentioned_dates.emplace_back(date);
        bulk.mentioned_periods.clear();
        for (std::uint32_t code :
             schema::decode_number_set(document.get_value(schema::kMentionedPeriodsSlot)))
          bulk.mentioned_periods.push_back(schema::period_label(code));
        const auto day = schema::parse_day_value(document.get_value(schema::kPublishedDaySlot));
        bulk.published_day = day ? schema::day_label(*day) : std::string();
        const std::string time = document.get_value(schema::kPublishedTimeSlot);
        bulk.published_at.reset();
        if (!time.empty()) bulk.published_at = std::llround(Xapian::sortable_unserialise(time));
        // After an error of the index, IndexReader reads each shard alone to name the damaged
        // one: what went out stays as it is.
        if (failed) continue;
        lines = bulk_action(index_name, bulk.article.id);
        lines += '\n';
        lines += bulk_document(bulk);
        lines += '\n';
        out.write(lines.data(), static_cast<std::streamsize>(lines.size()));
        ++written;
      }
      return written;
    } catch (const Xapian::DatabaseModifiedError&) {
      // Before any article, IndexReader reads the new revision from the start; after, the lines
      // written cannot be taken back.
      if (written == 0) throw;
      throw IndexError("index '" + reader_.layout().folder().string() +
                       "' changed during the export (a newsindex add committed) after " +
                       std::to_string(written) + " articles; run the export again");
    } catch (const Xapian::Error&) {
      failed = true;
      throw;
    }
  });
}

}  // namespace newsindex
