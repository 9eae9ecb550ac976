#include "feed_dates.h"

#include <array>
#include <cstdio>

#include "publication_date.h"

namespace newsindex {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
char lowered(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (lowered(a[i]) != lowered(b[i])) return false;
  }
  return true;
}

std::string_view trim(std::string_view text) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

// A cursor over the date; each read consumes what it accepts and nothing otherwise.
class Cursor {
 public:
  explicit Cursor(std::string_view text) : text_(text) {}

  [[nodiscard]] bool at_end() const { return pos_ == text_.size(); }
  [[nodiscard]] char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }
  bool literal(char c) {
    if (peek() != c || at_end()) return false;
    ++pos_;
    return true;
  }
  void skip_spaces() {
    while (peek() == ' ' || peek() == '\t') ++pos_;
  }
  // Between `min` and `max` digits, as many as there are.
  bool number(std::size_t min, std::size_t max, int& value, std::size_t* count = nullptr) {
    std::size_t n = 0;
    int result = 0;
    while (n < max && pos_ + n < text_.size() && is_digit(text_[pos_ + n])) {
      result = result * 10 + (text_[pos_ + n] - '0');
      ++n;
    }
    if (n < min || (pos_ + n < text_.size() && is_digit(text_[pos_ + n]))) return false;
    pos_ += n;
    value = result;
    if (count != nullptr) *count = n;
    return true;
  }
  std::string_view word() {
    std::size_t start = pos_;
    while (pos_ < text_.size() && is_letter(text_[pos_])) ++pos_;
    return text_.substr(start, pos_ - start);
  }
  [[nodiscard]] std::string_view rest() const { return text_.substr(pos_); }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

bool is_day_name(std::string_view word) {
  static constexpr std::array<std::string_view, 7> kDays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (std::string_view day : kDays) {
    if (equals_ignoring_case(word, day.substr(0, 3)) || equals_ignoring_case(word, day)) {
      return true;
    }
  }
  // "Tues", "Thur", "Thurs" are common enough in hand-made feeds.
  return equals_ignoring_case(word, "tues") || equals_ignoring_case(word, "thur") ||
         equals_ignoring_case(word, "thurs");
}

// 1-12, or 0 when the word is no English month name.
int month_number(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    if (equals_ignoring_case(word, kMonths[i].substr(0, 3)) ||
        equals_ignoring_case(word, kMonths[i])) {
      return static_cast<int>(i) + 1;
    }
  }
  return equals_ignoring_case(word, "sept") ? 9 : 0;
}

struct NamedZone {
  std::string_view name;
  const char* offset;
};

// Only names that mean one offset: "IST" (India, Ireland, Israel) or "BST" are left out, as a
// wrong offset is worse than a date reported as unreadable.
constexpr std::array<NamedZone, 20> kNamedZones = {{
    {"GMT", "Z"},      {"UT", "Z"},        {"UTC", "Z"},       {"Z", "Z"},
    {"EST", "-05:00"}, {"EDT", "-04:00"},  {"CST", "-06:00"},  {"CDT", "-05:00"},
    {"MST", "-07:00"}, {"MDT", "-06:00"},  {"PST", "-08:00"},  {"PDT", "-07:00"},
    {"CET", "+01:00"}, {"CEST", "+02:00"}, {"EET", "+02:00"},  {"EEST", "+03:00"},
    {"WET", "Z"},      {"WEST", "+01:00"}, {"AKST", "-09:00"}, {"AKDT", "-08:00"},
}};

// The zone at the cursor as ISO writes it ("Z", "+02:00"), "" for none; false when it is
// something else.
bool read_zone(Cursor& cursor, std::string& zone) {
  cursor.skip_spaces();
  zone.clear();
  if (cursor.at_end()) return true;
  if (cursor.peek() == '+' || cursor.peek() == '-') {
    char sign = cursor.peek();
    cursor.literal(sign);
    int hours = 0, minutes = 0;
    std::size_t digits = 0;
    if (!cursor.number(2, 4, hours, &digits) || digits == 3) return false;
    if (digits == 4) {
      minutes = hours % 100;
      hours /= 100;
    } else if (cursor.literal(':') && !cursor.number(2, 2, minutes)) {
      return false;
    }
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%c%02d:%02d", sign, hours % 100, minutes % 100);
    zone = buffer;
  } else {
    std::string_view name = cursor.word();
    if (name.empty()) return false;
    for (const NamedZone& known : kNamedZones) {
      if (equals_ignoring_case(name, known.name)) zone = known.offset;
    }
    if (zone.empty()) return false;
  }
  // "+0200 (CEST)": a comment after the zone, as mail headers have it.
  cursor.skip_spaces();
  if (cursor.literal('(')) {
    while (!cursor.at_end() && cursor.peek() != ')') cursor.literal(cursor.peek());
    if (!cursor.literal(')')) return false;
    cursor.skip_spaces();
  }
  return cursor.at_end();
}

std::string iso_text(int year, int month, int day) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year % 10000, month % 100, day % 100);
  return buffer;
}

std::string iso_text(int year, int month, int day, int hour, int minute, int second) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d", year % 10000, month % 100,
                day % 100, hour % 100, minute % 100, second % 100);
  return buffer;
}

}  // namespace

std::optional<PublicationDate> parse_rfc822_date(std::string_view text) {
  Cursor cursor(trim(text));
  if (is_letter(cursor.peek())) {
    if (!is_day_name(cursor.word())) return std::nullopt;
    cursor.literal(',');
    cursor.skip_spaces();
  }
  int day = 0, month = 0, year = 0;
  if (!cursor.number(1, 2, day)) return std::nullopt;
  // "10 Jun 2003", also "10-Jun-2003" as some servers write it.
  bool dashed = cursor.literal('-');
  if (!dashed) cursor.skip_spaces();
  month = month_number(cursor.word());
  if (month == 0) return std::nullopt;
  if (dashed) {
    if (!cursor.literal('-')) return std::nullopt;
  } else {
    cursor.literal('.');  // "Sept." as some feeds abbreviate
    cursor.skip_spaces();
  }
  std::size_t year_digits = 0;
  if (!cursor.number(2, 4, year, &year_digits) || year_digits == 3) return std::nullopt;
  if (year_digits == 2) year += year < 50 ? 2000 : 1900;

  cursor.skip_spaces();
  if (cursor.at_end()) return parse_publication_date(iso_text(year, month, day));
  int hour = 0, minute = 0, second = 0;
  if (!cursor.number(1, 2, hour) || !cursor.literal(':') || !cursor.number(2, 2, minute)) {
    return std::nullopt;
  }
  if (cursor.literal(':') && !cursor.number(2, 2, second)) return std::nullopt;
  std::string zone;
  if (!read_zone(cursor, zone)) return std::nullopt;
  return parse_publication_date(iso_text(year, month, day, hour, minute, second) + zone);
}

std::optional<PublicationDate> parse_iso_basic_date(std::string_view text) {
  Cursor cursor(trim(text));
  int date = 0;
  if (!cursor.number(8, 8, date)) return std::nullopt;
  int year = date / 10000, month = date / 100 % 100, day = date % 100;
  if (cursor.at_end()) return parse_publication_date(iso_text(year, month, day));
  if (!cursor.literal('T') && !cursor.literal('t')) return std::nullopt;
  int time = 0;
  std::size_t time_digits = 0;
  if (!cursor.number(4, 6, time, &time_digits) || time_digits == 5) return std::nullopt;
  if (time_digits == 4) time *= 100;
  int fraction = 0;
  if ((cursor.literal('.') || cursor.literal(',')) && !cursor.number(1, 9, fraction)) {
    return std::nullopt;
  }
  std::string zone;
  if (cursor.literal('Z') || cursor.literal('z')) {
    if (!cursor.at_end()) return std::nullopt;
    zone = "Z";
  } else if (!cursor.at_end()) {
    if ((cursor.peek() != '+' && cursor.peek() != '-') || !read_zone(cursor, zone)) {
      return std::nullopt;
    }
  }
  return parse_publication_date(
      iso_text(year, month, day, time / 10000, time / 100 % 100, time % 100) + zone);
}

std::optional<PublicationDate> parse_feed_date(std::string_view text) {
  if (auto date = parse_publication_date(text)) return date;
  if (auto date = parse_iso_basic_date(text)) return date;
  return parse_rfc822_date(text);
}

std::string unparsable_feed_date_reason(std::string_view text) {
  constexpr std::size_t kMaxShown = 60;
  std::string shown(text.substr(0, kMaxShown));
  if (text.size() > kMaxShown) shown += "...";
  return "unparsable date \"" + shown +
         "\" (expected RFC 822, e.g. Tue, 10 Jun 2003 04:00:00 GMT, or ISO 8601, e.g. "
         "2003-06-10T04:00:00Z); indexed without a date";
}

}  // namespace newsindex
