#include "result_printer.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "code_points.h"
#include "terminal_text.h"

namespace newsindex {
namespace {

constexpr const char* kBold = "\x1b[1m";
constexpr const char* kDim = "\x1b[2m";
constexpr const char* kHighlight = "\x1b[1;33m";
constexpr const char* kReset = "\x1b[0m";
constexpr std::size_t kDateColumns = 10;
constexpr std::size_t kMaxSourceColumns = 22;

std::string day_of(const std::string& date) {
  return date.substr(0, std::min<std::size_t>(10, date.size()));
}

// Prints one line of a snippet, colouring the highlighted byte ranges that fall in it.
void print_snippet_line(const Snippet& snippet, std::size_t begin, std::size_t end, bool colour,
                        std::ostream& out) {
  std::size_t at = begin;
  for (const auto& [from, to] : snippet.highlights) {
    if (to <= begin || from >= end) continue;
    std::size_t start = std::max(from, begin);
    std::size_t stop = std::min(to, end);
    out << std::string_view(snippet.text).substr(at, start - at);
    if (colour) out << kHighlight;
    out << std::string_view(snippet.text).substr(start, stop - start);
    if (colour) out << kReset;
    at = stop;
  }
  out << std::string_view(snippet.text).substr(at, end - at);
}

constexpr std::size_t kEntitiesShown = 3;  // per kind, in each hit
constexpr std::size_t kDatesShown = 4;

// "Vladimir Putin, Steve Witkoff" for the most mentioned entities of a kind.
std::string top_names(const std::vector<schema::DocumentEntity>& entities,
                      schema::EntityKind kind) {
  std::string names;
  std::size_t shown = 0;
  for (const schema::DocumentEntity& entity : entities) {
    if (entity.kind != kind || shown == kEntitiesShown) continue;
    if (!names.empty()) names += ", ";
    names += entity.display;
    ++shown;
  }
  return names;
}

}  // namespace

const char* sort_order_name(SortOrder sort) {
  switch (sort) {
    case SortOrder::kNewest:
      return "newest";
    case SortOrder::kOldest:
      return "oldest";
    case SortOrder::kRelevance:
      break;
  }
  return "relevance";
}

void print_human(const SearchResult& result, const HumanStyle& style, std::ostream& out) {
  if (result.total == 0) {
    out << "No articles match \"" << result.query_text << "\" (" << result.archive_size
        << " articles searched).\n";
    return;
  }
  if (result.query_text.find_first_not_of(' ') == std::string::npos) {
    out << "Archive: " << result.archive_size
        << (result.archive_size == 1 ? " article" : " articles");
    if (result.facets) {
      for (const Histogram& histogram : result.facets->histograms) {
        if (histogram.name != "published" || histogram.buckets.empty()) continue;
        out << ", published " << histogram.buckets.front().label << " to "
            << histogram.buckets.back().label;
      }
    }
    out << '\n';
  }
  out << result.total << " of " << result.archive_size
      << (result.archive_size == 1 ? " article matches" : " articles match")
      << (result.exact ? " (exact)" : " (estimated)");
  if (!result.hits.empty()) {
    out << " · showing " << result.hits.front().rank << "–" << result.hits.back().rank;
  } else {
    out << " · none at offset " << result.offset;
  }
  out << " · by " << sort_order_name(result.sort) << '\n';

  std::size_t rank_columns =
      std::to_string(result.hits.empty() ? 0 : result.hits.back().rank).size();
  std::size_t source_columns = 0;
  for (const SearchHit& hit : result.hits) {
    source_columns =
        std::max(source_columns, std::min(kMaxSourceColumns, display_width(hit.article.source)));
  }
  const std::size_t indent = rank_columns + 2;
  const std::size_t title_column = indent + kDateColumns + 2 + source_columns + 2;
  const std::size_t text_columns = style.columns > indent + 20 ? style.columns - indent : 20;

  for (const SearchHit& hit : result.hits) {
    out << '\n';
    std::string rank = std::to_string(hit.rank);
    out << std::string(rank_columns - rank.size(), ' ') << rank << "  ";
    if (style.colour) out << kDim;
    out << pad_to_width(day_of(hit.article.date), kDateColumns) << "  "
        << pad_to_width(fit_to_width(hit.article.source, kMaxSourceColumns), source_columns);
    if (style.colour) out << kReset;
    out << "  ";
    std::size_t title_columns =
        style.columns > title_column + 10 ? style.columns - title_column : 10;
    if (style.colour) out << kBold;
    out << fit_to_width(hit.article.title.empty() ? "(no title)" : hit.article.title,
                        title_columns);
    if (style.colour) out << kReset;
    out << '\n';

    const Snippet& snippet = hit.snippet;
    std::vector<std::size_t> starts = wrap_lines(snippet.text, text_columns);
    for (std::size_t line = 0; line < starts.size(); ++line) {
      std::size_t end = line + 1 < starts.size() ? starts[line + 1] : snippet.text.size();
      std::size_t shown_end = end;
      while (shown_end > starts[line] && snippet.text[shown_end - 1] == ' ') --shown_end;
      out << std::string(indent, ' ');
      print_snippet_line(snippet, starts[line], shown_end, style.colour, out);
      out << '\n';
    }
    std::string about;
    for (schema::EntityKind kind : schema::kFacetedEntityKinds) {
      std::string names = top_names(hit.entities, kind);
      if (names.empty()) continue;
      if (!about.empty()) about += " · ";
      about += std::string(schema::entity_kind_info(kind).field) + ": " + names;
    }
    std::string dates;
    for (std::size_t i = 0; i < hit.mentioned_dates.size() && i < kDatesShown; ++i) {
      dates += (i == 0 ? "" : ", ") + hit.mentioned_dates[i];
    }
    if (!about.empty()) {
      out << std::string(indent, ' ') << (style.colour ? kDim : "")
          << fit_to_width(about, text_columns) << (style.colour ? kReset : "") << '\n';
    }
    if (!dates.empty()) {
      out << std::string(indent, ' ') << (style.colour ? kDim : "")
          << fit_to_width("mentions: " + dates, text_columns) << (style.colour ? kReset : "")
          << '\n';
    }
  }
}

namespace {

std::string list_title(const std::string& name) {
  if (const schema::EntityKindInfo* kind = schema::faceted_entity_kind(name))
    return std::string(kind->heading);
  if (name == schema::kSourceField) return "Sources";
  return "Languages";
}

// Lists side by side in columns of equal width: name left, count right.
void print_list_row(const std::vector<const FacetList*>& lists, std::size_t column_width,
                    const HumanStyle& style, std::ostream& out) {
  std::size_t rows = 0;
  for (const FacetList* list : lists) rows = std::max(rows, list->values.size());
  for (const FacetList* list : lists) {
    std::string title =
        std::string(list_title(list->name)) + " (" + std::to_string(list->distinct) + ")";
    out << (style.colour ? kBold : "")
        << pad_to_width(fit_to_width(title, column_width - 2), column_width)
        << (style.colour ? kReset : "");
  }
  out << '\n';
  for (std::size_t row = 0; row < rows; ++row) {
    std::string line;
    for (const FacetList* list : lists) {
      std::string cell;
      if (row < list->values.size()) {
        const FacetValue& value = list->values[row];
        std::string count = std::to_string(value.count);
        std::size_t name_width = column_width - count.size() - 3;
        cell = pad_to_width(fit_to_width(value.label, name_width), name_width) + " " + count;
      }
      line += pad_to_width(cell, column_width);
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << '\n';
  }
}

// A horizontal bar of `value / maximum` of `width` columns, in eighths of a block.
std::string bar(std::size_t value, std::size_t maximum, std::size_t width) {
  static const char* const kEighths[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
  if (maximum == 0) return {};
  std::size_t eighths = (value * width * 8 + maximum / 2) / maximum;
  if (value > 0 && eighths == 0) eighths = 1;
  std::string out;
  for (std::size_t i = 0; i < eighths / 8; ++i) out += "█";
  out += kEighths[eighths % 8];
  return out;
}

void print_histogram(const Histogram& histogram, const HumanStyle& style, std::ostream& out) {
  if (histogram.buckets.empty()) return;
  std::size_t maximum = 0;
  std::size_t label_width = 0;
  for (const FacetValue& bucket : histogram.buckets) {
    maximum = std::max(maximum, bucket.count);
    label_width = std::max(label_width, bucket.label.size());
  }
  std::size_t count_width = std::to_string(maximum).size();
  std::size_t bar_width =
      style.columns > label_width + count_width + 8
          ? std::min<std::size_t>(50, style.columns - label_width - count_width - 8)
          : 10;
  out << (style.colour ? kBold : "")
      << (histogram.name == "published" ? "Published" : "Mentioned dates") << ", by "
      << granularity_name(histogram.by) << (style.colour ? kReset : "") << '\n';
  // Long runs of empty buckets (a stray mention of 1990 in 2025 news) fold into one line.
  constexpr std::size_t kLongestEmptyRun = 3;
  const auto& buckets = histogram.buckets;
  for (std::size_t i = 0; i < buckets.size(); ++i) {
    std::size_t run = 0;
    while (i + run < buckets.size() && buckets[i + run].count == 0) ++run;
    if (run > kLongestEmptyRun) {
      out << "  " << std::string(label_width + count_width + 2, ' ') << "┆ " << run << " empty "
          << granularity_name(histogram.by) << "s (" << buckets[i].label << " to "
          << buckets[i + run - 1].label << ")\n";
      i += run - 1;
      continue;
    }
    std::string count = std::to_string(buckets[i].count);
    out << "  " << buckets[i].label << std::string(label_width - buckets[i].label.size(), ' ')
        << " " << std::string(count_width - count.size(), ' ') << count << " │"
        << bar(buckets[i].count, maximum, bar_width) << '\n';
  }
}

}  // namespace

void print_facets(const FacetReport& report, const HumanStyle& style, std::ostream& out) {
  out << "\n"
      << (style.colour ? kBold : "") << "Facets" << (style.colour ? kReset : "") << ": "
      << (report.exact ? "exact" : "estimated") << " counts over " << report.documents_counted
      << (report.documents_counted == 1 ? " article" : " articles")
      << (report.order == FacetOrder::kSignificant ? ", most significant first" : "") << "\n\n";
  std::vector<const FacetList*> entities, others;
  for (const FacetList& list : report.lists) {
    (list.name == "source" || list.name == "lang" ? others : entities).push_back(&list);
  }
  const std::size_t column_width =
      std::max<std::size_t>(24, std::min<std::size_t>(40, style.columns / 3));
  if (!entities.empty()) {
    print_list_row(entities, column_width, style, out);
    out << '\n';
  }
  if (!others.empty()) {
    print_list_row(others, column_width, style, out);
    out << '\n';
  }
  for (const Histogram& histogram : report.histograms) {
    print_histogram(histogram, style, out);
    out << '\n';
  }
}

void print_profile_human(const EntityProfile& profile, const HumanStyle& style, std::ostream& out) {
  out << (style.colour ? kBold : "") << profile.name << (style.colour ? kReset : "") << " ("
      << schema::entity_kind_info(profile.kind).field << ")   filter: " << profile.filter << '\n';
  if (!profile.aliases.empty()) {
    std::string written;
    for (const auto& [alias, count] : profile.aliases) {
      written += (written.empty() ? "" : ", ") + alias + " (" + std::to_string(count) + ")";
    }
    out << "  also written: " << fit_to_width(written, style.columns > 20 ? style.columns - 16 : 20)
        << '\n';
  }
  out << "  " << profile.articles << (profile.articles == 1 ? " article" : " articles");
  if (!profile.first_mention.empty()) {
    out << ", first " << profile.first_mention << ", last " << profile.last_mention;
  }
  out << "\n\n";
  if (!profile.timeline.buckets.empty()) {
    Histogram timeline = profile.timeline;
    timeline.name = "published";
    print_histogram(timeline, style, out);
    out << '\n';
  }
  std::vector<const FacetList*> lists;
  for (const FacetList& list : profile.cooccurring) lists.push_back(&list);
  if (!lists.empty()) {
    out << (style.colour ? kBold : "") << "Appears most with" << (style.colour ? kReset : "")
        << '\n';
    print_list_row(lists, std::max<std::size_t>(24, std::min<std::size_t>(40, style.columns / 3)),
                   style, out);
    out << '\n';
  }
  out << (style.colour ? kBold : "") << "Latest headlines" << (style.colour ? kReset : "") << '\n';
  for (const ProfileHeadline& headline : profile.recent) {
    out << "  " << pad_to_width(day_of(headline.date), kDateColumns) << "  "
        << pad_to_width(fit_to_width(headline.source, 18), 18) << "  "
        << fit_to_width(headline.title, style.columns > 36 ? style.columns - 36 : 20) << '\n';
  }
}

void print_profile_json(const EntityProfile& profile, std::ostream& out) {
  using Json = nlohmann::ordered_json;
  auto values_json = [](const std::vector<FacetValue>& values) {
    Json array = Json::array();
    for (const FacetValue& value : values) {
      array.push_back({{"value", value.label}, {"count", value.count}, {"filter", value.filter}});
    }
    return array;
  };
  Json aliases = Json::array();
  for (const auto& [alias, count] : profile.aliases)
    aliases.push_back({{"alias", alias}, {"articles", count}});
  Json cooccurring = Json::object();
  for (const FacetList& list : profile.cooccurring)
    cooccurring[list.name] = values_json(list.values);
  Json recent = Json::array();
  for (const ProfileHeadline& headline : profile.recent) {
    recent.push_back({{"id", headline.id},
                      {"date", headline.date.empty() ? Json(nullptr) : Json(headline.date)},
                      {"source", headline.source.empty() ? Json(nullptr) : Json(headline.source)},
                      {"title", headline.title}});
  }
  Json document = {
      {"version", kJsonFormatVersion},
      {"entity",
       {{"name", profile.name},
        {"type", schema::entity_kind_info(profile.kind).field},
        {"filter", profile.filter}}},
      {"aliases", aliases},
      {"articles", profile.articles},
      {"first_mention",
       profile.first_mention.empty() ? Json(nullptr) : Json(profile.first_mention)},
      {"last_mention", profile.last_mention.empty() ? Json(nullptr) : Json(profile.last_mention)},
      {"timeline",
       {{"by", granularity_name(profile.timeline.by)},
        {"buckets", values_json(profile.timeline.buckets)}}},
      {"cooccurring", cooccurring},
      {"recent", recent},
  };
  out << document.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

void print_json(const SearchResult& result, std::ostream& out) {
  // Keys keep the order written here, so the output reads top-down: version, query, totals, hits.
  using Json = nlohmann::ordered_json;
  Json hits = Json::array();
  for (const SearchHit& hit : result.hits) {
    const schema::StoredArticle& article = hit.article;
    Json highlights = Json::array();
    CodePointCounter code_points(hit.snippet.text);
    for (const auto& [from, to] : hit.snippet.highlights) {
      const std::size_t begin = code_points(from);
      highlights.push_back({begin, code_points(to)});
    }
    Json entry = {
        {"rank", hit.rank},
        {"id", article.id},
        {"title", article.title},
        {"date", article.date.empty() ? Json(nullptr) : Json(article.date)},
        {"source", article.source.empty() ? Json(nullptr) : Json(article.source)},
        {"url", article.url.empty() ? Json(nullptr) : Json(article.url)},
        {"language", article.language.empty() ? Json(nullptr) : Json(article.language)},
        {"percent", hit.percent},
        {"weight", hit.weight},
        {"snippet", {{"text", hit.snippet.text}, {"highlights", highlights}}},
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
    hits.push_back(std::move(entry));
  }
  Json document = {
      {"version", kJsonFormatVersion},
      {"query",
       {{"text", result.query_text},
        {"parsed", result.parsed_query},
        {"stem_language",
         result.stem_language.empty() ? Json(nullptr) : Json(result.stem_language)}}},
      {"total", result.total},
      {"exact", result.exact},
      {"archive_size", result.archive_size},
      {"offset", result.offset},
      {"limit", result.limit},
      {"sort", sort_order_name(result.sort)},
      {"hits", hits},
  };
  if (result.facets) {
    const FacetReport& report = *result.facets;
    Json facets = {{"exact", report.exact},
                   {"documents_counted", report.documents_counted},
                   {"order", report.order == FacetOrder::kSignificant ? "significant" : "count"}};
    auto value_json = [&](const FacetValue& value, bool significance) {
      Json entry = {{"value", value.label}, {"count", value.count}, {"filter", value.filter}};
      if (significance) {
        entry["background_count"] = value.background;
        entry["score"] = value.score;
      }
      return entry;
    };
    for (const FacetList& list : report.lists) {
      Json values = Json::array();
      for (const FacetValue& value : list.values) {
        values.push_back(value_json(value, report.order == FacetOrder::kSignificant));
      }
      facets[list.name] = {{"distinct", list.distinct}, {"values", values}};
    }
    for (const Histogram& histogram : report.histograms) {
      Json buckets = Json::array();
      for (const FacetValue& bucket : histogram.buckets)
        buckets.push_back(value_json(bucket, false));
      facets[histogram.name] = {{"by", granularity_name(histogram.by)}, {"buckets", buckets}};
    }
    document["facets"] = std::move(facets);
  }
  out << document.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace newsindex
