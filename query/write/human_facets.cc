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
  if (name == schema::kMentionedFacet) return "Mentioned dates";
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

void write_facet_lists(const std::vector<const FacetList*>& lists, const HumanStyle& style,
                       std::ostream& out) {
  std::size_t name_width = 0, count_width = 0, filter_width = 0;
  for (const FacetList* list : lists) {
    for (const FacetValue& value : list->values) {
      name_width = std::max(name_width, display_width(value.label));
      count_width = std::max(count_width, std::to_string(value.count).size());
      filter_width = std::max(filter_width, display_width(value.filter));
    }
  }
  // The filter and the count keep their width; the name takes what is left, down to a minimum.
  constexpr std::size_t kNarrowestName = 16;
  const std::size_t fixed = 2 + 2 + count_width + 2 + filter_width;
  name_width = std::min(
      name_width,
      std::max(kNarrowestName, style.columns > fixed ? style.columns - fixed - 1 : kNarrowestName));
  for (std::size_t i = 0; i < lists.size(); ++i) {
    const FacetList& list = *lists[i];
    if (i > 0) out << '\n';
    const std::string title = list_title(list.name) + " (" + std::to_string(list.distinct) + ")";
    out << (style.colour ? sgr::kBold : "") << title << (style.colour ? sgr::kReset : "") << '\n';
    for (const FacetValue& value : list.values) {
      const std::string count = std::to_string(value.count);
      out << "  " << pad_to_width(fit_to_width(value.label, name_width), name_width) << "  "
          << std::string(count_width - count.size(), ' ') << count;
      if (!value.filter.empty()) {
        out << "  " << (style.colour ? sgr::kDim : "") << value.filter
            << (style.colour ? sgr::kReset : "");
      }
      out << '\n';
    }
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
  std::vector<const FacetList*> lists = entities;
  lists.insert(lists.end(), others.begin(), others.end());
  if (!lists.empty()) {
    write_facet_lists(lists, style, out);
    out << '\n';
  }
  for (const Histogram& histogram : report.histograms) {
    write_histogram(histogram, style, out);
    out << '\n';
  }
}

}  // namespace newsindex
