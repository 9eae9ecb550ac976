#include "schema.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace newsindex::schema {
namespace {

constexpr std::string_view kIdPrefix = "Q";
constexpr std::string_view kSourcePrefix = "XSOURCE:";
constexpr std::string_view kLanguagePrefix = "L";

// Xapian rejects terms over 245 bytes. Long keys keep a readable head and get a stable hash
// tail, as Omega's hashterm does, so that distinct long ids stay distinct.
constexpr std::size_t kMaxTermBytes = 240;

std::uint64_t fnv1a64(std::string_view bytes) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  return hash;
}

std::string make_term(std::string_view prefix, std::string_view key) {
  std::string term;
  term.reserve(prefix.size() + key.size());
  term.append(prefix);
  if (term.size() + key.size() <= kMaxTermBytes) {
    term.append(key);
    return term;
  }
  char tail[17];
  std::snprintf(tail, sizeof tail, "%016llx", static_cast<unsigned long long>(fnv1a64(key)));
  std::size_t head = kMaxTermBytes - prefix.size() - 16;
  // Cut on a UTF-8 character boundary so the head stays valid text.
  while (head > 0 && (static_cast<unsigned char>(key[head]) & 0xC0) == 0x80) --head;
  term.append(key.substr(0, head));
  term.append(tail);
  return term;
}

// Keys of the stored JSON object.
constexpr const char* kDataId = "id";
constexpr const char* kDataTitle = "title";
constexpr const char* kDataDate = "date";
constexpr const char* kDataSource = "source";
constexpr const char* kDataUrl = "url";
constexpr const char* kDataLanguage = "language";
constexpr const char* kDataAuthors = "authors";
constexpr const char* kDataSection = "section";
constexpr const char* kDataOrigin = "origin";
constexpr const char* kDataText = "text";

void put_if_set(nlohmann::json& object, const char* key, const std::string& value) {
  if (!value.empty()) object[key] = value;
}

std::string get_string(const nlohmann::json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end()) return {};
  if (!it->is_string()) throw std::runtime_error(std::string("field ") + key + " is not a string");
  return it->get<std::string>();
}

}  // namespace

std::string id_term(std::string_view article_id) {
  return make_term(kIdPrefix, article_id);
}
std::string source_term(std::string_view source_key) {
  return make_term(kSourcePrefix, source_key);
}
std::string language_term(std::string_view language_code) {
  return make_term(kLanguagePrefix, language_code);
}
std::string source_file_term(std::string_view absolute_path) {
  return make_term("XFILE:", absolute_path);
}

std::string file_state_key_prefix() {
  return "newsindex.file:";
}

std::string file_state_key(std::string_view absolute_path) {
  return file_state_key_prefix() + std::string(absolute_path);
}

std::string encode_file_state(const FileState& state) {
  return std::to_string(state.size) + " " + std::to_string(state.modified) + " " +
         std::to_string(state.articles);
}

std::optional<FileState> decode_file_state(std::string_view value) {
  FileState state;
  unsigned long long size = 0, articles = 0;
  long long modified = 0;
  if (std::sscanf(std::string(value).c_str(), "%llu %lld %llu", &size, &modified, &articles) != 3) {
    return std::nullopt;
  }
  state.size = size;
  state.modified = modified;
  state.articles = articles;
  return state;
}

std::string language_code(std::string_view tag) {
  std::string code;
  for (char c : tag) {
    if (c == '-' || c == '_') break;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == ' ' || c == '\t') continue;
    code.push_back(c);
  }
  return code;
}

std::string derived_article_id(std::string_view content) {
  char id[32];
  std::snprintf(id, sizeof id, "content-%016llx",
                static_cast<unsigned long long>(fnv1a64(content)));
  return id;
}

Xapian::Stem stemmer_for(std::string_view language_code) {
  if (language_code.empty()) return Xapian::Stem();
  try {
    return Xapian::Stem(std::string(language_code));
  } catch (const Xapian::InvalidArgumentError&) {
    return Xapian::Stem();
  }
}

std::size_t shard_for(std::string_view article_id, std::size_t shard_count) {
  return shard_count <= 1 ? 0 : fnv1a64(article_id) % shard_count;
}

std::string_view entity_term_prefix(EntityKind kind) {
  switch (kind) {
    case EntityKind::kPerson:
      return "XPER:";
    case EntityKind::kOrganisation:
      return "XORG:";
    case EntityKind::kPlace:
      return "XLOC:";
    case EntityKind::kMisc:
      break;
  }
  return "XMISC:";
}

namespace {
std::string_view entity_word_prefix(EntityKind kind) {
  switch (kind) {
    case EntityKind::kPerson:
      return "XPERW:";
    case EntityKind::kOrganisation:
      return "XORGW:";
    case EntityKind::kPlace:
      return "XLOCW:";
    case EntityKind::kMisc:
      break;
  }
  return "XMISCW:";
}

// Entity records are separated by RS and their fields by US: neither occurs in folded names.
constexpr char kRecordSeparator = '\x1e';
constexpr char kFieldSeparator = '\x1f';
}  // namespace

std::string entity_term(EntityKind kind, std::string_view key) {
  return make_term(entity_term_prefix(kind), key);
}

std::string entity_word_term(EntityKind kind, std::string_view word) {
  return make_term(entity_word_prefix(kind), word);
}

std::string encode_entities(const std::vector<DocumentEntity>& entities, bool with_aliases) {
  // kind, mentions, key, display, aliases:
  // "P" "3" US "vladimir putin" US "Vladimir Putin" US "Putin" RS
  std::string value;
  for (const DocumentEntity& entity : entities) {
    value.push_back(static_cast<char>(entity.kind));
    value += std::to_string(entity.mentions);
    value.push_back(kFieldSeparator);
    value += entity.key;
    value.push_back(kFieldSeparator);
    value += entity.display;
    if (with_aliases) {
      for (const std::string& alias : entity.aliases) {
        value.push_back(kFieldSeparator);
        value += alias;
      }
    }
    value.push_back(kRecordSeparator);
  }
  return value;
}

namespace {
// Splits one record into kind, mention count, key, display and the aliases that follow.
bool split_record(std::string_view record, EntityKind& kind, std::string_view& count,
                  std::string_view& key, std::string_view& display, std::string_view& aliases) {
  std::size_t first = record.find(kFieldSeparator);
  if (record.empty() || first == std::string_view::npos) return false;
  std::size_t second = record.find(kFieldSeparator, first + 1);
  if (second == std::string_view::npos) return false;
  char code = record[0];
  if (code != 'P' && code != 'O' && code != 'L' && code != 'M') return false;
  kind = static_cast<EntityKind>(code);
  count = record.substr(1, first - 1);
  key = record.substr(first + 1, second - first - 1);
  std::string_view rest = record.substr(second + 1);
  std::size_t third = rest.find(kFieldSeparator);
  display = rest.substr(0, third);
  aliases = third == std::string_view::npos ? std::string_view{} : rest.substr(third + 1);
  return true;
}

std::string_view take_record(std::string_view& rest) {
  std::size_t end = rest.find(kRecordSeparator);
  std::string_view record = rest.substr(0, end);
  rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
  return record;
}
}  // namespace

std::uint64_t entity_key_hash(std::string_view key) {
  std::uint64_t hash = fnv1a64(key);
  return hash == 0 ? 1 : hash;
}

namespace {
void put_uint(std::string& out, std::uint64_t value, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
}

std::uint64_t get_uint(std::string_view in, std::size_t at, int bytes) {
  std::uint64_t value = 0;
  for (int i = 0; i < bytes; ++i) {
    value |=
        static_cast<std::uint64_t>(static_cast<unsigned char>(in[at + static_cast<std::size_t>(i)]))
        << (8 * i);
  }
  return value;
}

constexpr std::size_t kMaxFacetName = 0xFFFF;
}  // namespace

std::string encode_entity_facets(const std::vector<DocumentEntity>& entities) {
  // kind (1) | mentions (2) | hash (8) | key length (2) | key | name length (2) | name
  std::string value;
  for (const DocumentEntity& entity : entities) {
    std::string_view key = std::string_view(entity.key).substr(0, kMaxFacetName);
    std::string_view display = std::string_view(entity.display).substr(0, kMaxFacetName);
    value.push_back(static_cast<char>(entity.kind));
    put_uint(value, std::min(entity.mentions, 0xFFFFu), 2);
    put_uint(value, entity_key_hash(entity.key), 8);
    put_uint(value, key.size(), 2);
    value.append(key);
    put_uint(value, display.size(), 2);
    value.append(display);
  }
  return value;
}

bool next_entity_facet(std::string_view& rest, EntityFacetView& view) {
  constexpr std::size_t kFixed = 1 + 2 + 8 + 2;
  if (rest.size() < kFixed) return false;
  char code = rest[0];
  if (code != 'P' && code != 'O' && code != 'L' && code != 'M') return false;
  std::size_t key_size = get_uint(rest, 11, 2);
  if (rest.size() < kFixed + key_size + 2) return false;
  std::size_t display_size = get_uint(rest, kFixed + key_size, 2);
  std::size_t total = kFixed + key_size + 2 + display_size;
  if (rest.size() < total) return false;
  view.kind = static_cast<EntityKind>(code);
  view.mentions = static_cast<unsigned>(get_uint(rest, 1, 2));
  view.hash = get_uint(rest, 3, 8);
  view.key = rest.substr(kFixed, key_size);
  view.display = rest.substr(kFixed + key_size + 2, display_size);
  rest.remove_prefix(total);
  return true;
}

std::vector<DocumentEntity> decode_entity_facets(std::string_view value) {
  std::vector<DocumentEntity> entities;
  EntityFacetView view{};
  while (next_entity_facet(value, view)) {
    entities.push_back(
        {view.kind, std::string(view.key), std::string(view.display), view.mentions, {}});
  }
  return entities;
}

std::vector<DocumentEntity> decode_entities(std::string_view value) {
  std::vector<DocumentEntity> entities;
  while (!value.empty()) {
    DocumentEntity entity;
    std::string_view count, key, display, aliases;
    if (!split_record(take_record(value), entity.kind, count, key, display, aliases)) continue;
    for (char c : count) {
      if (c >= '0' && c <= '9')
        entity.mentions = entity.mentions * 10 + static_cast<unsigned>(c - '0');
    }
    entity.key = std::string(key);
    entity.display = std::string(display);
    while (!aliases.empty()) {
      std::size_t next = aliases.find(kFieldSeparator);
      entity.aliases.emplace_back(aliases.substr(0, next));
      aliases = next == std::string_view::npos ? std::string_view{} : aliases.substr(next + 1);
    }
    entities.push_back(std::move(entity));
  }
  return entities;
}

namespace {
constexpr std::string_view kMentionedDayPrefix = "XMENTD";
constexpr std::string_view kMentionedMonthPrefix = "XMENTM";
constexpr std::string_view kMentionedYearPrefix = "XMENTY";

// Reads exactly `width` digits at `at`; -1 when they are not digits.
int digits_at(std::string_view text, std::size_t at, std::size_t width) {
  if (at + width > text.size()) return -1;
  int value = 0;
  for (std::size_t i = at; i < at + width; ++i) {
    if (text[i] < '0' || text[i] > '9') return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}
}  // namespace

std::string mentioned_day_term(std::chrono::year_month_day day) {
  return std::string(kMentionedDayPrefix) + day_value(day);
}

std::string mentioned_month_term(std::chrono::year_month month) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d%02u", static_cast<int>(month.year()),
                static_cast<unsigned>(month.month()));
  return std::string(kMentionedMonthPrefix) + buffer;
}

std::string mentioned_year_term(std::chrono::year year) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d", static_cast<int>(year));
  return std::string(kMentionedYearPrefix) + buffer;
}

std::string_view mentioned_year_term_prefix() {
  return kMentionedYearPrefix;
}

PeriodCode period_code(PeriodPrecision precision, int year, unsigned month, unsigned day) {
  return static_cast<PeriodCode>(precision) * 100000000u + static_cast<PeriodCode>(year) * 10000u +
         month * 100u + day;
}

PeriodPrecision period_precision(PeriodCode code) {
  return static_cast<PeriodPrecision>(code / 100000000u);
}

std::string period_label(PeriodCode code) {
  unsigned date = code % 100000000u;
  char buffer[16];
  switch (period_precision(code)) {
    case PeriodPrecision::kYear:
      std::snprintf(buffer, sizeof buffer, "%04u", date / 10000);
      break;
    case PeriodPrecision::kMonth:
      std::snprintf(buffer, sizeof buffer, "%04u-%02u", date / 10000, date / 100 % 100);
      break;
    case PeriodPrecision::kDay:
      std::snprintf(buffer, sizeof buffer, "%04u-%02u-%02u", date / 10000, date / 100 % 100,
                    date % 100);
      break;
  }
  return buffer;
}

std::size_t mentioned_periods(std::string_view value, PeriodCode periods[3]) {
  using namespace std::chrono;
  int y = digits_at(value, 0, 4);
  if (y < 0 || (value.size() > 4 && value[4] != '-')) return 0;
  const PeriodCode year_period = period_code(PeriodPrecision::kYear, y, 0, 0);
  if (value.size() == 4) {
    periods[0] = year_period;
    return 1;
  }
  int m = digits_at(value, 5, 2);
  if (m >= 1 && m <= 12) {
    const auto month = static_cast<unsigned>(m);
    if (value.size() == 7) {
      periods[0] = period_code(PeriodPrecision::kMonth, y, month, 0);
      periods[1] = year_period;
      return 2;
    }
    int d = digits_at(value, 8, 2);
    bool day_shaped =
        value.size() >= 10 && value[7] == '-' && (value.size() == 10 || value[10] == 'T');
    if (d < 1 || !day_shaped) return 0;
    if (!year_month_day{year{y}, std::chrono::month{month}, day{static_cast<unsigned>(d)}}.ok())
      return 0;
    periods[0] = period_code(PeriodPrecision::kDay, y, month, static_cast<unsigned>(d));
    periods[1] = period_code(PeriodPrecision::kMonth, y, month, 0);
    periods[2] = year_period;
    return 3;
  }
  if (value.size() >= 7 && value[5] == 'W') {
    int w = digits_at(value, 6, 2);
    if (w < 1 || w > 53) return 0;
    // ISO weeks: week 1 is the week with January 4th in it, and weeks start on Monday.
    sys_days january4{year{y} / January / 4d};
    sys_days monday = january4 - (weekday{january4} - Monday) + weeks{w - 1};
    year_month_day first{monday};
    year_month_day last{monday + days{6}};
    std::size_t count = 0;
    if (first.year() == last.year() && first.month() == last.month()) {
      periods[count++] = period_code(PeriodPrecision::kMonth, static_cast<int>(first.year()),
                                     static_cast<unsigned>(first.month()), 0);
    }
    periods[count++] = year_period;
    return count;
  }
  // Quarters, halves, seasons: the year alone.
  std::string_view part = value.substr(5);
  if (part.starts_with('Q') || part.starts_with('H') || part == "SP" || part == "SU" ||
      part == "FA" || part == "WI") {
    periods[0] = year_period;
    return 1;
  }
  return 0;
}

std::vector<std::string> mentioned_date_terms(std::string_view value) {
  PeriodCode periods[3];
  std::size_t count = mentioned_periods(value, periods);
  std::vector<std::string> terms;
  for (std::size_t i = 0; i < count; ++i) {
    unsigned date = periods[i] % 100000000u;
    int y = static_cast<int>(date / 10000);
    auto m = std::chrono::month{date / 100 % 100};
    auto d = std::chrono::day{date % 100};
    switch (period_precision(periods[i])) {
      case PeriodPrecision::kDay:
        terms.push_back(mentioned_day_term(std::chrono::year{y} / m / d));
        break;
      case PeriodPrecision::kMonth:
        terms.push_back(mentioned_month_term(std::chrono::year{y} / m));
        break;
      case PeriodPrecision::kYear:
        terms.push_back(mentioned_year_term(std::chrono::year{y}));
        break;
    }
  }
  return terms;
}

std::vector<std::string> mentioned_range_terms(std::chrono::year_month_day first,
                                               std::chrono::year_month_day last) {
  using namespace std::chrono;
  std::vector<std::string> terms;
  sys_days at{first};
  const sys_days end{last};
  while (at <= end) {
    year_month_day day{at};
    year_month month = day.year() / day.month();
    sys_days month_end{month / std::chrono::last};
    sys_days year_end{day.year() / December / 31d};
    if (day.day() == 1d && day.month() == January && year_end <= end) {
      terms.push_back(mentioned_year_term(day.year()));
      at = year_end + days{1};
    } else if (day.day() == 1d && month_end <= end) {
      terms.push_back(mentioned_month_term(month));
      at = month_end + days{1};
    } else {
      terms.push_back(mentioned_day_term(day));
      at += days{1};
    }
  }
  return terms;
}

namespace {
constexpr char kFacetPartSeparator = '\x1d';
}  // namespace

std::string encode_facet_fields(const FacetFields& fields) {
  std::string value;
  for (std::string_view part : {fields.day, fields.source, fields.language, fields.mentioned}) {
    // Separators in a source name would split the record: they are control characters, so drop
    // them.
    for (char c : part) {
      if (c != kFacetPartSeparator) value.push_back(c);
    }
    value.push_back(kFacetPartSeparator);
  }
  value.append(fields.entities);
  return value;
}

FacetFields parse_facet_fields(std::string_view value) {
  FacetFields fields;
  std::string_view* parts[] = {&fields.day, &fields.source, &fields.language, &fields.mentioned};
  for (std::string_view* part : parts) {
    std::size_t end = value.find(kFacetPartSeparator);
    if (end == std::string_view::npos) return fields;
    *part = value.substr(0, end);
    value.remove_prefix(end + 1);
  }
  fields.entities = value;
  return fields;
}

std::string_view language_term_prefix() {
  return kLanguagePrefix;
}

std::string day_value(std::chrono::year_month_day day) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d%02u%02u", static_cast<int>(day.year()),
                static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
  return buffer;
}

std::string day_label(std::chrono::year_month_day day) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(day.year()),
                static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
  return buffer;
}

std::optional<std::chrono::year_month_day> parse_day_value(std::string_view value) {
  if (value.size() != 8) return std::nullopt;
  int parts[3] = {0, 0, 0};
  const std::size_t widths[3] = {4, 2, 2};
  std::size_t pos = 0;
  for (int i = 0; i < 3; ++i) {
    for (std::size_t k = 0; k < widths[i]; ++k, ++pos) {
      char c = value[pos];
      if (c < '0' || c > '9') return std::nullopt;
      parts[i] = parts[i] * 10 + (c - '0');
    }
  }
  std::chrono::year_month_day day{std::chrono::year{parts[0]},
                                  std::chrono::month{static_cast<unsigned>(parts[1])},
                                  std::chrono::day{static_cast<unsigned>(parts[2])}};
  if (!day.ok()) return std::nullopt;
  return day;
}

std::string time_value(std::chrono::sys_seconds instant) {
  return Xapian::sortable_serialise(static_cast<double>(instant.time_since_epoch().count()));
}

std::string encode_document_data(const StoredArticle& article) {
  nlohmann::json object = nlohmann::json::object();
  object[kDataId] = article.id;
  put_if_set(object, kDataTitle, article.title);
  put_if_set(object, kDataDate, article.date);
  put_if_set(object, kDataSource, article.source);
  put_if_set(object, kDataUrl, article.url);
  put_if_set(object, kDataLanguage, article.language);
  if (!article.authors.empty()) object[kDataAuthors] = article.authors;
  put_if_set(object, kDataSection, article.section);
  put_if_set(object, kDataOrigin, article.origin);
  put_if_set(object, kDataText, article.text);
  // Replacement rather than an exception: readers already validated the text, and a stored
  // record must never make indexing fail.
  return object.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

StoredArticle decode_document_data(std::string_view data) {
  nlohmann::json object = nlohmann::json::parse(data, nullptr, false);
  if (!object.is_object()) throw std::runtime_error("document data is not a JSON object");
  StoredArticle article;
  article.id = get_string(object, kDataId);
  article.title = get_string(object, kDataTitle);
  article.date = get_string(object, kDataDate);
  article.source = get_string(object, kDataSource);
  article.url = get_string(object, kDataUrl);
  article.language = get_string(object, kDataLanguage);
  if (auto it = object.find(kDataAuthors); it != object.end() && it->is_array()) {
    for (const auto& author : *it) {
      if (author.is_string()) article.authors.push_back(author.get<std::string>());
    }
  }
  article.section = get_string(object, kDataSection);
  article.origin = get_string(object, kDataOrigin);
  article.text = get_string(object, kDataText);
  return article;
}

}  // namespace newsindex::schema
