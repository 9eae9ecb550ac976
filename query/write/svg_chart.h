// Date histograms as SVG bar charts, stacked in one picture: the published and mentioned dates
// of a search (newsquery search --format svg) and an entity's timeline (newsquery entity --format
// svg). Each bar carries a tooltip "LABEL: N articles"; empty periods keep their room but get no
// bar.
#pragma once

#include <ostream>
#include <string_view>
#include <vector>

#include "entity_profile.h"
#include "facet_report.h"
#include "search_view.h"

namespace newsindex {

// `title` heads the picture, `subtitle` (may be empty) goes under it; a chart per histogram, in
// order, each in a <g id="NAME"> of its histogram's name.
void write_svg_histograms(std::string_view title, std::string_view subtitle,
                          const std::vector<Histogram>& histograms, std::ostream& out);

// The search's histograms under its query and total.
void write_search_svg(const SearchView& view, std::ostream& out);

// The entity's timeline under its name, type and articles.
void write_entity_svg(const EntityProfile& profile, std::ostream& out);

}  // namespace newsindex
