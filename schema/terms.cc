#include "terms.h"

#include <cstdio>

#include "stable_hash.h"

namespace newsindex::schema {
namespace {

constexpr std::string_view kIdPrefix = "Q";
constexpr std::string_view kSourcePrefix = "XSOURCE:";
constexpr std::string_view kLanguagePrefix = "L";
constexpr std::string_view kSourceFilePrefix = "XFILE:";

// Xapian rejects terms over 245 bytes. Long keys keep a readable head and get a stable hash
// tail, as Omega's hashterm does, so that distinct long ids stay distinct.
constexpr std::size_t kMaxTermBytes = 240;

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
std::string_view language_term_prefix() {
  return kLanguagePrefix;
}
std::string source_file_term(std::string_view absolute_path) {
  return make_term(kSourceFilePrefix, absolute_path);
}

std::string_view entity_term_prefix(EntityKind kind) {
  return entity_kind_info(kind).term_prefix;
}

std::string entity_term(EntityKind kind, std::string_view key) {
  return make_term(entity_term_prefix(kind), key);
}

std::string entity_word_term(EntityKind kind, std::string_view word) {
  return make_term(entity_kind_info(kind).word_prefix, word);
}

std::vector<std::string> entity_key_words(std::string_view key) {
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (word.size() >= 2) words.push_back(word);
    word.clear();
  };
  for (char c : key) {
    bool separator = c == ' ' || c == '.' || c == ',' || c == '-' || c == '\'' || c == '&' ||
                     c == '/' || c == '(' || c == ')';
    if (separator) {
      flush();
    } else {
      word.push_back(c);
    }
  }
  flush();
  if (words.size() == 1 && words.front() == key) words.clear();
  return words;
}

bool may_be_entity_key_word(std::string_view key) {
  return key.find(' ') == std::string_view::npos;
}

}  // namespace newsindex::schema
