// The JSON writer: one versioned document per report, its keys in the order written here so that
// it reads top-down (README.md documents the fields).
#include <nlohmann/json.hpp>

#include "code_points.h"
#include "report_writer.h"

namespace newsindex {
namespace {

using Json = nlohmann::ordered_json;

// Absent text is null, not "".
Json optional_text(const std::string& text) {
  return text.empty() ? Json(nullptr) : Json(text);
}

Json value_json(const FacetValue& value, bool significance) {
  Json entry = {{"value", value.label}, {"count", value.count}, {"filter", value.filter}};
  if (significance) {
    entry["background_count"] = value.background;
    entry["score"] = value.score;
  }
  return entry;
}

Json values_json(const std::vector<FacetValue>& values, bool significance) {
  Json array = Json::array();
  for (const FacetValue& value : values) array.push_back(value_json(value, significance));
  return array;
}

// Highlights as [begin, end) offsets in code points, which every JSON reader can slice by.
Json highlights_json(const Snippet& snippet) {
  Json highlights = Json::array();
  CodePointCounter code_points(snippet.text);
  for (const auto& [from, to] : snippet.highlights) {
    const std::size_t begin = code_points(from);
    highlights.push_back({begin, code_points(to)});
  }
  return highlights;
}

Json hit_json(const SearchHit& hit) {
  const schema::StoredArticle& article = hit.article;
  Json entry = {
      {"rank", hit.rank},
      {"id", article.id},
      {"title", article.title},
      {"date", optional_text(article.date)},
      {"source", optional_text(article.source)},
      {"url", optional_text(article.url)},
      {"language", optional_text(article.language)},
      {"percent", hit.percent},
      {"weight", hit.weight},
      {"snippet", {{"text", hit.snippet.text}, {"highlights", highlights_json(hit.snippet)}}},
  };
  Json entities = Json::object();
  for (schema::EntityKind kind : schema::kFacetedEntityKinds) {
    Json names = Json::array();
    for (const schema::DocumentEntity& entity : hit.entities) {
      if (entity.kind == kind)
        names.push_back({{"name", entity.display}, {"mentions", entity.mentions}});
    }
    entities[std::string(schema::entity_kind_info(kind).json_key)] = std::move(names);
  }
  entry["entities"] = std::move(entities);
  entry["mentioned_dates"] = hit.mentioned_dates;
  // The archive's own annotations (an agency's subject codes), only when it gave any.
  if (!article.metadata.empty()) {
    Json metadata = Json::object();
    for (const auto& [key, value] : article.metadata) metadata[key].push_back(value);
    entry["metadata"] = std::move(metadata);
  }
  return entry;
}

Json facets_json(const FacetReport& report) {
  const bool significance = report.order == FacetOrder::kSignificant;
  Json facets = {{"exact", report.exact},
                 {"documents_counted", report.documents_counted},
                 {"counted_from", report.from_totals ? "index totals" : "matches"},
                 {"order", significance ? "significant" : "count"}};
  for (const FacetList& list : report.lists) {
    facets[list.name] = {{"distinct", list.distinct},
                         {"values", values_json(list.values, significance)}};
  }
  for (const Histogram& histogram : report.histograms) {
    facets[histogram.name] = {{"by", granularity_name(histogram.by)},
                              {"buckets", values_json(histogram.buckets, false)}};
  }
  return facets;
}

Json search_json(const SearchView& view) {
  Json hits = Json::array();
  for (const SearchHit& hit : view.hits) hits.push_back(hit_json(hit));
  Json document = {
      {"version", kJsonFormatVersion},
      {"query",
       {{"text", view.query_text},
        {"parsed", view.parsed_query},
        {"stem_language", optional_text(view.stem_language)}}},
      {"total", view.total},
      {"exact", view.exact},
      {"archive_size", view.archive_size},
      {"offset", view.offset},
      {"limit", view.limit},
      {"sort", sort_order_name(view.sort)},
      {"hits", hits},
  };
  if (view.facets) document["facets"] = facets_json(*view.facets);
  Json ambiguous = Json::array();
  for (const AmbiguousFilter& filter : view.ambiguous_filters) {
    ambiguous.push_back({{"filter", filter.filter},
                         {"type", schema::entity_kind_info(filter.kind).field},
                         {"entities", filter.entities},
                         {"shown", values_json(filter.shown, false)}});
  }
  document["ambiguous_filters"] = ambiguous;
  return document;
}

Json profile_json(const EntityProfile& profile) {
  Json aliases = Json::array();
  for (const auto& [alias, count] : profile.aliases)
    aliases.push_back({{"alias", alias}, {"articles", count}});
  Json resolved_from = Json::array();
  for (const ResolvedName& name : profile.resolved_from) {
    resolved_from.push_back(
        {{"name", name.name}, {"articles", name.articles}, {"reason", name.reason}});
  }
  Json also = Json::array();
  for (const OtherEntity& other : profile.also) {
    also.push_back({{"name", other.name},
                    {"type", schema::entity_kind_info(other.kind).field},
                    {"filter", other.filter},
                    {"articles", other.articles}});
  }
  Json cooccurring = Json::object();
  for (const FacetList& list : profile.cooccurring)
    cooccurring[list.name] = values_json(list.values, false);
  Json recent = Json::array();
  for (const ProfileHeadline& headline : profile.recent) {
    recent.push_back({{"id", headline.id},
                      {"date", optional_text(headline.date)},
                      {"source", optional_text(headline.source)},
                      {"title", headline.title}});
  }
  return {
      {"version", kJsonFormatVersion},
      {"entity",
       {{"name", profile.name},
        {"type", schema::entity_kind_info(profile.kind).field},
        {"filter", profile.filter}}},
      {"aliases", aliases},
      {"resolved_from", resolved_from},
      {"also", also},
      {"articles", profile.articles},
      {"first_mention", optional_text(profile.first_mention)},
      {"last_mention", optional_text(profile.last_mention)},
      {"timeline",
       {{"by", granularity_name(profile.timeline.by)},
        {"buckets", values_json(profile.timeline.buckets, false)}}},
      {"cooccurring", cooccurring},
      {"recent", recent},
  };
}

Json facts_json(const IndexFacts& facts) {
  Json document = {{"version", kJsonFormatVersion},
                   {"index", facts.index},
                   {"articles", facts.articles},
                   {"shards", facts.shards},
                   {"bytes_on_disk", facts.bytes_on_disk},
                   {"first_published", optional_text(facts.first_published)},
                   {"last_published", optional_text(facts.last_published)},
                   {"schema_version", facts.schema_version},
                   {"entities", Json::object()}};
  for (schema::EntityKind kind : schema::kFacetedEntityKinds) {
    document["entities"][std::string(schema::entity_kind_info(kind).json_key)] =
        facts.entities[schema::entity_kind_index(kind)];
  }
  return document;
}

class JsonWriter final : public ReportWriter {
 public:
  explicit JsonWriter(std::ostream& out) : out_(out) {}

  void write(const SearchView& view) override { emit(search_json(view)); }
  void write(const EntityProfile& profile) override { emit(profile_json(profile)); }
  void write(const EntityList& list) override {
    Json entities = Json::array();
    for (const ListedEntity& entity : list.entities) {
      Json variants = Json::array();
      for (const ResolvedName& variant : entity.variants) {
        variants.push_back(
            {{"name", variant.name}, {"articles", variant.articles}, {"reason", variant.reason}});
      }
      entities.push_back({{"name", entity.name},
                          {"articles", entity.articles},
                          {"hidden", entity.hidden},
                          {"filter", entity.filter},
                          {"variants", variants}});
    }
    emit({{"version", kJsonFormatVersion},
          {"type", schema::entity_kind_info(list.kind).field},
          {"pattern", list.pattern},
          {"matching", list.matching},
          {"entities", entities}});
  }

  // The facts document, the overview in it as "overview"; or the overview alone, as a search.
  void write(const ArchiveSummary& summary) override {
    if (!summary.facts) {
      if (summary.overview) emit(search_json(*summary.overview));
      return;
    }
    Json document = facts_json(*summary.facts);
    if (summary.overview) document["overview"] = search_json(*summary.overview);
    // Strict: newsindex stats has always stopped at text that is not UTF-8.
    out_ << document.dump(2) << '\n';
  }

 private:
  // Text that is not UTF-8 (an archive's own bytes) is replaced, not an error.
  void emit(const Json& document) {
    out_ << document.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
  }

  std::ostream& out_;
};

}  // namespace

std::unique_ptr<ReportWriter> make_json_writer(std::ostream& out) {
  return std::make_unique<JsonWriter>(out);
}

}  // namespace newsindex
