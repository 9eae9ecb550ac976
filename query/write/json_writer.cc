// The JSON writer: one versioned document per report, its keys in the order written here so that
// it reads top-down (README.md documents the fields).
#include <algorithm>
#include <map>
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

// The article, with each mention as [begin, end) code-point offsets into its title or text.
Json article_json(const ArticleView& view) {
  const schema::StoredArticle& article = view.article;
  // Byte offsets to code points in one pass per text, however many entities there are.
  std::vector<std::size_t> text_bytes, title_bytes;
  auto add = [](std::vector<std::size_t>& bytes, const std::vector<TextSpan>& spans) {
    for (const TextSpan& span : spans) bytes.insert(bytes.end(), {span.begin, span.end});
  };
  for (const ArticleEntity& entity : view.entities) {
    add(text_bytes, entity.in_text);
    add(title_bytes, entity.in_title);
  }
  for (const ArticleDate& date : view.dates) add(text_bytes, date.in_text);
  auto code_points = [](const std::string& text, std::vector<std::size_t> bytes) {
    std::sort(bytes.begin(), bytes.end());
    std::map<std::size_t, std::size_t> points;
    CodePointCounter count(text);
    for (std::size_t byte : bytes) points.emplace(byte, count(byte));
    return points;
  };
  const std::map<std::size_t, std::size_t> text_points = code_points(article.text, text_bytes);
  const std::map<std::size_t, std::size_t> title_points = code_points(article.title, title_bytes);
  auto offsets = [](const std::vector<TextSpan>& spans,
                    const std::map<std::size_t, std::size_t>& points) {
    Json array = Json::array();
    for (const TextSpan& span : spans)
      array.push_back({points.at(span.begin), points.at(span.end)});
    return array;
  };

  Json authors = Json::array();
  for (const std::string& author : article.authors) authors.push_back(author);
  Json metadata = nullptr;
  if (!article.metadata.empty()) {
    metadata = Json::object();
    for (const auto& [key, value] : article.metadata) metadata[key].push_back(value);
  }
  Json entities = Json::object();
  for (schema::EntityKind kind : schema::kFacetedEntityKinds) {
    Json list = Json::array();
    for (const ArticleEntity& entity : view.entities) {
      if (entity.kind != kind) continue;
      list.push_back({{"name", entity.name},
                      {"filter", entity.filter},
                      {"mentions", entity.mentions},
                      {"forms", entity.forms},
                      {"offsets", offsets(entity.in_text, text_points)},
                      {"title_offsets", offsets(entity.in_title, title_points)}});
    }
    entities[std::string(schema::entity_kind_info(kind).json_key)] = std::move(list);
  }
  Json dates = Json::array();
  for (const ArticleDate& date : view.dates) {
    dates.push_back({{"value", date.value},
                     {"filter", date.filter},
                     {"offsets", offsets(date.in_text, text_points)}});
  }
  return {
      {"version", kJsonFormatVersion},
      {"id", article.id},
      {"title", article.title},
      {"date", optional_text(article.date)},
      {"source", optional_text(article.source)},
      {"url", optional_text(article.url)},
      {"language", optional_text(article.language)},
      {"authors", authors},
      {"section", optional_text(article.section)},
      {"origin", optional_text(article.origin)},
      {"metadata", metadata},
      {"text", article.text},
      {"entities", entities},
      {"mentioned_dates", dates},
  };
}

class JsonWriter final : public ReportWriter {
 public:
  explicit JsonWriter(std::ostream& out) : out_(out) {}

  void write(const SearchView& view) override { emit(search_json(view)); }
  void write(const EntityProfile& profile) override { emit(profile_json(profile)); }
  void write(const ArticleView& view) override { emit(article_json(view)); }
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
