// Writing reports, apart from building them: every report is a plain view (views/), and a
// writer per output format turns each kind of view into text on a stream. A new format (CSV, an
// HTTP response) is one more writer: one file implementing ReportWriter, and its factory here.
#pragma once

#include <cstddef>
#include <memory>
#include <ostream>

#include "archive_summary.h"
#include "article_view.h"
#include "entity_list.h"
#include "entity_profile.h"
#include "search_view.h"

namespace newsindex {

// Version of the JSON documents the tools print. Bump it when a field changes meaning or goes
// away; adding a field does not need a bump.
inline constexpr int kJsonFormatVersion = 1;

class ReportWriter {
 public:
  virtual ~ReportWriter() = default;

  virtual void write(const SearchView& view) = 0;
  virtual void write(const EntityProfile& profile) = 0;
  virtual void write(const EntityList& list) = 0;
  // The parts the summary holds: the index facts, then the overview (written as a search).
  virtual void write(const ArchiveSummary& summary) = 0;
  // One whole article, its entities and dates marked in the text.
  virtual void write(const ArticleView& view) = 0;
};

// For people: aligned columns, highlighted snippets, bar charts.
struct HumanStyle {
  bool colour = false;
  std::size_t columns = 100;
};
[[nodiscard]] std::unique_ptr<ReportWriter> make_human_writer(std::ostream& out, HumanStyle style);

// For programs: one JSON document per report, documented in README.md.
[[nodiscard]] std::unique_ptr<ReportWriter> make_json_writer(std::ostream& out);

}  // namespace newsindex
