// The report of `newsquery batch`: a row per line of a watch list, with its counts per period.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "facet_report.h"

namespace newsindex {

struct BatchRow {
  std::size_t line = 0;  // in the watch list file, from 1
  std::string query;     // the line as written, trimmed
  // "FILE:LINE: message" when the line could not be run; the counts are then empty.
  std::string error;
  std::size_t total = 0;
  // YYYY-MM-DD of the first and last dated match; empty when no match has a date.
  std::string first;
  std::string last;
  // One count per BatchView::periods.
  std::vector<std::size_t> counts;
};

struct BatchView {
  std::string file;
  std::string where;  // the query shared by every line; empty for none
  Granularity by = Granularity::kMonth;
  // Every period from the earliest first date of the rows to the latest last date: rows share
  // columns, so that a spreadsheet lines them up.
  std::vector<std::string> periods;
  std::vector<BatchRow> rows;

  [[nodiscard]] std::size_t errors() const {
    std::size_t count = 0;
    for (const BatchRow& row : rows) count += row.error.empty() ? 0 : 1;
    return count;
  }
};

}  // namespace newsindex
