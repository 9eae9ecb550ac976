#include "svg_chart.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <set>
#include <sstream>

#include "svg_document.h"
#include "xml_tree.h"

namespace newsindex {
namespace {

using testing::xml_attribute;
using testing::xml_child;
using testing::xml_content;
using testing::xml_descendants;
using testing::xml_element_by_id;
using testing::XmlTree;

FacetValue bucket(std::string label, std::size_t count) {
  FacetValue value;
  value.label = std::move(label);
  value.count = count;
  return value;
}

// Every month of 2015 to 2024, some empty, the largest 137.
Histogram ten_years_by_month() {
  Histogram histogram;
  histogram.name = "published";
  histogram.by = Granularity::kMonth;
  for (int year = 2015; year <= 2024; ++year) {
    for (int month = 1; month <= 12; ++month) {
      const std::size_t count = (year * 7 + month * 13) % 5 == 0 ? 0 : (year + month * 11) % 138;
      histogram.buckets.push_back(
          bucket(std::to_string(year) + (month < 10 ? "-0" : "-") + std::to_string(month), count));
    }
  }
  histogram.buckets[30].count = 137;
  return histogram;
}

Histogram days(int months) {
  Histogram histogram;
  histogram.name = "mentioned";
  histogram.by = Granularity::kDay;
  const int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  for (int month = 1; month <= months; ++month) {
    for (int day = 1; day <= lengths[month - 1]; ++day) {
      histogram.buckets.push_back(bucket("2023-" + std::string(month < 10 ? "0" : "") +
                                             std::to_string(month) + (day < 10 ? "-0" : "-") +
                                             std::to_string(day),
                                         static_cast<std::size_t>(day % 4)));
    }
  }
  return histogram;
}

XmlTree picture(const std::vector<Histogram>& histograms, std::string_view title = "Oil") {
  std::ostringstream out;
  write_svg_histograms(title, "subtitle", histograms, out);
  std::optional<XmlTree> tree = XmlTree::parse(out.str());
  EXPECT_TRUE(tree.has_value()) << out.str();
  if (!tree) std::abort();
  return std::move(*tree);
}

// The x-axis labels of a chart, left to right, as text and the span they are estimated to take.
struct DrawnLabel {
  std::string text;
  double left, right;
};
std::vector<DrawnLabel> axis_labels(const XmlTree& tree, const std::string& chart) {
  std::vector<DrawnLabel> labels;
  for (xmlNodePtr group : xml_descendants(xml_element_by_id(tree.root(), chart), "g")) {
    if (xml_attribute(group, "class") != "x-axis") continue;
    for (xmlNodePtr text : xml_descendants(group, "text")) {
      const double x = std::stod(*xml_attribute(text, "x"));
      const double half = text_width(xml_content(text), 11) / 2;
      labels.push_back({xml_content(text), x - half, x + half});
    }
  }
  return labels;
}

TEST(SvgChart, ABarPerNonemptyBucketWithItsCount) {
  const Histogram histogram = ten_years_by_month();
  const XmlTree tree = picture({histogram});
  std::set<std::string> expected, drawn;
  for (const FacetValue& value : histogram.buckets) {
    if (value.count > 0) {
      expected.insert(value.label + ": " + std::to_string(value.count) +
                      (value.count == 1 ? " article" : " articles"));
    }
  }
  for (xmlNodePtr rect : xml_descendants(tree.root(), "rect")) {
    if (xml_attribute(rect, "class") == "bar") drawn.insert(xml_content(xml_child(rect, "title")));
  }
  EXPECT_EQ(drawn, expected);
}

TEST(SvgChart, CountAxisHasRoundTicksUpToTheLargestCount) {
  const XmlTree tree = picture({ten_years_by_month()});
  std::vector<std::string> ticks;
  for (xmlNodePtr group : xml_descendants(tree.root(), "g")) {
    if (xml_attribute(group, "class") != "y-axis") continue;
    for (xmlNodePtr text : xml_descendants(group, "text")) ticks.push_back(xml_content(text));
  }
  EXPECT_EQ(ticks, (std::vector<std::string>{"0", "50", "100", "150"}));
}

TEST(SvgChart, TenYearsOfMonthsAreLabelledByYear) {
  const XmlTree tree = picture({ten_years_by_month()});
  std::vector<std::string> texts;
  for (const DrawnLabel& label : axis_labels(tree, "published")) texts.push_back(label.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"2015", "2016", "2017", "2018", "2019", "2020", "2021",
                                             "2022", "2023", "2024"}));
}

TEST(SvgChart, LabelsDoNotOverlap) {
  for (int months : {1, 3, 12}) {
    const XmlTree tree = picture({days(months)});
    const std::vector<DrawnLabel> labels = axis_labels(tree, "mentioned");
    EXPECT_GE(labels.size(), 3u) << months;
    for (std::size_t i = 1; i < labels.size(); ++i) {
      EXPECT_LT(labels[i - 1].right, labels[i].left)
          << months << ": " << labels[i - 1].text << " " << labels[i].text;
    }
  }
}

TEST(SvgChart, TextIsEscaped) {
  Histogram histogram;
  histogram.name = "published";
  histogram.by = Granularity::kYear;
  histogram.buckets = {bucket("2020", 3), bucket("2021", 0), bucket("2022", 1)};
  const XmlTree tree = picture({histogram}, "AT&T <\"fair\" 'trade'>");
  EXPECT_EQ(xml_content(xml_child(tree.root(), "title")), "AT&T <\"fair\" 'trade'>");
}

TEST(SvgChart, EmptyHistogramAndNoHistogramStillMakeAPicture) {
  Histogram empty;
  empty.name = "published";
  const XmlTree one = picture({empty});
  EXPECT_NE(xml_element_by_id(one.root(), "published"), nullptr);
  const XmlTree none = picture({});
  EXPECT_EQ(testing::xml_name(none.root()), "svg");
}

}  // namespace
}  // namespace newsindex
