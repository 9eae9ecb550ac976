#include "durations.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>

#include "count_phrases.h"
#include "duration_spelling.h"

namespace newsindex {
namespace {

// A count and its unit with the words around them.
struct AmountOfUnit {
  Count count;
  bool range = false;  // "two to three weeks", "12 or 18 months": the first figure is kept
  bool half = false;   // "2 1/2 years", "two and a half years", "a minute and a half"
  DurationUnit unit = DurationUnit::Day;
  bool plural = false;
  std::size_t first = 0, unit_at = 0, end = 0;
};

// Offsets in "N decades ago" are counted in years so the value stays a year.
long unit_multiplier(DurationUnit u) {
  switch (u) {
    case DurationUnit::Fortnight:
      return 2;
    case DurationUnit::Decade:
      return 10;
    case DurationUnit::Century:
      return 100;
    default:
      return 1;
  }
}

// "2 1/2 years", "a minute and a half": the unit plus half of it, spelled
// with the next smaller unit as TimeBank does (P2Y6M, PT1M30S).
std::optional<std::string> half_duration(long count, DurationUnit unit) {
  if (count < 0) return std::nullopt;
  const std::string n = std::to_string(count);
  switch (unit) {
    case DurationUnit::Minute:
      return "PT" + n + "M30S";
    case DurationUnit::Hour:
      return "PT" + n + "H30M";
    case DurationUnit::Day:
      return "P" + n + "DT12H";
    case DurationUnit::Year:
      return "P" + n + "Y6M";
    case DurationUnit::Decade:
      return "P" + std::to_string(count * 10 + 5) + "Y";
    case DurationUnit::Century:
      return "P" + std::to_string(count * 100 + 50) + "Y";
    default:
      return std::nullopt;
  }
}

// "half a year", "half an hour", "a half-hour": half of one unit, spelled in the next smaller unit.
std::optional<std::string> half_of_one(DurationUnit unit) {
  switch (unit) {
    case DurationUnit::Minute:
      return "PT30S";
    case DurationUnit::Hour:
      return "PT30M";
    case DurationUnit::Day:
      return "PT12H";
    case DurationUnit::Year:
      return "P6M";
    case DurationUnit::Decade:
      return "P5Y";
    case DurationUnit::Century:
      return "P50Y";
    default:
      return std::nullopt;
  }
}

bool read_half_of_one(const ScanText& s, std::size_t i, LongestCandidate& out) {
  if (!s.word(i, "half")) return false;
  std::size_t first = i, u = 0;
  if (s.is(i + 1, Lex::Article) && s.is(i + 2, Lex::Unit)) {  // "half a year"
    u = i + 2;
  } else if (i > 0 && s.is(i - 1, Lex::Article)) {  // "a half-hour", "a half hour"
    first = i - 1;
    u = s.punct(i + 1, "-") && s.attached(i + 1) && s.attached(i + 2) ? i + 2 : i + 1;
    if (!s.is(u, Lex::Unit)) return false;
  } else {
    return false;
  }
  if (s.lex(u)->plural) return false;
  const auto value = half_of_one(s.lex(u)->unit);
  if (!value) return false;
  out.consider(make_literal(first, u + 1, TimexType::Duration, *value));
  return true;
}

// "ago", "earlier", "later": after a length of time, they make it a point in time.
bool shifts_in_time(const ScanText& s, std::size_t i) {
  return s.is(i, Lex::Ago) || s.is(i, Lex::Earlier) || s.is(i, Lex::Later);
}

// From the count to the unit word: a range, a half, "more", a hyphen. False when no unit follows.
bool read_up_to_unit(const ScanText& s, AmountOfUnit& a) {
  const Count& count = a.count;
  std::size_t j = count.end;
  if ((s.is(j, Lex::To) || s.is(j, Lex::Or)) && !count.vague && !count.article) {
    if (const auto second = parse_count(s, j + 1); second && !second->vague && !second->article) {
      j = second->end;
      a.range = true;
    }
  }
  if (!a.range && !count.vague && s.is_number(j) && s.token(j).number == 1 && s.punct(j + 1, "/") &&
      s.attached(j + 1) && s.is_number(j + 2) && s.attached(j + 2) && s.token(j + 2).number == 2 &&
      !s.chained_right(j + 3)) {
    a.half = true;
    j += 3;
  } else if (!a.range && !count.vague && !count.article && s.word(j, "and") &&
             s.is(j + 1, Lex::Article) && s.word(j + 2, "half")) {
    a.half = true;
    j += 3;
  }
  if (s.word(j, "more") || s.word(j, "additional") || s.word(j, "full") || s.word(j, "straight") ||
      s.word(j, "consecutive") || s.word(j, "trading") || s.word(j, "business") ||
      s.word(j, "calendar"))
    ++j;
  if (s.punct(j, "-") && s.attached(j) && s.attached(j + 1)) ++j;  // "two-year"
  a.unit_at = j;
  return s.is(j, Lex::Unit) || s.is(j, Lex::Weekend) ||
         (s.is(j, Lex::PartOfDay) && s.lex_value(j) == 3);
}

// Counts and units that do not make a duration together.
bool unlikely_pair(const ScanText& s, const AmountOfUnit& a) {
  const Count& count = a.count;
  const DurationUnit unit = a.unit;
  if (count.article && (unit == DurationUnit::Second || unit == DurationUnit::Quarter ||
                        unit == DurationUnit::Night || unit == DurationUnit::Weekend || a.plural))
    return true;
  // "several year" is no phrase, but "a several-year tenure" is.
  if (count.vague && !a.plural && !(s.punct(a.unit_at - 1, "-") && s.attached(a.unit_at)))
    return true;
  if (!count.vague && count.value == 0) return true;
  if (!count.vague && count.value >= 1000 && !a.plural)
    return true;  // "the 1988 quarter" names a year
  // "WEEK AGO 44.31 478\nYEAR AGO 40.11", "n/a\nWEEK AGO": the last figure of a table row and
  // the next row's label (a sentence broken over two lines still counts: "half an\nhour").
  const std::size_t f = a.first;
  if (s.token(a.unit_at).paragraph_before && f > 0 &&
      ((s.is_number(f) && s.is_number(f - 1)) || (s.punct(f - 1, "/") && s.attached(f))))
    return true;
  return s.is(a.unit_at, Lex::PartOfDay) && !a.plural;  // "one night" is usually a date
}

// After the unit: "-old", "-long", "and a half". False when the phrase is no duration after all.
bool read_after_unit(const ScanText& s, AmountOfUnit& a) {
  const DurationUnit unit = a.unit;
  std::size_t end = a.unit_at + 1;
  // "8-month-old", "decades-long"; ages in years are not time expressions.
  if (s.punct(end, "-") && s.attached(end) && (s.word(end + 1, "old") || s.word(end + 1, "long"))) {
    if (s.word(end + 1, "old") && unit == DurationUnit::Year) return false;
    end += 2;
  }
  if (unit == DurationUnit::Year && s.word(end, "old")) return false;
  // "a year-earlier loss": the adjective alone is the date (see year_references.h).
  if (a.count.article && unit == DurationUnit::Year && s.punct(end, "-") && s.attached(end) &&
      s.attached(end + 1) && (s.is(end + 1, Lex::Earlier) || s.is(end + 1, Lex::Ago)))
    return false;
  // "three-quarters of its food", "a quarter of the shares": fractions, and "many quarters of the
  // city" are districts; "several quarters of losses", a vague count before a bare noun, is time.
  if (unit == DurationUnit::Quarter && s.is(end, Lex::Of)) {
    static constexpr std::string_view kDeterminers[] = {
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"};
    const std::string_view next = end + 1 < s.size() ? s.fold(end + 1) : std::string_view();
    if (!a.count.vague ||
        std::find(std::begin(kDeterminers), std::end(kDeterminers), next) != std::end(kDeterminers))
      return false;
  }
  if (!a.half && !a.range && !a.count.vague && !a.plural && s.word(end, "and") &&
      s.is(end + 1, Lex::Article) && s.word(end + 2, "half") && !shifts_in_time(s, end + 3)) {
    a.half = true;
    end += 3;
  }
  // "a week or so ago", "a month or two ago", "a year or more earlier": the hedge stays inside
  // the anchored phrase.
  if (s.word(end, "or") &&
      (s.word(end + 1, "so") || s.word(end + 1, "more") || s.word(end + 1, "two") ||
       s.word(end + 1, "three") || s.is_number(end + 1)) &&
      shifts_in_time(s, end + 2))
    end += 2;
  a.end = end;
  return true;
}

std::optional<AmountOfUnit> read_amount_of_unit(const ScanText& s, std::size_t i) {
  const auto count = parse_count(s, i);
  if (!count) return std::nullopt;
  AmountOfUnit a;
  a.count = *count;
  a.first = i;
  if (!read_up_to_unit(s, a)) return std::nullopt;
  a.unit = s.lex(a.unit_at)->unit;
  a.plural = s.lex(a.unit_at)->plural;
  if (unlikely_pair(s, a) || !read_after_unit(s, a)) return std::nullopt;
  return a;
}

// Anchored offsets: "two years ago", "a year earlier", "three days later". True when the words
// after the amount settle the phrase.
bool read_anchored(const ScanText& s, std::size_t i, const AmountOfUnit& a, LongestCandidate& out) {
  const std::size_t at = a.end, end = a.end;
  const Count& count = a.count;
  const bool ago = s.is(at, Lex::Ago);
  const bool earlier = s.is(at, Lex::Earlier);
  const bool later =
      s.is(at, Lex::Later) || s.is(at, Lex::Hence) || (s.word(at, "from") && s.word(at + 1, "now"));
  // TimeBank marks "three days later" as the duration "three days"; only
  // "ago" (and the fixed "a year earlier") anchors to the publication date.
  if ((earlier || later) &&
      !(count.value == 1 && a.unit == DurationUnit::Year && earlier && !count.vague)) {
    out.consider(make_literal(i, end, TimexType::Duration,
                              duration_value(count.vague ? -1 : count.value, a.unit)));
    return true;
  }
  if (!(ago || earlier || later) || a.range) return false;
  const std::size_t stop = (s.word(at, "from") ? at + 2 : at + 1);
  if (count.vague) {
    out.consider(
        make_literal(i, stop, TimexType::Date, ago || earlier ? "PAST_REF" : "FUTURE_REF"));
    return true;
  }
  if (count.value == 1 && a.unit == DurationUnit::Year && (ago || earlier)) {
    out.consider(make_candidate(i, stop, TimexType::Date, Anchor::YearEarlier));
    return true;
  }
  TimexCandidate c = make_candidate(i, stop, TimexType::Date, Anchor::Offset);
  c.unit = granularity_of(a.unit);
  c.offset = (later ? 1 : -1) * count.value * unit_multiplier(a.unit);
  if (a.unit == DurationUnit::Hour || a.unit == DurationUnit::Minute ||
      a.unit == DurationUnit::Second)
    c.offset = 0;
  out.consider(c);
  return true;
}

// "$500 million a year", "four flights a week", "interviews a day": an
// amount before "a <unit>" makes it a rate (TimeML SET), unless the phrase
// goes on as an anchor ("a week before", "a year or two").
[[nodiscard]] bool rate_noun(const ScanText& s, std::size_t p) {
  if (p == 0 || s.token(p).kind != TokenKind::Word || s.lex(p) != nullptr || s.cal(p) != nullptr)
    return false;
  const std::size_t q = p + 3;  // the token after "a <unit>"
  if (s.word(q, "before") || s.word(q, "after") || s.word(q, "or") || s.word(q, "and") ||
      s.word(q, "of") || s.word(q, "to") || s.word(q, "from"))
    return false;
  const std::string_view f = s.fold(p);
  const bool amount = f == "million" || f == "billion" || f == "trillion" || f == "thousand";
  const bool plural_noun = f.size() >= 3 && f.back() == 's' && f[f.size() - 2] != 's' &&
                           f[f.size() - 2] != 'u' && f[f.size() - 2] != 'i' &&
                           f[f.size() - 2] != '\'';
  if (!amount && !plural_noun) return false;
  // The amount itself: "$500 million", "four flights", "hundreds of interviews".
  return s.is_number(p - 1) || s.is(p - 1, Lex::Number) || s.word(p - 1, "of") ||
         s.word(p - 1, "million") || s.word(p - 1, "billion") || s.word(p - 1, "thousand");
}

// "15 a year", "twice a week": a rate, i.e. a set.
bool is_rate(const ScanText& s, std::size_t i, const AmountOfUnit& a) {
  return a.count.article && !a.plural && i > 0 &&
         (s.is_number(i - 1) || s.is(i - 1, Lex::Times) || s.punct(i - 1, "%") ||
          s.is(i - 1, Lex::Number) || rate_noun(s, i - 1));
}

// "Islam will one day be ...", "he may one day return": some future day.
bool is_some_future_day(const ScanText& s, std::size_t i, const AmountOfUnit& a) {
  const std::size_t end = a.end;
  return !a.count.vague && !a.count.article && a.count.value == 1 && a.unit == DurationUnit::Day &&
         !a.plural && s.word(i, "one") && i > 0 &&
         (s.word(i - 1, "will") || s.word(i - 1, "would") || s.word(i - 1, "may") ||
          s.word(i - 1, "might") || s.word(i - 1, "could") || s.word(i - 1, "can") ||
          s.word(i - 1, "should") || s.word(i - 1, "shall")) &&
         end < s.size() && s.token(end).kind == TokenKind::Word && s.lex(end) == nullptr;
}

// "on a year-over-year basis", "a day-to-day job": the unit compared with itself makes an
// adjective of comparison or routine, and "a year" there is no length of time.
bool unit_compared_with_itself(const ScanText& s, const AmountOfUnit& a) {
  const std::size_t u = a.unit_at;
  if (a.plural || u + 4 >= s.size() || !s.punct(u + 1, "-") || !s.punct(u + 3, "-")) return false;
  for (std::size_t k = u + 1; k <= u + 4; ++k)
    if (!s.attached(k)) return false;
  const std::string_view link = s.fold(u + 2);
  return (link == "to" || link == "over" || link == "on" || link == "by" || link == "after") &&
         s.fold(u + 4) == s.fold(u);
}

// "decades-long", "a day-long meeting", "weeklong", "a weeks-old strike": a unit made an adjective
// of length without a count; a plural is a length left unsaid (PXY), a singular one unit (P1D).
bool read_unit_long(const ScanText& s, std::size_t i, LongestCandidate& out) {
  if (s.token(i).kind != TokenKind::Word) return false;
  const LexEntry* unit = nullptr;
  std::size_t end = i + 1;
  // "-old" too, as with a count ("an 8-month-old truce"), except years: "-year-old" is an age.
  if (s.is(i, Lex::Unit) && s.punct(i + 1, "-") && s.attached(i + 1) && s.attached(i + 2) &&
      (s.word(i + 2, "long") || (s.word(i + 2, "old") && s.lex(i)->unit != DurationUnit::Year))) {
    unit = s.lex(i);
    end = i + 3;
  } else if (const std::string_view f = s.fold(i); f.size() > 7 && f.ends_with("long")) {
    unit = find_english(f.substr(0, f.size() - 4));  // "weeklong", "yearlong"
    if (unit != nullptr && (unit->kind != Lex::Unit || unit->plural)) unit = nullptr;
  }
  if (unit == nullptr || unit->unit == DurationUnit::Second) return false;
  // "the half-century-old law": half of the unit.
  if (!unit->plural && i >= 2 && s.punct(i - 1, "-") && s.attached(i - 1) && s.attached(i) &&
      s.word(i - 2, "half")) {
    if (const auto half = half_of_one(unit->unit)) {
      out.consider(make_literal(i - 2, end, TimexType::Duration, *half));
      return true;
    }
  }
  out.consider(
      make_literal(i, end, TimexType::Duration, duration_value(unit->plural ? -1 : 1, unit->unit)));
  return true;
}

}  // namespace

void recognise_duration(const ScanText& s, std::size_t i, LongestCandidate& out) {
  if (read_unit_long(s, i, out) || read_half_of_one(s, i, out)) return;
  const auto a = read_amount_of_unit(s, i);
  if (!a || unit_compared_with_itself(s, *a)) return;
  const Count& count = a->count;
  if (a->half) {
    if (shifts_in_time(s, a->end)) return;
    const auto v = half_duration(count.value, a->unit);
    out.consider(make_literal(i, a->end, TimexType::Duration,
                              v ? *v : duration_value(count.value, a->unit)));
    return;
  }
  if (read_anchored(s, i, *a, out)) return;
  if (is_rate(s, i, *a)) {
    out.consider(make_literal(i, a->end, TimexType::Set, duration_value(1, a->unit)));
    return;
  }
  if (is_some_future_day(s, i, *a)) {
    out.consider(make_literal(i, a->end, TimexType::Date, "FUTURE_REF"));
    return;
  }
  const long value = count.vague || a->range ? -1 : count.value;
  if (a->range && !count.vague && count.value > 0) {
    out.consider(
        make_literal(i, a->end, TimexType::Duration, duration_value(count.value, a->unit)));
    return;
  }
  out.consider(make_literal(i, a->end, TimexType::Duration, duration_value(value, a->unit)));
}

}  // namespace newsindex
