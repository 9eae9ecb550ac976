// Facets for people: value lists with the filter that selects each value, date histograms as bar
// charts. Used by the human writer for search results and entity profiles.
#pragma once

#include <ostream>
#include <vector>

#include "facet_report.h"
#include "report_writer.h"

namespace newsindex {

// The lists one after another: a heading with the number of distinct values, then one row per
// value: its name, its count, and the filter that drills down to it, aligned in columns across
// the lists. Names get the width the terminal leaves; a filter is never cut, so that it can be
// copied.
void write_facet_lists(const std::vector<const FacetList*>& lists, const HumanStyle& style,
                       std::ostream& out);

// A heading ("Published, by month"), then one bar per bucket; runs of more than three empty
// buckets fold into one line.
void write_histogram(const Histogram& histogram, const HumanStyle& style, std::ostream& out);

// The whole report: how it was counted, entity lists, source and language lists, histograms.
void write_facet_report(const FacetReport& report, const HumanStyle& style, std::ostream& out);

}  // namespace newsindex
