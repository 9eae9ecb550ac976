#include "batch_writer.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "csv_writer.h"
#include "report_writer.h"
#include "terminal_text.h"

namespace newsindex {

void write_batch_csv(const BatchView& view, std::ostream& out) {
  out << "line,query,error,total,first,last";
  for (const std::string& period : view.periods) out << ',' << period;
  out << "\r\n";
  for (const BatchRow& row : view.rows) {
    out << row.line << ',' << csv_field(row.query) << ',' << csv_field(row.error) << ',';
    // An error row leaves its counts empty rather than 0: nothing was counted.
    if (row.error.empty()) out << row.total;
    out << ',' << row.first << ',' << row.last;
    for (std::size_t i = 0; i < view.periods.size(); ++i) {
      out << ',';
      if (i < row.counts.size()) out << row.counts[i];
    }
    out << "\r\n";
  }
}

void write_batch_json(const BatchView& view, std::ostream& out) {
  using Json = nlohmann::ordered_json;
  Json rows = Json::array();
  for (const BatchRow& row : view.rows) {
    Json item = {{"line", row.line}, {"query", row.query}};
    if (!row.error.empty()) {
      item["error"] = row.error;
    } else {
      item["total"] = row.total;
      item["first"] = row.first.empty() ? Json(nullptr) : Json(row.first);
      item["last"] = row.last.empty() ? Json(nullptr) : Json(row.last);
      item["counts"] = row.counts;
    }
    rows.push_back(std::move(item));
  }
  Json document = {{"version", kJsonFormatVersion}, {"file", view.file},
                   {"where", view.where},           {"by", granularity_name(view.by)},
                   {"periods", view.periods},       {"errors", view.errors()},
                   {"rows", std::move(rows)}};
  out << document.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

void write_batch_human(const BatchView& view, std::ostream& out) {
  // Long queries would push every count off the screen: they are cut, the CSV keeps them whole.
  constexpr std::size_t kQueryWidth = 32;
  std::vector<std::vector<std::string>> table;
  std::vector<std::string> header{"line", "query", "total", "first", "last"};
  header.insert(header.end(), view.periods.begin(), view.periods.end());
  table.push_back(header);
  for (const BatchRow& row : view.rows) {
    std::vector<std::string> cells{std::to_string(row.line), fit_to_width(row.query, kQueryWidth)};
    if (!row.error.empty()) {
      cells.emplace_back("error");
    } else {
      cells.insert(cells.end(), {std::to_string(row.total), row.first.empty() ? "-" : row.first,
                                 row.last.empty() ? "-" : row.last});
      for (std::size_t count : row.counts) cells.push_back(std::to_string(count));
    }
    table.push_back(std::move(cells));
  }
  std::vector<std::size_t> widths(header.size(), 0);
  for (const auto& cells : table) {
    for (std::size_t i = 0; i < cells.size(); ++i)
      widths[i] = std::max(widths[i], display_width(cells[i]));
  }
  for (const auto& cells : table) {
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i > 0) line += "  ";
      // Text columns align left, numbers right.
      const std::size_t pad = widths[i] - display_width(cells[i]);
      if (i == 1 || (i >= 3 && i <= 4)) {
        line += pad_to_width(cells[i], widths[i]);
      } else {
        line += std::string(pad, ' ') + cells[i];
      }
    }
    out << line.substr(0, line.find_last_not_of(' ') + 1) << '\n';
  }
  if (view.errors() > 0) {
    out << '\n';
    for (const BatchRow& row : view.rows) {
      if (!row.error.empty()) out << row.error << '\n';
    }
  }
}

}  // namespace newsindex
