// Facets for people: value lists side by side in columns, date histograms as bar charts. Used by
// the human writer for search results and entity profiles.
#pragma once

#include <ostream>
#include <vector>

#include "facet_report.h"
#include "report_writer.h"

namespace newsindex {

// The width of one list's column for a terminal of style.columns.
[[nodiscard]] std::size_t facet_column_width(const HumanStyle& style);

// The lists side by side: a heading with the number of distinct values, then one row per rank,
// the value's name on the left of its column and its count on the right.
void write_facet_columns(const std::vector<const FacetList*>& lists, std::size_t column_width,
                         const HumanStyle& style, std::ostream& out);

// A heading ("Published, by month"), then one bar per bucket; runs of more than three empty
// buckets fold into one line.
void write_histogram(const Histogram& histogram, const HumanStyle& style, std::ostream& out);

// The whole report: how it was counted, entity lists, source and language lists, histograms.
void write_facet_report(const FacetReport& report, const HumanStyle& style, std::ostream& out);

}  // namespace newsindex
