#include "svg_chart.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <string>

#include "counted_noun.h"
#include "svg_document.h"
#include "terminal_text.h"
#include "xml_text.h"

namespace newsindex {
namespace {

constexpr double kWidth = 960;
constexpr double kPlotLeft = 72;  // room for the y-axis numbers
constexpr double kPlotRight = kWidth - 24;
constexpr double kHeaderHeight = 64;
constexpr double kHeadingHeight = 30;
constexpr double kPlotHeight = 200;
constexpr double kAxisHeight = 34;
constexpr double kChartGap = 18;
constexpr double kChartHeight = kHeadingHeight + kPlotHeight + kAxisHeight + kChartGap;
constexpr double kAxisFontSize = 11;
// Labels closer than this are hard to tell apart.
constexpr double kLabelGap = 10;

// A period label, "1987", "1987-03" or "1987-03-02", as numbers; the parts a label lacks are 1.
struct Period {
  int year = 0;
  int month = 1;
  int day = 1;
};

std::optional<Period> parse_period(std::string_view label) {
  Period period;
  int* parts[] = {&period.year, &period.month, &period.day};
  std::size_t part = 0;
  const char* at = label.data();
  const char* end = label.data() + label.size();
  while (part < 3) {
    const auto [next, error] = std::from_chars(at, end, *parts[part]);
    if (error != std::errc() || next == at) return std::nullopt;
    ++part;
    at = next;
    if (at == end) break;
    if (*at != '-') return std::nullopt;
    ++at;
  }
  if (at != end) return std::nullopt;
  return period;
}

// Which periods get a label on the x axis: every `step` days, months or years, counted from the
// start of the month, the year, or year 0, so that labels fall on round dates (the 1st and 15th,
// January and July, 1990 and 2000) and read as a calendar does.
enum class Unit { kDay, kMonth, kYear };
struct LabelLevel {
  Unit unit;
  int step;
};

bool labelled(const Period& period, LabelLevel level) {
  switch (level.unit) {
    case Unit::kDay:
      // Days past the 28th get none: the 1st of the next month is too close.
      return level.step == 1 ||
             ((period.day - 1) % level.step == 0 && period.day <= 29 - level.step);
    case Unit::kMonth:
      return period.day == 1 && (period.month - 1) % level.step == 0;
    case Unit::kYear:
      return period.day == 1 && period.month == 1 && period.year % level.step == 0;
  }
  return false;
}

// The label at a level: a year level needs only the year, a month level the month.
std::string level_label(std::string_view label, LabelLevel level) {
  const std::size_t length = level.unit == Unit::kYear ? 4 : level.unit == Unit::kMonth ? 7 : 10;
  return std::string(label.substr(0, std::min(length, label.size())));
}

std::vector<LabelLevel> label_levels(Granularity by) {
  std::vector<LabelLevel> levels;
  if (by == Granularity::kDay) {
    for (int step : {1, 2, 7, 14}) levels.push_back({Unit::kDay, step});
  }
  if (by == Granularity::kDay || by == Granularity::kMonth) {
    for (int step : {1, 2, 3, 6}) levels.push_back({Unit::kMonth, step});
  }
  for (int step = 1; step <= 100000; step *= 10) {
    for (int multiple : {1, 2, 5}) levels.push_back({Unit::kYear, step * multiple});
  }
  return levels;
}

struct AxisLabel {
  std::size_t bucket = 0;
  std::string text;
};

// The finest level whose labels do not overlap, with its labels; labels that are not dates
// (nothing the index writes) are thinned by a plain stride instead.
std::vector<AxisLabel> axis_labels(const Histogram& histogram, double slot) {
  const std::vector<FacetValue>& buckets = histogram.buckets;
  std::vector<Period> periods;
  for (const FacetValue& bucket : buckets) {
    const std::optional<Period> period = parse_period(bucket.label);
    if (!period) break;
    periods.push_back(*period);
  }
  auto fits = [&](const std::vector<AxisLabel>& labels) {
    for (std::size_t i = 1; i < labels.size(); ++i) {
      const double room = static_cast<double>(labels[i].bucket - labels[i - 1].bucket) * slot;
      const double needed = (text_width(labels[i].text, kAxisFontSize) +
                             text_width(labels[i - 1].text, kAxisFontSize)) /
                                2 +
                            kLabelGap;
      if (room < needed) return false;
    }
    return true;
  };
  std::vector<AxisLabel> labels;
  if (periods.size() == buckets.size()) {
    for (LabelLevel level : label_levels(histogram.by)) {
      labels.clear();
      for (std::size_t i = 0; i < buckets.size(); ++i) {
        if (labelled(periods[i], level))
          labels.push_back({i, level_label(buckets[i].label, level)});
      }
      if (fits(labels)) break;
    }
  } else {
    for (std::size_t stride = 1; stride <= buckets.size(); stride *= 2) {
      labels.clear();
      for (std::size_t i = 0; i < buckets.size(); i += stride)
        labels.push_back({i, buckets[i].label});
      if (fits(labels)) break;
    }
  }
  // A short span (a few days of a month drawn by day, seen at a year level) still names a period.
  if (labels.empty() && !buckets.empty()) labels.push_back({0, buckets.front().label});
  return labels;
}

// The y axis: ticks every 1, 2 or 5 times a power of ten, about five of them, up to the first
// tick at or above the largest count.
struct CountAxis {
  std::size_t step = 1;
  std::size_t top = 1;
};

CountAxis count_axis(std::size_t maximum) {
  constexpr std::size_t kTicks = 5;
  CountAxis axis;
  for (std::size_t power = 1;; power *= 10) {
    bool found = false;
    for (std::size_t multiple : {1, 2, 5}) {
      if (power * multiple * kTicks >= maximum) {
        axis.step = power * multiple;
        found = true;
        break;
      }
    }
    if (found) break;
  }
  axis.top = std::max<std::size_t>(1, (maximum + axis.step - 1) / axis.step) * axis.step;
  return axis;
}

std::string heading(const Histogram& histogram) {
  std::string name = histogram.name == schema::kPublishedFacet   ? "Published"
                     : histogram.name == schema::kMentionedFacet ? "Mentioned dates"
                                                                 : histogram.name;
  name += std::string(", by ") + granularity_name(histogram.by);
  if (!histogram.buckets.empty()) {
    name += " (" + histogram.buckets.front().label + " to " + histogram.buckets.back().label + ")";
  }
  return name;
}

void write_chart(const Histogram& histogram, double top, std::string_view colour,
                 std::ostream& out) {
  out << "<g id=\"" << xml_text(histogram.name) << "\" class=\"histogram\">\n"
      << "<text x=\"" << svg_number(kPlotLeft) << "\" y=\"" << svg_number(top + 20)
      << "\" font-size=\"13\" font-weight=\"bold\" fill=\"#222222\">"
      << xml_text(heading(histogram)) << "</text>\n";
  const double plot_top = top + kHeadingHeight;
  const double plot_bottom = plot_top + kPlotHeight;
  const std::vector<FacetValue>& buckets = histogram.buckets;
  if (buckets.empty()) {
    out << "<text x=\"" << svg_number((kPlotLeft + kPlotRight) / 2) << "\" y=\""
        << svg_number(plot_top + kPlotHeight / 2)
        << "\" text-anchor=\"middle\" fill=\"#666666\">No dated articles</text>\n</g>\n";
    return;
  }
  std::size_t maximum = 0;
  for (const FacetValue& bucket : buckets) maximum = std::max(maximum, bucket.count);
  const CountAxis axis = count_axis(maximum);
  auto y_of = [&](std::size_t count) {
    return plot_bottom - kPlotHeight * static_cast<double>(count) / static_cast<double>(axis.top);
  };

  out << "<g class=\"y-axis\" font-size=\"" << svg_number(kAxisFontSize)
      << "\" fill=\"#444444\" text-anchor=\"end\">\n";
  for (std::size_t tick = 0; tick <= axis.top; tick += axis.step) {
    const std::string y = svg_number(y_of(tick));
    out << "<line x1=\"" << svg_number(kPlotLeft) << "\" y1=\"" << y << "\" x2=\""
        << svg_number(kPlotRight) << "\" y2=\"" << y << "\" stroke=\""
        << (tick == 0 ? "#444444" : "#e3e3e3") << "\" stroke-width=\"1\"/>\n"
        << "<text x=\"" << svg_number(kPlotLeft - 6) << "\" y=\"" << svg_number(y_of(tick) + 4)
        << "\">" << grouped_count(tick) << "</text>\n";
  }
  out << "</g>\n";

  const double slot = (kPlotRight - kPlotLeft) / static_cast<double>(buckets.size());
  // Bars a few pixels wide keep a gap; thinner ones would vanish into it, and none is drawn
  // thinner than a pixel, so that a lone spike among thousands of days still shows.
  const double gap = slot >= 4 ? std::min(slot * 0.2, 6.0) : 0;
  out << "<g class=\"bars\" fill=\"" << colour << "\">\n";
  for (std::size_t i = 0; i < buckets.size(); ++i) {
    if (buckets[i].count == 0) continue;
    const double y = y_of(buckets[i].count);
    out << "<rect class=\"bar\" x=\""
        << svg_number(kPlotLeft + slot * static_cast<double>(i) + gap / 2) << "\" y=\""
        << svg_number(y) << "\" width=\"" << svg_number(std::max(slot - gap, 1.0)) << "\" height=\""
        << svg_number(plot_bottom - y) << "\"><title>" << xml_text(buckets[i].label) << ": "
        << counted_noun(buckets[i].count, "article", "articles") << "</title></rect>\n";
  }
  out << "</g>\n";

  out << "<g class=\"x-axis\" font-size=\"" << svg_number(kAxisFontSize)
      << "\" fill=\"#444444\" text-anchor=\"middle\">\n";
  for (const AxisLabel& label : axis_labels(histogram, slot)) {
    const double centre = kPlotLeft + slot * (static_cast<double>(label.bucket) + 0.5);
    const double half = text_width(label.text, kAxisFontSize) / 2;
    // The first and last labels stay inside the picture.
    const double x = std::clamp(centre, half + 2, kWidth - half - 2);
    out << "<line x1=\"" << svg_number(centre) << "\" y1=\"" << svg_number(plot_bottom)
        << "\" x2=\"" << svg_number(centre) << "\" y2=\"" << svg_number(plot_bottom + 4)
        << "\" stroke=\"#444444\" stroke-width=\"1\"/>\n"
        << "<text x=\"" << svg_number(x) << "\" y=\"" << svg_number(plot_bottom + 17) << "\">"
        << xml_text(label.text) << "</text>\n";
  }
  out << "</g>\n</g>\n";
}

}  // namespace

void write_svg_histograms(std::string_view title, std::string_view subtitle,
                          const std::vector<Histogram>& histograms, std::ostream& out) {
  const double height =
      kHeaderHeight +
      (histograms.empty() ? 40 : kChartHeight * static_cast<double>(histograms.size()));
  write_svg_start(out, kWidth, height, title);
  // A long query is cut on the picture; the <title> above keeps it whole.
  out << "<text x=\"" << svg_number(kPlotLeft) << "\" y=\"28\" font-size=\"17\" "
      << "font-weight=\"bold\" fill=\"#111111\">" << xml_text(fit_to_width(title, 84))
      << "</text>\n";
  if (!subtitle.empty()) {
    out << "<text x=\"" << svg_number(kPlotLeft) << "\" y=\"48\" fill=\"#555555\">"
        << xml_text(fit_to_width(subtitle, 120)) << "</text>\n";
  }
  if (histograms.empty()) {
    out << "<text x=\"" << svg_number(kPlotLeft) << "\" y=\"" << svg_number(kHeaderHeight + 20)
        << "\" fill=\"#666666\">No date histogram was counted</text>\n";
  }
  double top = kHeaderHeight;
  for (const Histogram& histogram : histograms) {
    write_chart(histogram, top, histogram.name == schema::kMentionedFacet ? "#e07b39" : "#4e79a7",
                out);
    top += kChartHeight;
  }
  write_svg_end(out);
}

void write_search_svg(const SearchView& view, std::ostream& out) {
  const bool all = view.query_text.find_first_not_of(' ') == std::string::npos;
  const std::string title = (all ? std::string("All articles") : view.query_text) + ": " +
                            grouped_count(view.total) +
                            (view.total == 1 ? " article" : " articles");
  std::string subtitle =
      "newsquery search, of " + grouped_count(view.archive_size) + " in the archive";
  if (view.facets && !view.facets->exact) subtitle += "; counts estimated";
  write_svg_histograms(title, subtitle,
                       view.facets ? view.facets->histograms : std::vector<Histogram>{}, out);
}

void write_entity_svg(const EntityProfile& profile, std::ostream& out) {
  const std::string title =
      profile.name + " (" + std::string(schema::entity_kind_info(profile.kind).field) +
      "): " + grouped_count(profile.articles) + (profile.articles == 1 ? " article" : " articles");
  std::string subtitle = "newsquery entity, " + profile.filter;
  if (!profile.first_mention.empty()) {
    subtitle += ", " + profile.first_mention + " to " + profile.last_mention;
  }
  Histogram timeline = profile.timeline;
  timeline.name = schema::kPublishedFacet;
  write_svg_histograms(title, subtitle, {timeline}, out);
}

}  // namespace newsindex
