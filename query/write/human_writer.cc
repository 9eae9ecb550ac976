// The human writer: aligned columns, highlighted snippets and bar charts, fitted to the terminal.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string>

#include "byte_size.h"
#include "counted_noun.h"
#include "human_facets.h"
#include "report_writer.h"
#include "terminal_text.h"

namespace newsindex {
namespace {

constexpr std::size_t kDateColumns = 10;
constexpr std::size_t kMaxSourceColumns = 22;
constexpr std::size_t kEntitiesShown = 3;  // per kind, in each hit
constexpr std::size_t kDatesShown = 4;

std::string day_of(const std::string& date) {
  return date.substr(0, std::min<std::size_t>(10, date.size()));
}

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

// "person: Vladimir Putin, Steve Witkoff · place: Moscow"
std::string about_line(const SearchHit& hit) {
  std::string about;
  for (schema::EntityKind kind : schema::kFacetedEntityKinds) {
    std::string names = top_names(hit.entities, kind);
    if (names.empty()) continue;
    if (!about.empty()) about += " · ";
    about += std::string(schema::entity_kind_info(kind).field) + ": " + names;
  }
  return about;
}

std::string dates_line(const SearchHit& hit) {
  std::string dates;
  for (std::size_t i = 0; i < hit.mentioned_dates.size() && i < kDatesShown; ++i) {
    dates += (i == 0 ? "" : ", ") + hit.mentioned_dates[i];
  }
  return dates;
}

// Plain text marks entities [[so]] and dates {{so}}, where colour is not available.
constexpr std::string_view kEntityOpen = "[[", kEntityClose = "]]";
constexpr std::string_view kDateOpen = "{{", kDateClose = "}}";

// A text to print with its highlighted byte ranges (coloured on a terminal).
struct MarkedText {
  std::string text;
  std::vector<std::pair<TextSpan, const char*>> colours;  // in order, not overlapping
};

// The article text with its highlights: colour ranges for a terminal, else the markers written
// into the text.
MarkedText marked_text(const ArticleView& view, bool colour) {
  MarkedText marked;
  const std::string& text = view.article.text;
  if (colour) {
    marked.text = text;
    for (const Highlight& highlight : text_highlights(view)) {
      marked.colours.emplace_back(highlight.span, highlight.kind == HighlightKind::kDate
                                                      ? sgr::kHighlightOther
                                                      : sgr::kHighlight);
    }
    return marked;
  }
  std::size_t at = 0;
  for (const Highlight& highlight : text_highlights(view)) {
    const bool date = highlight.kind == HighlightKind::kDate;
    marked.text.append(text, at, highlight.span.begin - at);
    marked.text += date ? kDateOpen : kEntityOpen;
    marked.text.append(text, highlight.span.begin, highlight.span.end - highlight.span.begin);
    marked.text += date ? kDateClose : kEntityClose;
    at = highlight.span.end;
  }
  marked.text.append(text, at);
  return marked;
}

// Where the parts of a hit go: the same for every hit of a page.
struct HitColumns {
  std::size_t rank = 0;
  std::size_t source = 0;
  std::size_t indent = 0;
  std::size_t title = 0;  // where the title starts
  std::size_t text = 0;   // width of the snippet and the lines under it
};

class HumanWriter final : public ReportWriter {
 public:
  HumanWriter(std::ostream& out, HumanStyle style) : out_(out), style_(style) {}

  void write(const SearchView& view) override {
    if (!write_totals(view)) return;
    HitColumns columns = hit_columns(view);
    for (const SearchHit& hit : view.hits) write_hit(hit, columns);
    if (view.facets && view.total > 0) write_facet_report(*view.facets, style_, out_);
  }

  void write(const ArchiveSummary& summary) override {
    if (summary.facts) write_facts(*summary.facts);
    if (summary.overview) {
      if (summary.facts) out_ << '\n';
      write(*summary.overview);
    }
  }

  // One line per entity: articles, name, and the names that count as it.
  void write(const EntityList& list) override {
    const schema::EntityKindInfo& info = schema::entity_kind_info(list.kind);
    out_ << bold(counted_noun(list.matching, info.singular, info.plural));
    if (!list.pattern.empty()) out_ << " matching \"" << list.pattern << '"';
    if (list.entities.size() < list.matching)
      out_ << ", the " << list.entities.size() << " with most articles";
    out_ << '\n';
    std::size_t count_width = 1, name_width = 4;
    for (const ListedEntity& entity : list.entities) {
      count_width = std::max(count_width, std::to_string(entity.articles).size());
      name_width = std::max(name_width, display_width(entity.name));
    }
    name_width = std::min<std::size_t>(name_width, 40);
    for (const ListedEntity& entity : list.entities) {
      std::string count = std::to_string(entity.articles);
      out_ << "  " << std::string(count_width - count.size(), ' ') << count << "  ";
      std::string variants;
      for (const ResolvedName& variant : entity.variants) {
        variants += (variants.empty() ? "" : ", ") + variant.name + " (" +
                    std::to_string(variant.articles) + ")";
      }
      const bool more = entity.hidden || !variants.empty();
      out_ << (more ? pad_to_width(fit_to_width(entity.name, name_width), name_width)
                    : fit_to_width(entity.name, name_width));
      if (entity.hidden) out_ << "  " << dim("[hidden]");
      if (!variants.empty()) {
        const std::size_t used = 2 + count_width + 2 + name_width + 2 + 5;
        out_ << "  "
             << dim("= " + fit_to_width(variants,
                                        style_.columns > used + 10 ? style_.columns - used : 10));
      }
      out_ << '\n';
    }
  }

  void write(const EntityProfile& profile) override {
    write_profile_heading(profile);
    if (!profile.timeline.buckets.empty()) {
      Histogram timeline = profile.timeline;
      timeline.name = schema::kPublishedFacet;
      write_histogram(timeline, style_, out_);
      out_ << '\n';
    }
    std::vector<const FacetList*> lists;
    for (const FacetList& list : profile.cooccurring) lists.push_back(&list);
    if (!lists.empty()) {
      out_ << bold("Appears most with") << '\n';
      write_facet_lists(lists, style_, out_);
      out_ << '\n';
    }
    out_ << bold("Latest headlines") << '\n';
    for (const ProfileHeadline& headline : profile.recent) {
      out_ << "  " << pad_to_width(day_of(headline.date), kDateColumns) << "  "
           << pad_to_width(fit_to_width(headline.source, 18), 18) << "  "
           << fit_to_width(headline.title, style_.columns > 36 ? style_.columns - 36 : 20) << '\n';
    }
  }

  // Headline, facts, the text with its mentions marked, then the entities and dates with their
  // mention counts and filters, aligned as facet lists are.
  void write(const ArticleView& view) override {
    const schema::StoredArticle& article = view.article;
    out_ << bold(article.title.empty() ? "(no title)" : article.title) << '\n';
    std::string facts;
    for (const std::string* fact : {&article.date, &article.source, &article.language}) {
      if (!fact->empty()) facts += (facts.empty() ? "" : " · ") + *fact;
    }
    if (!facts.empty()) out_ << dim(facts) << '\n';
    std::string authors;
    for (const std::string& author : article.authors)
      authors += (authors.empty() ? "" : ", ") + author;
    write_field("by", authors);
    write_field("section", article.section);
    write_field("url", article.url);
    write_field("id", article.id);
    write_field("origin", article.origin);
    // The archive's annotations, one line per key, its values in the order given.
    std::vector<std::pair<std::string, std::string>> metadata;
    for (const auto& [key, value] : article.metadata) {
      auto it = std::find_if(metadata.begin(), metadata.end(),
                             [&wanted = key](const auto& known) { return known.first == wanted; });
      if (it == metadata.end()) {
        metadata.emplace_back(key, value);
      } else {
        it->second += ", " + value;
      }
    }
    for (const auto& [key, values] : metadata) write_field(key, values);
    out_ << '\n';
    write_article_text(marked_text(view, style_.colour));

    std::vector<FacetList> lists;
    for (schema::EntityKind kind : schema::kFacetedEntityKinds) {
      FacetList list{std::string(schema::entity_kind_info(kind).facet), {}, 0};
      for (const ArticleEntity& entity : view.entities) {
        if (entity.kind == kind)
          list.values.push_back({entity.name, entity.mentions, entity.filter});
      }
      list.distinct = list.values.size();
      if (!list.values.empty()) lists.push_back(std::move(list));
    }
    FacetList dates{std::string(schema::kMentionedFacet), {}, view.dates.size()};
    for (const ArticleDate& date : view.dates)
      dates.values.push_back({date.value, date.in_text.size(), date.filter});
    if (!dates.values.empty()) lists.push_back(std::move(dates));
    if (lists.empty()) return;
    out_ << '\n'
         << bold("Mentions") << dim(" (times named · filter that selects the articles)") << '\n';
    std::vector<const FacetList*> shown;
    for (const FacetList& list : lists) shown.push_back(&list);
    write_facet_lists(shown, style_, out_);
  }

 private:
  [[nodiscard]] std::string styled(const char* code, const std::string& text) const {
    return style_.colour ? code + text + sgr::kReset : text;
  }
  [[nodiscard]] std::string bold(const std::string& text) const { return styled(sgr::kBold, text); }
  [[nodiscard]] std::string dim(const std::string& text) const { return styled(sgr::kDim, text); }

  // "origin   news.jsonl:12", nothing for an empty value.
  void write_field(const std::string& name, const std::string& value) {
    if (value.empty()) return;
    out_ << dim(pad_to_width(name, 8)) << ' ' << value << '\n';
  }

  // Each line of the text (paragraphs kept) wrapped to the terminal, its highlights coloured.
  void write_article_text(const MarkedText& marked) {
    const std::string_view text(marked.text);
    const std::size_t width = style_.columns > 20 ? style_.columns : 20;
    // Lines come in order: ranges that ended before a line are never looked at again, so that an
    // OCR page of thousands of lines and mentions is written in one pass.
    std::size_t first_colour = 0;
    std::size_t line_begin = 0;
    while (line_begin <= text.size()) {
      std::size_t line_end = text.find('\n', line_begin);
      if (line_end == std::string_view::npos) line_end = text.size();
      const std::string_view line = text.substr(line_begin, line_end - line_begin);
      std::vector<std::size_t> starts = wrap_lines(line, width);
      for (std::size_t i = 0; i < starts.size(); ++i) {
        std::size_t begin = line_begin + starts[i];
        std::size_t end = i + 1 < starts.size() ? line_begin + starts[i + 1] : line_end;
        while (end > begin && text[end - 1] == ' ') --end;
        write_coloured(marked, begin, end, first_colour);
        out_ << '\n';
      }
      if (line_end == text.size()) break;
      line_begin = line_end + 1;
    }
  }

  // text[begin, end) with the parts of its coloured ranges that fall in it; the ranges before
  // `first` end before `begin`.
  void write_coloured(const MarkedText& marked, std::size_t begin, std::size_t end,
                      std::size_t& first) {
    const std::string_view text(marked.text);
    const auto& colours = marked.colours;
    while (first < colours.size() && colours[first].first.end <= begin) ++first;
    std::size_t at = begin;
    for (std::size_t i = first; i < colours.size() && colours[i].first.begin < end; ++i) {
      const auto& [span, colour] = colours[i];
      if (span.end <= begin) continue;
      const std::size_t start = std::max(span.begin, begin);
      const std::size_t stop = std::min(span.end, end);
      out_ << text.substr(at, start - at) << colour << text.substr(start, stop - start)
           << sgr::kReset;
      at = stop;
    }
    out_ << text.substr(at, end - at);
  }

  // The lines above the hits; false when nothing matched (after saying so).
  bool write_totals(const SearchView& view) {
    if (view.total == 0) {
      out_ << "No articles match \"" << view.query_text << "\" ("
           << counted_noun(view.archive_size, "article", "articles") << " searched).\n";
      return false;
    }
    if (view.query_text.find_first_not_of(' ') == std::string::npos) write_archive_line(view);
    out_ << view.total << " of " << view.archive_size
         << (view.archive_size == 1 ? " article matches" : " articles match")
         << (view.exact ? " (exact)" : " (estimated)");
    if (!view.hits.empty()) {
      out_ << " · showing " << view.hits.front().rank << "–" << view.hits.back().rank;
    } else {
      out_ << " · none at offset " << view.offset;
    }
    out_ << " · by " << sort_order_name(view.sort) << '\n';
    for (const AmbiguousFilter& ambiguous : view.ambiguous_filters) {
      const schema::EntityKindInfo& info = schema::entity_kind_info(ambiguous.kind);
      std::string names;
      for (const FacetValue& value : ambiguous.shown)
        names +=
            (names.empty() ? "" : ", ") + value.label + " (" + std::to_string(value.count) + ")";
      if (ambiguous.entities > ambiguous.shown.size()) names += ", …";
      out_ << dim(ambiguous.filter + " matches " +
                  counted_noun(ambiguous.entities, info.singular, info.plural) + ": " + names +
                  "; " + ambiguous.shown.front().filter + " selects one")
           << '\n';
    }
    return true;
  }

  // A search without words shows the whole archive: its size and publication span first.
  void write_archive_line(const SearchView& view) {
    out_ << "Archive: " << view.archive_size << (view.archive_size == 1 ? " article" : " articles");
    if (view.facets) {
      for (const Histogram& histogram : view.facets->histograms) {
        if (histogram.name != schema::kPublishedFacet || histogram.buckets.empty()) continue;
        out_ << ", published " << histogram.buckets.front().label << " to "
             << histogram.buckets.back().label;
      }
    }
    out_ << '\n';
  }

  [[nodiscard]] HitColumns hit_columns(const SearchView& view) const {
    HitColumns columns;
    columns.rank = std::to_string(view.hits.empty() ? 0 : view.hits.back().rank).size();
    for (const SearchHit& hit : view.hits) {
      columns.source =
          std::max(columns.source, std::min(kMaxSourceColumns, display_width(hit.article.source)));
    }
    columns.indent = columns.rank + 2;
    columns.title = columns.indent + kDateColumns + 2 + columns.source + 2;
    columns.text = style_.columns > columns.indent + 20 ? style_.columns - columns.indent : 20;
    return columns;
  }

  void write_hit(const SearchHit& hit, const HitColumns& columns) {
    out_ << '\n';
    std::string rank = std::to_string(hit.rank);
    out_ << std::string(columns.rank - rank.size(), ' ') << rank << "  ";
    out_ << dim(pad_to_width(day_of(hit.article.date), kDateColumns) + "  " +
                pad_to_width(fit_to_width(hit.article.source, kMaxSourceColumns), columns.source));
    out_ << "  ";
    std::size_t title_columns =
        style_.columns > columns.title + 10 ? style_.columns - columns.title : 10;
    out_ << bold(fit_to_width(hit.article.title.empty() ? "(no title)" : hit.article.title,
                              title_columns))
         << '\n';
    write_snippet(hit.snippet, columns);
    std::string about = about_line(hit);
    std::string dates = dates_line(hit);
    const std::string indent(columns.indent, ' ');
    if (!about.empty()) out_ << indent << dim(fit_to_width(about, columns.text)) << '\n';
    if (!dates.empty()) {
      out_ << indent << dim(fit_to_width("mentions: " + dates, columns.text)) << '\n';
    }
  }

  // The snippet wrapped to the text width, its matched words highlighted.
  void write_snippet(const Snippet& snippet, const HitColumns& columns) {
    std::vector<std::size_t> starts = wrap_lines(snippet.text, columns.text);
    for (std::size_t line = 0; line < starts.size(); ++line) {
      std::size_t end = line + 1 < starts.size() ? starts[line + 1] : snippet.text.size();
      while (end > starts[line] && snippet.text[end - 1] == ' ') --end;
      out_ << std::string(columns.indent, ' ');
      write_snippet_line(snippet, starts[line], end);
      out_ << '\n';
    }
  }

  // One line of a snippet, colouring the highlighted byte ranges that fall in it.
  void write_snippet_line(const Snippet& snippet, std::size_t begin, std::size_t end) {
    const std::string_view text(snippet.text);
    std::size_t at = begin;
    for (const auto& [from, to] : snippet.highlights) {
      if (to <= begin || from >= end) continue;
      std::size_t start = std::max(from, begin);
      std::size_t stop = std::min(to, end);
      out_ << text.substr(at, start - at);
      if (style_.colour) out_ << sgr::kHighlight;
      out_ << text.substr(start, stop - start);
      if (style_.colour) out_ << sgr::kReset;
      at = stop;
    }
    out_ << text.substr(at, end - at);
  }

  // One fact a line, the values in one column.
  void write_facts(const IndexFacts& facts) {
    out_ << "index           " << facts.index << '\n'
         << "articles        " << facts.articles << '\n'
         << "shards          " << facts.shards << '\n'
         << "size on disk    " << describe_size(facts.bytes_on_disk) << '\n'
         << "published       "
         << (facts.first_published.empty() ? "(no dates)"
                                           : facts.first_published + " to " + facts.last_published)
         << '\n'
         << "schema version  " << facts.schema_version << '\n'
         << "entities        ";
    const char* separator = "";
    for (schema::EntityKind kind : schema::kFacetedEntityKinds) {
      const schema::EntityKindInfo& info = schema::entity_kind_info(kind);
      out_ << separator
           << counted_noun(facts.entities[schema::entity_kind_index(kind)], info.singular,
                           info.plural);
      separator = ", ";
    }
    out_ << '\n';
  }

  void write_profile_heading(const EntityProfile& profile) {
    out_ << bold(profile.name) << " (" << schema::entity_kind_info(profile.kind).field
         << ")   filter: " << profile.filter << '\n';
    if (!profile.aliases.empty()) {
      std::string written;
      for (const auto& [alias, count] : profile.aliases) {
        written += (written.empty() ? "" : ", ") + alias + " (" + std::to_string(count) + ")";
      }
      out_ << "  also written: "
           << fit_to_width(written, style_.columns > 20 ? style_.columns - 16 : 20) << '\n';
    }
    const std::size_t width = style_.columns > 20 ? style_.columns - 4 : 20;
    for (const ResolvedName& name : profile.resolved_from) {
      out_ << "  counts " << name.name << " (" << counted_noun(name.articles, "article", "articles")
           << "): "
           << fit_to_width(name.reason,
                           width > name.name.size() + 30 ? width - name.name.size() - 30 : 20)
           << '\n';
    }
    out_ << "  " << profile.articles << (profile.articles == 1 ? " article" : " articles");
    if (!profile.first_mention.empty()) {
      out_ << ", first " << profile.first_mention << ", last " << profile.last_mention;
    }
    out_ << '\n';
    if (!profile.also.empty()) {
      std::string others;
      for (const OtherEntity& other : profile.also) {
        others += (others.empty() ? "" : ", ") + other.name + " (" +
                  (other.kind != profile.kind
                       ? std::string(schema::entity_kind_info(other.kind).field) + ", "
                       : std::string()) +
                  counted_noun(other.articles, "article", "articles") + ")";
      }
      out_ << "  also: " << fit_to_width(others, width > 8 ? width - 8 : 20) << '\n';
    }
    out_ << '\n';
  }

  std::ostream& out_;
  HumanStyle style_;
};

}  // namespace

std::unique_ptr<ReportWriter> make_human_writer(std::ostream& out, HumanStyle style) {
  return std::make_unique<HumanWriter>(out, style);
}

}  // namespace newsindex
