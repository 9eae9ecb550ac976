#include "entity_aliases.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <array>
#include <fstream>

namespace newsindex {
namespace {

using schema::EntityKind;

// Display languages whose country names become aliases: the languages of the archives we
// expect, not all of ICU's (which would make two-letter keys collide with ordinary words).
constexpr std::array<const char*, 16> kDisplayLanguages = {
    "en", "de", "fr", "es", "it", "pt", "nl", "ru", "uk", "pl", "fi", "sv", "da", "no", "zh", "ja"};

struct BuiltinAlias {
  EntityKind kind;
  const char* alias;
  const char* canonical;
};

// What ICU does not know: abbreviations and everyday names that news uses for the same entity.
constexpr std::array<BuiltinAlias, 29> kBuiltinAliases = {{
    {EntityKind::kPlace, "US", "United States"},
    {EntityKind::kPlace, "U.S.", "United States"},
    {EntityKind::kPlace, "USA", "United States"},
    {EntityKind::kPlace, "U.S.A.", "United States"},
    {EntityKind::kPlace, "United States of America", "United States"},
    {EntityKind::kPlace, "the United States", "United States"},
    {EntityKind::kPlace, "UK", "United Kingdom"},
    {EntityKind::kPlace, "U.K.", "United Kingdom"},
    {EntityKind::kPlace, "Britain", "United Kingdom"},
    {EntityKind::kPlace, "Great Britain", "United Kingdom"},
    {EntityKind::kPlace, "the United Kingdom", "United Kingdom"},
    {EntityKind::kPlace, "Russian Federation", "Russia"},
    {EntityKind::kPlace, "Holland", "Netherlands"},
    {EntityKind::kPlace, "the Netherlands", "Netherlands"},
    {EntityKind::kPlace, "UAE", "United Arab Emirates"},
    {EntityKind::kPlace, "Kiev", "Kyiv"},
    // The canonicaliser drops a leading "the" ("the Kremlin"), which belongs to this name.
    {EntityKind::kPlace, "Hague", "The Hague"},
    {EntityKind::kOrganisation, "EU", "European Union"},
    {EntityKind::kOrganisation, "E.U.", "European Union"},
    {EntityKind::kOrganisation, "UN", "United Nations"},
    {EntityKind::kOrganisation, "U.N.", "United Nations"},
    {EntityKind::kOrganisation, "Nato", "NATO"},
    {EntityKind::kOrganisation, "North Atlantic Treaty Organization", "NATO"},
    {EntityKind::kOrganisation, "IMF", "International Monetary Fund"},
    {EntityKind::kOrganisation, "ECB", "European Central Bank"},
    {EntityKind::kOrganisation, "Fed", "Federal Reserve"},
    {EntityKind::kOrganisation, "WHO", "World Health Organization"},
    {EntityKind::kOrganisation, "OPEC", "Organization of the Petroleum Exporting Countries"},
    {EntityKind::kOrganisation, "Opec", "Organization of the Petroleum Exporting Countries"},
}};

std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::string_view trim(std::string_view text) {
  const char* space = " \t\r\n";
  std::size_t first = text.find_first_not_of(space);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(space) - first + 1);
}

}  // namespace

EntityAliases EntityAliases::builtin(const TextFolder& folder) {
  EntityAliases aliases;
  icu::Locale english("en");
  for (const char* const* country = icu::Locale::getISOCountries(); *country != nullptr;
       ++country) {
    icu::Locale region("", *country);
    icu::UnicodeString name;
    std::string canonical = to_utf8(region.getDisplayCountry(english, name));
    // ICU answers with the code itself when it has no name.
    if (canonical.empty() || canonical == *country) continue;
    for (const char* language : kDisplayLanguages) {
      icu::UnicodeString local;
      region.getDisplayCountry(icu::Locale(language), local);
      std::string alias = to_utf8(local);
      if (!alias.empty() && alias != *country) {
        aliases.add(EntityKind::kPlace, alias, canonical, folder);
      }
    }
  }
  for (const BuiltinAlias& alias : kBuiltinAliases) {
    aliases.add(alias.kind, alias.alias, alias.canonical, folder);
  }
  return aliases;
}

const EntityAliases& EntityAliases::shared_builtin() {
  static const EntityAliases aliases = builtin(TextFolder());
  return aliases;
}

void EntityAliases::add(EntityKind kind, std::string_view alias, std::string_view canonical,
                        const TextFolder& folder) {
  EntityName name{kind, std::string(canonical)};
  by_key_[schema::entity_kind_index(kind)][folder.key(canonical)] = name;
  by_key_[schema::entity_kind_index(kind)][folder.key(alias)] = name;
}

void EntityAliases::add_file(const std::filesystem::path& path, const TextFolder& folder) {
  std::ifstream in(path);
  if (!in) throw EntityListError(path.string() + ": cannot open the entity list");
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    std::string_view rest = trim(line);
    if (rest.empty() || rest.front() == '#') continue;
    auto fail = [&](const std::string& why) {
      throw EntityListError(path.string() + ":" + std::to_string(number) + ": " + why);
    };
    std::size_t colon = rest.find(':');
    if (colon == std::string_view::npos) fail("expected 'TYPE: Name | alias | alias'");
    std::optional<EntityKind> kind = schema::parse_entity_kind(trim(rest.substr(0, colon)));
    if (!kind)
      fail("unknown entity type \"" + std::string(trim(rest.substr(0, colon))) +
           "\" (use PER, ORG, LOC or MISC)");
    std::vector<std::string> names;
    std::string_view names_text = rest.substr(colon + 1);
    while (true) {
      std::size_t bar = names_text.find('|');
      std::string_view name = trim(names_text.substr(0, bar));
      if (!name.empty()) names.emplace_back(name);
      if (bar == std::string_view::npos) break;
      names_text = names_text.substr(bar + 1);
    }
    if (names.empty()) fail("no name after the type");
    for (const std::string& alias : names) add(*kind, alias, names.front(), folder);
  }
}

const EntityName* EntityAliases::find(EntityKind kind, std::string_view key) const {
  const auto& table = by_key_[schema::entity_kind_index(kind)];
  auto it = table.find(std::string(key));
  return it == table.end() ? nullptr : &it->second;
}

}  // namespace newsindex
