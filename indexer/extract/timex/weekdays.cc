#include "weekdays.h"

#include <string>
#include <utility>

#include "month_day_dates.h"

namespace newsindex {
namespace {

// "Tuesday nights" -> XXXX-WXX-2TNI
void add_plural_part_of_day(const ScanText& s, TimexCandidate& c) {
  const std::size_t j = c.end_token;
  if (j < s.size() && s.is(j, Lex::PartOfDay) == false) {
    const std::string_view f = s.fold(j);
    static constexpr std::pair<std::string_view, const char*> kPlural[] = {
        {"mornings", "MO"}, {"afternoons", "AF"}, {"evenings", "EV"}, {"nights", "NI"}};
    for (const auto& [w, code] : kPlural) {
      if (f == w) {
        c.literal += std::string("T") + code;
        c.end_token = j + 1;
      }
    }
  }
}

// English plurals ("on Mondays") are recurring sets.
void read_plural_weekday(const ScanText& s, std::size_t i, LongestCandidate& out) {
  const std::string_view f = s.fold(i);
  const CalendarWord* stem = s.vocabulary().find(f.substr(0, f.size() - 1));
  if (stem != nullptr && stem->weekday != 0 && !stem->weekday_abbreviated) {
    TimexCandidate c =
        make_literal(i, i + 1, TimexType::Set, "XXXX-WXX-" + std::to_string(stem->weekday));
    add_plural_part_of_day(s, c);
    out.consider(c);
  }
}

// "Friday, April 11": the explicit date decides, the weekday only confirms.
bool read_weekday_with_date(const ScanText& s, std::size_t i, std::size_t k,
                            LongestCandidate& out) {
  LongestCandidate date;
  recognise_month_first(s, k, date);
  recognise_day_first(s, k, date);
  if (!date.found() || date.best().anchor == Anchor::Literal) return false;
  TimexCandidate c = date.best();
  c.first_token = i;
  out.consider(c);
  return true;
}

// "Sunday Times", "Tuesday Morning Quarterback": a capitalised word after the
// weekday makes it part of a name. "Times" is a name's word too, though the lexicon knows it
// from "three times".
bool part_of_name(const ScanText& s, std::size_t i) {
  return i + 1 < s.size() && s.token(i + 1).kind == TokenKind::Word && s.token(i + 1).capitalised &&
         !s.token(i + 1).paragraph_before && s.token(i + 1).space_before &&
         (s.lex(i + 1) == nullptr || s.fold(i + 1) == "times") && s.cal(i + 1) == nullptr &&
         s.vocabulary().is_english();
}

}  // namespace

void recognise_weekday(const ScanText& s, std::size_t i, LongestCandidate& out) {
  if (i >= s.size() || s.token(i).kind != TokenKind::Word) return;
  const CalendarWord* w = s.cal(i);
  const std::string_view f = s.fold(i);
  if (w == nullptr && f.size() > 3 && f.back() == 's' && s.token(i).capitalised) {
    read_plural_weekday(s, i, out);
    return;
  }
  if (w == nullptr || w->weekday == 0) return;
  std::size_t k = i + 1;
  if (w->weekday_abbreviated && s.punct(k, ".") && s.attached(k)) ++k;
  if (s.punct(k, ",")) ++k;
  if (read_weekday_with_date(s, i, k, out)) return;
  if (w->weekday_abbreviated || part_of_name(s, i)) return;
  TimexCandidate c = make_candidate(i, i + 1, TimexType::Date, Anchor::Weekday);
  c.weekday = w->weekday;
  c.unit = calendar::Granularity::Day;
  out.consider(c);
}

bool read_the_weekend(const ScanText& s, std::size_t the, LongestCandidate& out) {
  if (!s.is(the + 1, Lex::Weekend) || s.lex(the + 1)->plural) return false;
  TimexCandidate c = make_candidate(the, the + 2, TimexType::Date, Anchor::Weekday);
  c.weekday = 6;
  c.unit = calendar::Granularity::Weekend;
  out.consider(c);
  return true;
}

}  // namespace newsindex
