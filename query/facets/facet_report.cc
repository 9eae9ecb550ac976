#include "facet_report.h"

#include <algorithm>
#include <chrono>
#include <limits>

#include "iso_week.h"
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

// A limit of 0 asks for every value.
std::size_t values_wanted(const FacetOptions& options) {
  return options.limit == 0 ? std::numeric_limits<std::size_t>::max() : options.limit;
}

void rank(FacetList& list, const FacetOptions& options) {
  auto by_count = [](const FacetValue& a, const FacetValue& b) {
    return a.count != b.count ? a.count > b.count : a.label < b.label;
  };
  auto by_score = [&](const FacetValue& a, const FacetValue& b) {
    return a.score != b.score ? a.score > b.score : by_count(a, b);
  };
  std::size_t keep = std::min(values_wanted(options), list.values.size());
  if (options.order == FacetOrder::kSignificant) {
    std::partial_sort(list.values.begin(), list.values.begin() + static_cast<std::ptrdiff_t>(keep),
                      list.values.end(), by_score);
  } else {
    std::partial_sort(list.values.begin(), list.values.begin() + static_cast<std::ptrdiff_t>(keep),
                      list.values.end(), by_count);
  }
  list.values.resize(keep);
}

// For --facet-order significant, only this many of the most frequent values are scored: each
// score costs a name and a term frequency lookup, and a value seen once is never significant.
constexpr std::size_t kSignificanceCandidates = 500;

// The term a named facet's value filter looks up.
std::string value_term(schema::NamedFacet facet, const schema::FacetName& name) {
  if (auto kind = schema::entity_kind_of(facet)) return schema::entity_term(*kind, name.key);
  if (facet == schema::NamedFacet::kSource) return schema::source_term(name.key);
  return schema::language_term(name.key);
}

FacetList named_list(const FacetCounter& counter, schema::NamedFacet facet, FacetNames& names,
                     const Xapian::Database& database, Xapian::doccount match_total,
                     const FacetOptions& options, const FacetCounter* archive) {
  FacetList list{std::string(schema::named_facet_info(facet).name), {}, 0};
  const OrdinalCounts& counts = counter.named(facet);
  const std::size_t candidates = options.order == FacetOrder::kSignificant
                                     ? std::max(kSignificanceCandidates, values_wanted(options))
                                     : values_wanted(options);
  // Values counted out again by the entity resolution, and values users hid, are not listed;
  // names are read only for the values kept.
  std::vector<schema::Ordinal> ranked = counts.ranked(
      candidates, [&](schema::Ordinal ordinal) { return names.hidden(facet, ordinal); });
  list.distinct = ranked.size();
  ranked.resize(std::min(candidates, ranked.size()));
  for (schema::Ordinal ordinal : ranked) {
    const schema::FacetName& name = names.find(facet, ordinal);
    FacetValue value;
    value.label = name.display;
    value.count = counts.count(ordinal);
    value.filter = value_filter(facet, name);
    if (options.order == FacetOrder::kSignificant) {
      value.background = archive != nullptr ? archive->named(facet).count(ordinal)
                                            : database.get_termfreq(value_term(facet, name));
      value.score = jlh(value.count, match_total, value.background, database.get_doccount());
    }
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

// Every period label from the one holding `first` to the one holding `last`.
std::vector<std::string> periods(year_month_day first, year_month_day last, Granularity by) {
  std::vector<std::string> labels;
  if (by == Granularity::kYear) {
    for (year y = first.year(); y <= last.year(); ++y) labels.push_back(year_label(y));
  } else if (by == Granularity::kMonth) {
    for (year_month m = first.year() / first.month(); m <= last.year() / last.month();
         m += months{1}) {
      labels.push_back(month_label(m));
    }
  } else if (by == Granularity::kWeek) {
    const sys_days end{*first_day_of(iso_week_of(last))};
    for (sys_days d{*first_day_of(iso_week_of(first))}; d <= end; d += weeks{1})
      labels.push_back(week_label(iso_week_of(year_month_day{d})));
  } else {
    for (sys_days d{first}; d <= sys_days{last}; d += days{1})
      labels.push_back(schema::day_label(year_month_day{d}));
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
  if (by == Granularity::kWeek) return week_label(iso_week_of(day));
  return schema::day_label(day);
}

year_month_day day_of_number(std::uint32_t number) {
  return year_month_day{year{static_cast<int>(number / 10000)}, month{number / 100 % 100},
                        day{number % 100}};
}

Histogram mentioned_histogram(const FacetCounter& counter, const FacetOptions& options) {
  Histogram histogram{"mentioned", Granularity::kMonth, {}};
  // Each precision has its own periods; a bucket's count is its period's document count.
  std::map<schema::PeriodCode, std::size_t> by_precision[4];
  counter.mentioned_periods().for_each([&](std::uint64_t key, std::size_t count) {
    auto code = static_cast<schema::PeriodCode>(key);
    by_precision[static_cast<std::size_t>(schema::period_precision(code)) % 4][code] = count;
  });
  const auto& years = by_precision[static_cast<std::size_t>(schema::PeriodPrecision::kYear)];
  if (years.empty()) return histogram;
  Granularity by = options.by;
  if (by == Granularity::kAuto) {
    auto year_of = [](schema::PeriodCode code) { return code % 100000000u / 10000; };
    by = year_of(years.rbegin()->first) - year_of(years.begin()->first) > 3 ? Granularity::kYear
                                                                            : Granularity::kMonth;
  }
  // The index keeps mentioned periods as years, months and days: an article's mentions are
  // counted once per period, which days cannot be summed into weeks, so weeks show as days.
  if (by == Granularity::kWeek) by = Granularity::kDay;
  histogram.by = by;
  schema::PeriodPrecision precision = by == Granularity::kYear    ? schema::PeriodPrecision::kYear
                                      : by == Granularity::kMonth ? schema::PeriodPrecision::kMonth
                                                                  : schema::PeriodPrecision::kDay;
  const auto& counts = by_precision[static_cast<std::size_t>(precision)];
  if (counts.empty()) return histogram;
  auto first_day = [](schema::PeriodCode code) {
    std::uint32_t date = code % 100000000u;
    return year_month_day{year{static_cast<int>(date / 10000)},
                          month{std::max(1u, date / 100 % 100)}, day{std::max(1u, date % 100)}};
  };
  std::map<std::string, std::size_t> by_label;
  for (const auto& [code, count] : counts) by_label[schema::period_label(code)] = count;
  for (const std::string& label :
       periods(first_day(counts.begin()->first), first_day(counts.rbegin()->first), by)) {
    auto it = by_label.find(label);
    histogram.buckets.push_back({label, it == by_label.end() ? 0 : it->second,
                                 std::string(schema::kMentionsField) + ":" + label, 0, 0});
  }
  return histogram;
}

}  // namespace

std::string value_filter(schema::NamedFacet facet, const schema::FacetName& name) {
  if (auto kind = schema::entity_kind_of(facet)) {
    return std::string(schema::entity_kind_info(*kind).field) + ":" +
           quoted(std::string_view("=" + name.display));
  }
  if (facet == schema::NamedFacet::kSource) {
    return std::string(schema::kSourceField) + ":" + quoted(std::string_view(name.display));
  }
  return std::string(schema::kLanguageField) + ":" + name.key;
}

std::optional<PublishedSpan> published_span(const FacetCounter& counter) {
  std::optional<PublishedSpan> span;
  counter.published_days().for_each([&](std::uint64_t number, std::size_t) {
    year_month_day day = day_of_number(static_cast<std::uint32_t>(number));
    if (!day.ok()) return;
    if (!span) {
      span = PublishedSpan{day, day};
    } else {
      span->first = std::min(span->first, day);
      span->last = std::max(span->last, day);
    }
  });
  return span;
}

std::vector<std::string> period_labels(year_month_day first, year_month_day last, Granularity by) {
  return periods(first, last, by == Granularity::kAuto ? fitting(first, last) : by);
}

Histogram published_histogram(const FacetCounter& counter, Granularity by) {
  Histogram histogram{"published", Granularity::kMonth, {}};
  const std::optional<PublishedSpan> span = published_span(counter);
  if (!span) return histogram;
  histogram.by = by == Granularity::kAuto ? fitting(span->first, span->last) : by;
  std::map<std::string, std::size_t> totals;
  counter.published_days().for_each([&](std::uint64_t number, std::size_t count) {
    year_month_day day = day_of_number(static_cast<std::uint32_t>(number));
    if (day.ok()) totals[label_at(day, histogram.by)] += count;
  });
  for (const std::string& label : periods(span->first, span->last, histogram.by)) {
    auto it = totals.find(label);
    histogram.buckets.push_back({label, it == totals.end() ? 0 : it->second,
                                 std::string(schema::kDateField) + ":" + label, 0, 0});
  }
  return histogram;
}

const char* granularity_name(Granularity by) {
  switch (by) {
    case Granularity::kYear:
      return "year";
    case Granularity::kMonth:
      return "month";
    case Granularity::kWeek:
      return "week";
    case Granularity::kDay:
      return "day";
    case Granularity::kAuto:
      break;
  }
  return "auto";
}

FacetReport build_facet_report(const FacetCounter& counter, FacetNames& names,
                               const Xapian::Database& database, Xapian::doccount match_total,
                               const FacetOptions& options, const FacetCounter* archive) {
  FacetReport report;
  report.documents_counted = counter.documents_seen();
  report.exact = counter.documents_seen() == match_total;
  report.from_totals = counter.from_totals();
  report.order = options.order;
  const FacetSelection& selection = options.selection;
  for (const schema::NamedFacetInfo& info : schema::kNamedFacets) {
    if (!selection.named(info.facet)) continue;
    report.lists.push_back(
        named_list(counter, info.facet, names, database, match_total, options, archive));
  }
  if (selection.published) report.histograms.push_back(published_histogram(counter, options.by));
  if (selection.mentioned) report.histograms.push_back(mentioned_histogram(counter, options));
  return report;
}

}  // namespace newsindex
