#include "surge_writer.h"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "csv_writer.h"
#include "report_writer.h"
#include "terminal_text.h"

namespace newsindex {
namespace {

std::string lift_text(double lift) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, lift >= 100 ? "x%.0f" : "x%.1f", lift);
  return buffer;
}

}  // namespace

double surge_lift(const FacetValue& value, const SurgePeriod& period, std::size_t archive_size) {
  if (period.period.count == 0 || value.background == 0 || archive_size == 0) return 0;
  return (static_cast<double>(value.count) / static_cast<double>(period.period.count)) /
         (static_cast<double>(value.background) / static_cast<double>(archive_size));
}

void write_surges_csv(const SurgeView& view, std::ostream& out) {
  out << "period,period_filter,period_matches,facet,rank,value,count,background_count,score,lift,"
         "filter\r\n";
  for (const SurgePeriod& period : view.periods) {
    for (const FacetList& list : period.lists) {
      for (std::size_t i = 0; i < list.values.size(); ++i) {
        const FacetValue& value = list.values[i];
        char numbers[64];
        std::snprintf(numbers, sizeof numbers, "%.6g,%.6g", value.score,
                      surge_lift(value, period, view.archive_size));
        out << period.period.label << ',' << csv_field(period.period.filter) << ','
            << period.period.count << ',' << list.name << ',' << i + 1 << ','
            << csv_field(value.label) << ',' << value.count << ',' << value.background << ','
            << numbers << ',' << csv_field(value.filter) << "\r\n";
      }
    }
  }
}

void write_surges_json(const SurgeView& view, std::ostream& out) {
  using Json = nlohmann::ordered_json;
  Json periods = Json::array();
  for (const SurgePeriod& period : view.periods) {
    Json facets = Json::object();
    for (const FacetList& list : period.lists) {
      Json values = Json::array();
      for (const FacetValue& value : list.values) {
        values.push_back({{"value", value.label},
                          {"count", value.count},
                          {"background_count", value.background},
                          {"score", value.score},
                          {"lift", surge_lift(value, period, view.archive_size)},
                          {"filter", value.filter}});
      }
      facets[list.name] = std::move(values);
    }
    periods.push_back({{"period", period.period.label},
                       {"filter", period.period.filter},
                       {"count", period.period.count},
                       {"facets", std::move(facets)}});
  }
  Json document = {{"version", kJsonFormatVersion},
                   {"query", view.query_text},
                   {"stem_language", view.stem_language},
                   {"by", granularity_name(view.by)},
                   {"total", view.total},
                   {"archive_size", view.archive_size},
                   {"top", view.top},
                   {"min_count", view.min_count},
                   {"periods", std::move(periods)}};
  out << document.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

void write_surges_human(const SurgeView& view, std::ostream& out, bool colour) {
  constexpr std::size_t kNameWidth = 36;
  const char* bold = colour ? sgr::kBold : "";
  const char* reset = colour ? sgr::kReset : "";
  out << (view.query_text.empty() ? std::string("All articles") : "'" + view.query_text + "'")
      << ": " << view.total << " of " << view.archive_size << " articles; per "
      << granularity_name(view.by) << ", the " << view.top
      << " most over-represented of each kind (named in " << view.min_count
      << " or more of the period's articles)\n";
  std::size_t kind_width = 0;
  for (const SurgePeriod& period : view.periods) {
    for (const FacetList& list : period.lists)
      kind_width = std::max(kind_width, display_width(list.name));
  }
  bool any = false;
  for (const SurgePeriod& period : view.periods) {
    if (period.period.count == 0) continue;
    any = true;
    out << '\n'
        << bold << period.period.label << reset << "  " << period.period.count
        << (period.period.count == 1 ? " article" : " articles") << '\n';
    bool listed = false;
    for (const FacetList& list : period.lists) {
      for (std::size_t i = 0; i < list.values.size(); ++i) {
        const FacetValue& value = list.values[i];
        const std::string kind = i == 0 ? list.name : "";
        const std::string name = fit_to_width(value.label, kNameWidth);
        const std::string count = std::to_string(value.count);
        out << "  " << kind << std::string(kind_width - display_width(kind), ' ') << "  " << name
            << std::string(kNameWidth - display_width(name), ' ')
            << std::string(6 - std::min<std::size_t>(6, count.size()), ' ') << count << "  "
            << lift_text(surge_lift(value, period, view.archive_size)) << '\n';
        listed = true;
      }
    }
    if (!listed) out << "  (no entity stands out)\n";
  }
  if (!any) out << "\nNo dated article matches.\n";
}

}  // namespace newsindex
