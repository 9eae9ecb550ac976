#include "schema.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdio>
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

std::string id_term(std::string_view article_id) { return make_term(kIdPrefix, article_id); }
std::string source_term(std::string_view source_key) {
  return make_term(kSourcePrefix, source_key);
}
std::string language_term(std::string_view language_code) {
  return make_term(kLanguagePrefix, language_code);
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

std::string_view source_term_prefix() { return kSourcePrefix; }
std::string_view language_term_prefix() { return kLanguagePrefix; }

std::string day_value(std::chrono::year_month_day day) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d%02u%02u", static_cast<int>(day.year()),
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
