#include "publication_date.h"

#include <cctype>

namespace newsindex {
namespace {

constexpr std::size_t kDayLength = 10;  // YYYY-MM-DD

// A cursor over the date string; each read either consumes what it wants or fails.
class DateScanner {
 public:
  explicit DateScanner(std::string_view text) : text_(text) {}

  bool digits(std::size_t count, int& value) {
    if (pos_ + count > text_.size()) return false;
    value = 0;
    for (std::size_t i = 0; i < count; ++i) {
      char c = text_[pos_ + i];
      if (c < '0' || c > '9') return false;
      value = value * 10 + (c - '0');
    }
    pos_ += count;
    return true;
  }
  bool literal(char c) {
    if (pos_ < text_.size() && text_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  [[nodiscard]] bool at_end() const { return pos_ == text_.size(); }
  [[nodiscard]] char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }
  void skip_digits() {
    while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') ++pos_;
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

}  // namespace

std::optional<PublicationDate> parse_publication_date(std::string_view text) {
  using namespace std::chrono;
  text = trim(text);
  DateScanner scan(text);
  int year = 0, month = 0, day = 0;
  if (!scan.digits(4, year) || !scan.literal('-') || !scan.digits(2, month) || !scan.literal('-') ||
      !scan.digits(2, day)) {
    return std::nullopt;
  }
  year_month_day ymd{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                     std::chrono::day{static_cast<unsigned>(day)}};
  // Years before 1000 are typing errors in a news archive, not dates.
  if (!ymd.ok() || year < 1000) return std::nullopt;

  seconds time_of_day{0};
  seconds zone_offset{0};
  if (!scan.at_end()) {
    if (!scan.literal('T') && !scan.literal(' ')) return std::nullopt;
    int hour = 0, minute = 0, second = 0;
    if (!scan.digits(2, hour) || !scan.literal(':') || !scan.digits(2, minute)) {
      return std::nullopt;
    }
    if (scan.literal(':')) {
      if (!scan.digits(2, second)) return std::nullopt;
      if (scan.literal('.') || scan.literal(',')) scan.skip_digits();
    }
    // 24:00 is not accepted: archives never write it and it would move the day.
    if (hour > 23 || minute > 59 || second > 60) return std::nullopt;
    time_of_day = hours{hour} + minutes{minute} + seconds{second};
    if (scan.literal('Z') || scan.literal('z')) {
      // UTC.
    } else if (scan.peek() == '+' || scan.peek() == '-') {
      int sign = scan.peek() == '-' ? -1 : 1;
      scan.literal(scan.peek());
      int zone_hours = 0, zone_minutes = 0;
      if (!scan.digits(2, zone_hours)) return std::nullopt;
      if (scan.literal(':')) {
        if (!scan.digits(2, zone_minutes)) return std::nullopt;
      } else if (!scan.at_end() && !scan.digits(2, zone_minutes)) {
        return std::nullopt;
      }
      if (zone_hours > 14 || zone_minutes > 59) return std::nullopt;
      zone_offset = sign * (hours{zone_hours} + minutes{zone_minutes});
    }
    if (!scan.at_end()) return std::nullopt;
  }

  PublicationDate date;
  date.day = ymd;
  date.instant = sys_seconds{sys_days{ymd}.time_since_epoch()} + time_of_day - zone_offset;
  date.text = std::string(text);
  return date;
}

std::optional<PublicationDate> parse_publication_day(std::string_view text) {
  if (text.size() != kDayLength) return std::nullopt;
  return parse_publication_date(text);
}

std::optional<PublicationDate> day_from_file_name(const std::filesystem::path& path) {
  const std::string name = path.filename().string();
  if (name.size() > kDayLength) {
    unsigned char next = static_cast<unsigned char>(name[kDayLength]);
    // "2025-04-12T09..." or "2025-04-123": not a name that starts with a day.
    if (std::isalnum(next) != 0) return std::nullopt;
  }
  return parse_publication_day(std::string_view(name).substr(0, kDayLength));
}

std::optional<std::string> implausible_date_reason(const PublicationDate& date) {
  using namespace std::chrono;
  // A day of slack: an article dated tomorrow in its own time zone is not in the future yet.
  // Compared in seconds: in nanoseconds (the clock's unit) year 2999 would overflow.
  if (date.instant > floor<seconds>(system_clock::now()) + days{2}) {
    return "date \"" + date.text + "\" is in the future; kept as given";
  }
  if (date.day.year() < year{1800}) {
    return "date \"" + date.text + "\" is before 1800; kept as given";
  }
  return std::nullopt;
}

std::string unparsable_date_reason(std::string_view text) {
  constexpr std::size_t kMaxShown = 60;
  std::string shown(text.substr(0, kMaxShown));
  if (text.size() > kMaxShown) shown += "...";
  return "unparsable date \"" + shown +
         "\" (expected ISO 8601, e.g. 2025-04-11 or 2025-04-11T09:30:00Z); indexed without a date";
}

}  // namespace newsindex
