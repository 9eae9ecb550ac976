#include "facet_report.h"

#include <algorithm>
#include <chrono>

#include "schema.h"

namespace newsindex {
namespace {

using namespace std::chrono;

// Names go into filters in double quotes, which QueryParser cannot escape.
std::string quoted(std::string_view name) {
  std::string out = "\"";
  for (char c : name) {
    if (c != '"') out.push_back(c);
  }
  return out + "\"";
}

// Elasticsearch's JLH score: how much more common the value is in the matches than in the
// archive, weighted by the absolute difference, so rare flukes do not dominate.
double jlh(std::size_t foreground, std::size_t foreground_size, std::size_t background,
           std::size_t background_size) {
  if (foreground_size == 0 || background == 0 || background_size == 0) return 0;
  double in_matches = static_cast<double>(foreground) / static_cast<double>(foreground_size);
  double in_archive = static_cast<double>(background) / static_cast<double>(background_size);
  if (in_matches <= in_archive) return 0;
  return (in_matches - in_archive) * (in_matches / in_archive);
}

void rank(FacetList& list, const FacetOptions& options) {
  auto by_count = [](const FacetValue& a, const FacetValue& b) {
    return a.count != b.count ? a.count > b.count : a.label < b.label;
  };
  auto by_score = [&](const FacetValue& a, const FacetValue& b) {
    return a.score != b.score ? a.score > b.score : by_count(a, b);
  };
  list.distinct = list.values.size();
  std::size_t keep = std::min(options.limit, list.values.size());
  if (options.order == FacetOrder::kSignificant) {
    std::partial_sort(list.values.begin(), list.values.begin() + static_cast<std::ptrdiff_t>(keep),
                      list.values.end(), by_score);
  } else {
    std::partial_sort(list.values.begin(), list.values.begin() + static_cast<std::ptrdiff_t>(keep),
                      list.values.end(), by_count);
  }
  list.values.resize(keep);
}

FacetList entity_list(const FacetCounter& counter, schema::EntityKind kind, std::string_view field,
                      const Xapian::Database& database, Xapian::doccount match_total,
                      const FacetOptions& options) {
  FacetList list{std::string(field), {}, 0};
  for (const auto& [key, named] : counter.entities(kind)) {
    FacetValue value;
    value.label = named.display;
    value.count = named.count;
    value.filter = std::string(field) + ":" + quoted("=" + named.display);
    if (options.order == FacetOrder::kSignificant) {
      value.background = database.get_termfreq(schema::entity_term(kind, key));
      value.score = jlh(value.count, match_total, value.background, database.get_doccount());
    }
    list.values.push_back(std::move(value));
  }
  rank(list, options);
  return list;
}

FacetList plain_list(const std::map<std::string, std::size_t>& counts, std::string_view field,
                     const Xapian::Database& database, Xapian::doccount match_total,
                     const FacetOptions& options, bool is_source) {
  FacetList list{std::string(field), {}, 0};
  TextFolder folder;
  // Sources that differ only in case or accents are one filter value, so one facet value.
  std::map<std::string, FacetValue> merged;
  for (const auto& [label, count] : counts) {
    std::string key = is_source ? folder.key(label) : label;
    auto [it, inserted] = merged.try_emplace(key);
    if (inserted) {
      it->second.label = label;
      it->second.filter = std::string(field) + ":" + (is_source ? quoted(label) : label);
      if (options.order == FacetOrder::kSignificant) {
        it->second.background = database.get_termfreq(is_source ? schema::source_term(key)
                                                                 : schema::language_term(key));
      }
    }
    it->second.count += count;
  }
  for (auto& [key, value] : merged) {
    value.score = jlh(value.count, match_total, value.background, database.get_doccount());
    list.values.push_back(std::move(value));
  }
  rank(list, options);
  return list;
}

std::string year_label(year y) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "%04d", static_cast<int>(y));
  return buffer;
}
std::string month_label(year_month m) {
  char buffer[12];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u", static_cast<int>(m.year()),
                static_cast<unsigned>(m.month()));
  return buffer;
}
std::string day_label(year_month_day d) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return buffer;
}

// Every period label from the one holding `first` to the one holding `last`.
std::vector<std::string> periods(year_month_day first, year_month_day last, Granularity by) {
  std::vector<std::string> labels;
  if (by == Granularity::kYear) {
    for (year y = first.year(); y <= last.year(); ++y) labels.push_back(year_label(y));
  } else if (by == Granularity::kMonth) {
    for (year_month m = first.year() / first.month(); m <= last.year() / last.month(); m += months{1}) {
      labels.push_back(month_label(m));
    }
  } else {
    for (sys_days d{first}; d <= sys_days{last}; d += days{1}) labels.push_back(day_label(year_month_day{d}));
  }
  return labels;
}

Granularity fitting(year_month_day first, year_month_day last) {
  auto span = (sys_days{last} - sys_days{first}).count();
  if (span > 3 * 366) return Granularity::kYear;
  if (span > 62) return Granularity::kMonth;
  return Granularity::kDay;
}

std::string label_at(const year_month_day& day, Granularity by) {
  if (by == Granularity::kYear) return year_label(day.year());
  if (by == Granularity::kMonth) return month_label(day.year() / day.month());
  return day_label(day);
}

Histogram published_histogram(const FacetCounter& counter, const FacetOptions& options) {
  Histogram histogram{"published", Granularity::kMonth, {}};
  const auto& days_counted = counter.published_days();
  std::optional<year_month_day> first, last;
  for (const auto& [value, count] : days_counted) {
    if (auto day = schema::parse_day_value(value)) {
      if (!first) first = day;
      last = day;
    }
  }
  if (!first) return histogram;
  histogram.by = options.by == Granularity::kAuto ? fitting(*first, *last) : options.by;
  std::map<std::string, std::size_t> totals;
  for (const auto& [value, count] : days_counted) {
    if (auto day = schema::parse_day_value(value)) totals[label_at(*day, histogram.by)] += count;
  }
  for (const std::string& label : periods(*first, *last, histogram.by)) {
    auto it = totals.find(label);
    histogram.buckets.push_back({label, it == totals.end() ? 0 : it->second,
                                 std::string(schema::kDateField) + ":" + label, 0, 0});
  }
  return histogram;
}

std::optional<year_month_day> day_of_label(const std::string& label) {
  int y = std::stoi(label.substr(0, 4));
  unsigned m = label.size() >= 7 ? static_cast<unsigned>(std::stoi(label.substr(5, 2))) : 1;
  unsigned d = label.size() >= 10 ? static_cast<unsigned>(std::stoi(label.substr(8, 2))) : 1;
  year_month_day day{year{y}, month{m}, std::chrono::day{d}};
  return day.ok() ? std::optional(day) : std::nullopt;
}

Histogram mentioned_histogram(const FacetCounter& counter, const FacetOptions& options) {
  Histogram histogram{"mentioned", Granularity::kMonth, {}};
  // Each precision has its own terms; a bucket's count is its term's document count.
  std::map<std::string, std::size_t> by_precision[3];
  for (const auto& [term, count] : counter.mentioned_terms()) {
    if (auto period = schema::parse_mentioned_term(term)) by_precision[period->precision][period->label] = count;
  }
  const auto& years = by_precision[schema::MentionedPeriod::kYear];
  if (years.empty()) return histogram;
  Granularity by = options.by;
  if (by == Granularity::kAuto) {
    int span = std::stoi(years.rbegin()->first) - std::stoi(years.begin()->first);
    by = span > 3 ? Granularity::kYear : Granularity::kMonth;
  }
  histogram.by = by;
  const auto& counts = by_precision[by == Granularity::kYear    ? schema::MentionedPeriod::kYear
                                    : by == Granularity::kMonth ? schema::MentionedPeriod::kMonth
                                                                : schema::MentionedPeriod::kDay];
  if (counts.empty()) return histogram;
  auto first = day_of_label(counts.begin()->first);
  auto last = day_of_label(counts.rbegin()->first);
  if (!first || !last) return histogram;
  for (const std::string& label : periods(*first, *last, by)) {
    auto it = counts.find(label);
    histogram.buckets.push_back({label, it == counts.end() ? 0 : it->second,
                                 std::string(schema::kMentionsField) + ":" + label, 0, 0});
  }
  return histogram;
}

}  // namespace

const char* granularity_name(Granularity by) {
  switch (by) {
    case Granularity::kYear: return "year";
    case Granularity::kMonth: return "month";
    case Granularity::kDay: return "day";
    case Granularity::kAuto: break;
  }
  return "auto";
}

FacetReport build_facet_report(const FacetCounter& counter, const Xapian::Database& database,
                               Xapian::doccount match_total, const FacetOptions& options) {
  FacetReport report;
  report.documents_counted = counter.documents_seen();
  report.exact = counter.documents_seen() == match_total;
  report.order = options.order;
  const FacetSelection& selection = options.selection;
  if (selection.person) {
    report.lists.push_back(entity_list(counter, schema::EntityKind::kPerson, schema::kPersonField,
                                       database, match_total, options));
  }
  if (selection.organisation) {
    report.lists.push_back(entity_list(counter, schema::EntityKind::kOrganisation,
                                       schema::kOrganisationField, database, match_total, options));
  }
  if (selection.place) {
    report.lists.push_back(entity_list(counter, schema::EntityKind::kPlace, schema::kPlaceField,
                                       database, match_total, options));
  }
  if (selection.source) {
    report.lists.push_back(plain_list(counter.sources(), schema::kSourceField, database,
                                      match_total, options, true));
  }
  if (selection.language) {
    report.lists.push_back(plain_list(counter.languages(), schema::kLanguageField, database,
                                      match_total, options, false));
  }
  if (selection.published) report.histograms.push_back(published_histogram(counter, options));
  if (selection.mentioned) report.histograms.push_back(mentioned_histogram(counter, options));
  return report;
}

}  // namespace newsindex
