#include "clock_times.h"

#include <cstdint>
#include <optional>

#include "year_support.h"

namespace newsindex {
namespace {

enum class Meridiem : std::uint8_t { None, Am, Pm };

// "noon", "midnight": clock times, placed on the day in focus like "2 p.m.".
bool read_noon_or_midnight(const ScanText& s, std::size_t i, LongestCandidate& out) {
  // "High Noon", "high noon comes today": the idiom, not a clock time.
  if (s.kind(i) == Lex::Noon && i > 0 && s.word(i - 1, "high")) return true;
  if (s.kind(i) != Lex::Noon && s.kind(i) != Lex::Midnight) return false;
  TimexCandidate c = make_candidate(i, i + 1, TimexType::Time, Anchor::SentenceDate);
  c.hour = s.kind(i) == Lex::Noon ? 12 : 24;
  c.minute = 0;
  out.consider(c);
  return true;
}

// "a.m.", "pm", "o'clock", "Uhr", "h" after the hour (and minutes) at j. Returns the end token,
// or nothing when no clock word follows a time without a colon.
std::optional<std::size_t> read_clock_word(const ScanText& s, std::size_t j, bool colon,
                                           Meridiem& meridiem) {
  if ((s.word(j, "a") || s.word(j, "p")) && s.punct(j + 1, ".") && s.attached(j + 1) &&
      s.word(j + 2, "m") && s.attached(j + 2)) {
    meridiem = s.word(j, "a") ? Meridiem::Am : Meridiem::Pm;
    j += 3;
    // The final stop of "p.m." may also end the sentence; keep it only when
    // a zone or date follows or nothing capitalised starts a new sentence.
    if (s.punct(j, ".") && s.attached(j) &&
        (!(j + 1 < s.size() && s.token(j + 1).capitalised && s.token(j + 1).space_before) ||
         s.is(j + 1, Lex::TimeZone) || (j + 1 < s.size() && s.cal(j + 1) != nullptr)))
      ++j;
    return j;
  }
  if (s.word(j, "am") || s.word(j, "pm")) {
    if (s.word(j, "am") && s.token(j).capitalised && !colon)
      return std::nullopt;  // "5 AM" is fine but "5 Am..." is a name
    meridiem = s.word(j, "am") ? Meridiem::Am : Meridiem::Pm;
    return j + 1;
  }
  if (s.is(j, Lex::OClock) || s.word(j, "uhr") || s.word(j, "h")) return j + 1;
  if (!colon) return std::nullopt;
  return j;
}

}  // namespace

void recognise_clock_time(const ScanText& s, std::size_t i, LongestCandidate& out) {
  if (read_noon_or_midnight(s, i, out)) return;
  // "1530 EST", "2100 hrs", "from 1800 to 2100 local time"; not the same time restated in
  // another zone ("10:35 a.m. (0735 GMT)", "1530 EST/2030 GMT").
  if (const auto t = four_digit_clock_time(s, i)) {
    if (i > 0 && (s.punct(i - 1, "(") || (s.punct(i - 1, "/") && s.attached(i)))) return;
    TimexCandidate c = make_candidate(i, t->end, TimexType::Time, Anchor::SentenceDate);
    c.hour = t->hour;
    c.minute = t->minute;
    c.utc = t->utc;
    out.consider(c);
    return;
  }
  if (!s.is_number(i) || s.token(i).digits > 2 || s.token(i).number > 24 || s.chained_left(i) ||
      s.after_currency(i))
    return;
  int hour = static_cast<int>(s.token(i).number), minute = 0;
  std::size_t j = i + 1;
  bool colon = false;
  const std::string_view suffix = s.number_suffix(i);
  Meridiem meridiem = Meridiem::None;
  if (suffix == "am" || suffix == "a")
    meridiem = Meridiem::Am;
  else if (suffix == "pm" || suffix == "p")
    meridiem = Meridiem::Pm;
  else if (!suffix.empty())
    return;
  // "3p" is pence ("Div 3p vs 2.5p") unless "at" or a time zone makes it "3 p.m." ("at 3p ET").
  if ((suffix == "a" || suffix == "p") && !s.is(j, Lex::TimeZone) &&
      !(i > 0 && s.is(i - 1, Lex::At)))
    return;
  if (meridiem == Meridiem::None && (s.punct(j, ":") || s.punct(j, ".")) && s.attached(j) &&
      s.plain_number(j + 1, 2, 2) && s.attached(j + 1) && s.token(j + 1).number < 60) {
    colon = s.punct(j, ":");
    if (!colon && !(s.word(j + 2, "a") || s.word(j + 2, "p") || s.word(j + 2, "am") ||
                    s.word(j + 2, "pm") || s.word(j + 2, "uhr") || s.word(j + 2, "h")))
      return;  // "2.27" is a decimal unless a clock word follows
    minute = static_cast<int>(s.token(j + 1).number);
    j += 2;
    if (s.chained_right(j)) return;
  }
  if (meridiem == Meridiem::None) {
    const auto end = read_clock_word(s, j, colon, meridiem);
    if (!end) return;
    j = *end;
  }
  if (meridiem != Meridiem::None && (hour < 1 || hour > 12)) return;
  if (meridiem == Meridiem::Pm && hour < 12) hour += 12;
  if (meridiem == Meridiem::Am && hour == 12) hour = 0;
  if (hour > 24 || minute > 59) return;
  TimexCandidate c = make_candidate(i, j, TimexType::Time, Anchor::SentenceDate);
  c.hour = hour;
  c.minute = minute;
  if (s.is(j, Lex::TimeZone)) {
    c.utc = s.lex_value(j) == 1;
    c.end_token = j + 1;
  }
  out.consider(c);
}

}  // namespace newsindex
