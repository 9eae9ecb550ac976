#include "holidays.h"

#include <cstdint>
#include <optional>

#include "date_fields.h"

namespace newsindex {
namespace {

struct HolidayName {
  unsigned month = 0, day = 0;  // for movable feasts an approximate day, used to pick the year
  std::uint8_t code = kNoHoliday;
  std::size_t end = 0;
  bool bare = false;  // a lone "Christmas"/"Easter"/"Thanksgiving" needs a temporal context
};

// The holiday whose name starts at i; each word capitalised as in the name.
std::optional<HolidayName> holiday_name_at(const ScanText& s, std::size_t i) {
  const std::string_view f = s.fold(i);
  auto cap = [&](std::size_t k, std::string_view w) {
    return k < s.size() && s.token(k).capitalised && s.fold(k) == w;
  };
  HolidayName h;
  h.end = i + 1;
  if (f == "thanksgiving") {
    h.month = 11, h.day = 25, h.code = kThanksgiving;
    if (cap(h.end, "day"))
      ++h.end;
    else
      h.bare = true;
  } else if (f == "christmas") {
    h.month = 12, h.day = 25;
    if (cap(h.end, "day"))
      ++h.end;
    else if (cap(h.end, "eve"))
      ++h.end, h.day = 24;
    else
      h.bare = true;
  } else if (f == "new" && cap(i + 1, "year's") && (cap(i + 2, "day") || cap(i + 2, "eve"))) {
    h.month = cap(i + 2, "day") ? 1 : 12, h.day = cap(i + 2, "day") ? 1 : 31;
    h.end = i + 3;
  } else if (f == "halloween") {
    h.month = 10, h.day = 31, h.bare = true;
  } else if (f == "valentine's" && cap(i + 1, "day")) {
    h.month = 2, h.day = 14, h.end = i + 2;
  } else if (f == "boxing" && cap(i + 1, "day")) {
    h.month = 12, h.day = 26, h.end = i + 2;
  } else if (f == "election" && cap(i + 1, "day")) {
    h.month = 11, h.day = 5, h.code = kElectionDay, h.end = i + 2;
  } else if (f == "memorial" && cap(i + 1, "day")) {
    h.month = 5, h.day = 28, h.code = kMemorialDay, h.end = i + 2;
  } else if (f == "labor" && cap(i + 1, "day")) {
    h.month = 9, h.day = 4, h.code = kLaborDay, h.end = i + 2;
  } else if (f == "good" && cap(i + 1, "friday")) {
    h.month = 4, h.day = 1, h.code = kGoodFriday, h.end = i + 2;
  } else if (f == "easter") {
    h.month = 4, h.day = 3, h.code = kEasterSunday;
    if (cap(h.end, "sunday"))
      ++h.end;
    else if (cap(h.end, "monday"))
      ++h.end, h.code = kEasterMonday;
    else
      h.bare = true;
  } else if (f == "fourth" && s.word(i + 1, "of") && cap(i + 2, "july")) {
    h.month = 7, h.day = 4, h.end = i + 3;
  } else {
    return std::nullopt;
  }
  return h;
}

bool is_this_last_or_next(const ScanText& s, std::size_t i) {
  return s.is(i, Lex::Last) || s.is(i, Lex::Next) || s.is(i, Lex::This);
}

// "by Christmas", "Easter," but not "Christmas tree" or "Easter Island".
bool bare_name_is_a_date(const ScanText& s, std::size_t i, std::size_t end) {
  const bool prep_before =
      i > 0 && (s.is(i - 1, Lex::Before) || s.is(i - 1, Lex::After) || s.is(i - 1, Lex::On) ||
                s.is(i - 1, Lex::At) || s.is(i - 1, Lex::Over) || s.is(i - 1, Lex::During) ||
                is_this_last_or_next(s, i - 1) || s.word(i - 1, "by") || s.word(i - 1, "until") ||
                s.word(i - 1, "till") || s.word(i - 1, "since") || s.word(i - 1, "around") ||
                s.word(i - 1, "for"));
  const bool word_after = end < s.size() && s.token(end).kind == TokenKind::Word &&
                          s.token(end).space_before && !s.token(end).paragraph_before &&
                          !s.is(end, Lex::And) && !s.is(end, Lex::Or);
  const bool deictic = i > 0 && is_this_last_or_next(s, i - 1);
  return prep_before && (!word_after || deictic);
}

}  // namespace

bool holiday_word(std::string_view f) {
  return f == "thanksgiving" || f == "christmas" || f == "new" || f == "halloween" ||
         f == "valentine's" || f == "election" || f == "memorial" || f == "labor" ||
         f == "easter" || f == "good" || f == "boxing" || f == "fourth";
}

void recognise_holiday(const ScanText& s, std::size_t i, LongestCandidate& out) {
  if (!s.vocabulary().is_english() || !s.token(i).capitalised || !holiday_word(s.fold(i))) return;
  const auto h = holiday_name_at(s, i);
  if (!h || (h->bare && !bare_name_is_a_date(s, i, h->end))) return;
  TimexCandidate c = make_candidate(i, h->end, TimexType::Date, Anchor::Yearless);
  c.month = h->month;
  c.day = h->day;
  c.holiday = h->code;
  c.unit = calendar::Granularity::Day;
  if (i > 0 && is_this_last_or_next(s, i - 1)) {
    c.first_token = i - 1;
    c.direction = s.is(i - 1, Lex::Last)   ? Direction::Past
                  : s.is(i - 1, Lex::Next) ? Direction::Future
                                           : Direction::This;
  }
  // "Christmas 2024", "Easter of 1916"
  std::size_t k = c.end_token;
  if (s.punct(k, ",") || s.is(k, Lex::Of)) ++k;
  if (const auto y = year_at(s, k)) {
    c.anchor = Anchor::Absolute;
    c.year = *y;
    c.end_token = k + 1;
    c.direction = Direction::ByTense;
    c.first_token = i;
  }
  out.consider(c);
}

}  // namespace newsindex
