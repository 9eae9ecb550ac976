#include "human_facets.h"

#include <algorithm>
#include <string>

#include "schema.h"
#include "terminal_text.h"

namespace newsindex {
namespace {

std::string list_title(const std::string& name) {
  if (const schema::EntityKindInfo* kind = schema::faceted_entity_kind(name))
    return std::string(kind->heading);
  if (name == schema::kSourceField) return "Sources";
  return "Languages";
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

}  // namespace

std::size_t facet_column_width(const HumanStyle& style) {
  return std::max<std::size_t>(24, std::min<std::size_t>(40, style.columns / 3));
}

void write_facet_columns(const std::vector<const FacetList*>& lists, std::size_t column_width,
                         const HumanStyle& style, std::ostream& out) {
  std::size_t rows = 0;
  for (const FacetList* list : lists) rows = std::max(rows, list->values.size());
  for (const FacetList* list : lists) {
    std::string title = list_title(list->name) + " (" + std::to_string(list->distinct) + ")";
    out << (style.colour ? sgr::kBold : "")
        << pad_to_width(fit_to_width(title, column_width - 2), column_width)
        << (style.colour ? sgr::kReset : "");
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

void write_histogram(const Histogram& histogram, const HumanStyle& style, std::ostream& out) {
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
  out << (style.colour ? sgr::kBold : "")
      << (histogram.name == schema::kPublishedFacet ? "Published" : "Mentioned dates") << ", by "
      << granularity_name(histogram.by) << (style.colour ? sgr::kReset : "") << '\n';
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

void write_facet_report(const FacetReport& report, const HumanStyle& style, std::ostream& out) {
  out << "\n"
      << (style.colour ? sgr::kBold : "") << "Facets" << (style.colour ? sgr::kReset : "") << ": "
      << (report.exact ? "exact" : "estimated") << " counts over " << report.documents_counted
      << (report.documents_counted == 1 ? " article" : " articles")
      << (report.order == FacetOrder::kSignificant ? ", most significant first" : "") << "\n\n";
  std::vector<const FacetList*> entities, others;
  for (const FacetList& list : report.lists) {
    bool plain = list.name == schema::kSourceField || list.name == schema::kLanguageField;
    (plain ? others : entities).push_back(&list);
  }
  const std::size_t column_width = facet_column_width(style);
  if (!entities.empty()) {
    write_facet_columns(entities, column_width, style, out);
    out << '\n';
  }
  if (!others.empty()) {
    write_facet_columns(others, column_width, style, out);
    out << '\n';
  }
  for (const Histogram& histogram : report.histograms) {
    write_histogram(histogram, style, out);
    out << '\n';
  }
}

}  // namespace newsindex
