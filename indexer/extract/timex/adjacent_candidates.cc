#include "adjacent_candidates.h"

#include <optional>
#include <utility>

#include "date_fields.h"

namespace newsindex {
namespace {

using calendar::Granularity;

[[nodiscard]] bool is_day_date(const TimexCandidate& c) {
  if (c.type != TimexType::Date || c.unit != Granularity::Day) return false;
  return c.anchor == Anchor::Weekday || c.anchor == Anchor::Offset ||
         ((c.anchor == Anchor::Absolute || c.anchor == Anchor::Yearless) && c.day != 0);
}

// "Friday morning", "yesterday afternoon". After a weekday "night" joins the span but not the
// value: news uses "Friday night" for the date itself (TimeBank annotates most of them as plain
// dates, mostly with "night" in the span).
void add_part_of_day(const ScanText& s, TimexCandidate& c, std::size_t next_first) {
  if (!is_day_date(c) || c.part_of_day != nullptr || c.hour >= 0 || c.end_token >= next_first ||
      !s.is(c.end_token, Lex::PartOfDay))
    return;
  if (s.lex_value(c.end_token) != 3) {
    c.part_of_day = s.part_of_day_code(c.end_token);
    c.type = TimexType::Time;
    ++c.end_token;
  } else if (c.anchor == Anchor::Weekday) {
    ++c.end_token;
  }
}

// "10 p.m. Wednesday", "5 p.m. EST, Nov. 9": the clock time on the day that follows it.
std::optional<TimexCandidate> time_on_day(const ScanText& s, const TimexCandidate& time,
                                          const TimexCandidate& next) {
  if (time.anchor != Anchor::SentenceDate) return std::nullopt;
  std::size_t gap = time.end_token;
  if (s.punct(gap, ",") || s.is(gap, Lex::On)) ++gap;
  if (next.first_token != gap || !is_day_date(next) || next.part_of_day != nullptr)
    return std::nullopt;
  TimexCandidate d = next;
  d.first_token = time.first_token;
  d.hour = time.hour;
  d.minute = time.minute;
  d.utc = time.utc;
  d.type = TimexType::Time;
  return d;
}

// "last Friday, Feb. 27", "this coming Sunday, March eighth": a weekday read with its modifier,
// then the date it falls on, one expression; the date decides, as in "Friday, April 11".
std::optional<TimexCandidate> weekday_then_date(const ScanText& s, const TimexCandidate& day,
                                                const TimexCandidate& next) {
  if (day.anchor != Anchor::Weekday || day.unit != Granularity::Day || day.part_of_day != nullptr ||
      !s.punct(day.end_token, ",") || next.first_token != day.end_token + 1)
    return std::nullopt;
  if (!(next.anchor == Anchor::Absolute || next.anchor == Anchor::Yearless) ||
      next.unit != Granularity::Day || next.day == 0 || next.holiday != 0 ||
      next.part_of_day != nullptr || next.hour >= 0)
    return std::nullopt;
  TimexCandidate d = next;
  d.first_token = day.first_token;
  return d;
}

// "April 24 and 25": the second day of the month is a date of its own.
std::optional<TimexCandidate> second_day(const ScanText& s, const TimexCandidate& c,
                                         std::size_t next_first) {
  const std::size_t e = c.end_token;
  if (!(c.type == TimexType::Date &&
        (c.anchor == Anchor::Absolute || c.anchor == Anchor::Yearless) &&
        c.unit == Granularity::Day && c.month != 0 && c.day != 0 && c.holiday == 0 &&
        c.part_of_day == nullptr && c.hour < 0 && (s.word(e, "and") || s.word(e, "or")) &&
        e + 1 < next_first))
    return std::nullopt;
  const auto d = day_at(s, e + 1);
  const bool closed = e + 2 >= s.size() || s.punct(e + 2, ".") || s.punct(e + 2, ",") ||
                      s.punct(e + 2, ";") || s.punct(e + 2, ")");
  if (!(d && *d > c.day && closed && e + 2 <= next_first &&
        calendar::is_valid(c.year != 0 ? c.year : 2000, c.month, *d)))
    return std::nullopt;
  TimexCandidate second = c;
  second.first_token = e + 1;
  second.end_token = e + 2;
  second.day = *d;
  return second;
}

}  // namespace

void compose_adjacent(const ScanText& s, std::vector<TimexCandidate>& candidates) {
  std::vector<TimexCandidate> merged;
  merged.reserve(candidates.size());
  for (std::size_t k = 0; k < candidates.size(); ++k) {
    TimexCandidate c = candidates[k];
    const bool last = k + 1 == candidates.size();
    std::size_t next_first = last ? s.size() : candidates[k + 1].first_token;
    add_part_of_day(s, c, next_first);
    if (!last) {
      if (auto joined = time_on_day(s, c, candidates[k + 1])) {
        merged.push_back(std::move(*joined));
        ++k;
        continue;
      }
      if (auto joined = weekday_then_date(s, c, candidates[k + 1])) {
        c = std::move(*joined);
        ++k;
        next_first = k + 1 == candidates.size() ? s.size() : candidates[k + 1].first_token;
      }
    }
    merged.push_back(c);
    if (auto second = second_day(s, c, next_first)) merged.push_back(std::move(*second));
  }
  candidates.swap(merged);
}

}  // namespace newsindex
