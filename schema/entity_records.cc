#include "entity_records.h"

#include <algorithm>

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

}  // namespace newsindex::schema
