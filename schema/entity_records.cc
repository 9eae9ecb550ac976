#include "entity_records.h"

#include <algorithm>

#include "stable_hash.h"

namespace newsindex::schema {
namespace {

// Entity records are separated by RS and their fields by US: neither occurs in folded names.
constexpr char kRecordSeparator = '\x1e';
constexpr char kFieldSeparator = '\x1f';

// Splits one record into kind, mention count, key, display and the aliases that follow.
bool split_record(std::string_view record, EntityKind& kind, std::string_view& count,
                  std::string_view& key, std::string_view& display, std::string_view& aliases) {
  std::size_t first = record.find(kFieldSeparator);
  if (record.empty() || first == std::string_view::npos) return false;
  std::size_t second = record.find(kFieldSeparator, first + 1);
  if (second == std::string_view::npos) return false;
  std::optional<EntityKind> code = entity_kind_of_code(record[0]);
  if (!code) return false;
  kind = *code;
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

std::uint64_t entity_key_hash(std::string_view key) {
  std::uint64_t hash = fnv1a64(key);
  return hash == 0 ? 1 : hash;
}

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
  std::optional<EntityKind> kind = entity_kind_of_code(rest[0]);
  if (!kind) return false;
  std::size_t key_size = get_uint(rest, 11, 2);
  if (rest.size() < kFixed + key_size + 2) return false;
  std::size_t display_size = get_uint(rest, kFixed + key_size, 2);
  std::size_t total = kFixed + key_size + 2 + display_size;
  if (rest.size() < total) return false;
  view.kind = *kind;
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

}  // namespace newsindex::schema
