#include "gazetteer.h"

#include <unicode/dtfmtsym.h>
#include <unicode/locdspnm.h>
#include <unicode/locid.h>
#include <unicode/region.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>
#include <unicode/ucurr.h>
#include <unicode/uenum.h>
#include <unicode/unistr.h>

#include <memory>

#include "curated_lists.h"
#include "icu_data_error.h"
#include "word_forms.h"

namespace newsindex::ner {
namespace {

// Display languages for country and region names: the languages the archive is expected to hold.
constexpr const char* kNameLocales[] = {"en", "de", "fr", "es", "it", "pt", "nl", "sv",
                                        "da", "nb", "fi", "pl", "cs", "ru", "uk", "tr",
                                        "el", "ar", "he", "zh", "ja", "ko"};
// Exemplar city names are mostly identical across Latin-script locales, so fewer locales suffice.
constexpr const char* kCityLocales[] = {"en", "de", "fr", "es", "it", "fi", "ru", "zh", "ja"};

std::string to_utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace

std::uint64_t Gazetteer::extend_key(std::uint64_t key, std::uint64_t word_hash) noexcept {
  return combine_hash(key, word_hash);
}

void Gazetteer::prefix_keys(std::string_view name, std::vector<Token>& tokens, std::string& lower,
                            std::vector<std::uint64_t>& keys) const {
  keys.clear();
  tokenizer_.tokenize(name, tokens);
  if (tokens.empty() || tokens.size() > kMaxNameTokens) return;
  std::uint64_t key = start_key();
  for (const auto& t : tokens) {
    lower.clear();
    append_normalised_lower(lower, name.substr(t.begin, t.end - t.begin));
    key = extend_key(key, hash_bytes(lower));
    keys.push_back(key);
  }
}

std::uint16_t Gazetteer::categories_of_name(std::string_view name) const {
  std::vector<Token> tokens;
  std::string lower;
  std::vector<std::uint64_t> keys;
  prefix_keys(name, tokens, lower, keys);
  return keys.empty() ? 0 : categories_of(keys.back());
}

void Gazetteer::add(std::string_view name, std::uint16_t categories) {
  prefix_keys(name, scratch_tokens_, scratch_, scratch_keys_);
  for (std::size_t i = 0; i < scratch_keys_.size(); ++i) {
    auto& value = entries_.get_or_insert(scratch_keys_[i], 0);
    if (i + 1 < scratch_keys_.size()) {
      value |= kPrefixBit;
    } else {
      bool acronym = scratch_keys_.size() == 1 && name.size() >= 2 && name.size() <= 5;
      for (const char c : name) acronym &= c >= 'A' && c <= 'Z';
      if ((value & 0xFFFF) == 0) {
        ++names_;
        if (acronym) value |= kAcronymBit;
      }
      if (!acronym) value &= ~kAcronymBit;
      value |= categories;
    }
  }
}

bool Gazetteer::acronym_only(std::uint64_t word_hash) const noexcept {
  const auto* v = entries_.find(extend_key(start_key(), word_hash));
  return v != nullptr && (*v & kAcronymBit) != 0;
}

std::uint16_t Gazetteer::categories_of(std::uint64_t key) const noexcept {
  const auto* v = entries_.find(key);
  return v ? static_cast<std::uint16_t>(*v & 0xFFFF) : 0;
}

void Gazetteer::annotate(std::span<const std::uint64_t> word_hashes,
                         std::span<const std::uint8_t> may_start,
                         std::span<GazetteerMark> out) const {
  const std::size_t n = word_hashes.size();
  // Every token is looked up in a table far larger than the CPU's caches: start loading the entry
  // of a token a few places ahead, so that its miss overlaps the work on this one.
  constexpr std::size_t kPrefetchAhead = 6;
  for (std::size_t k = 0; k < kPrefetchAhead && k < n; ++k) {
    entries_.prefetch(extend_key(start_key(), word_hashes[k]));
  }
  std::size_t i = 0;
  while (i < n) {
    if (i + kPrefetchAhead < n) {
      entries_.prefetch(extend_key(start_key(), word_hashes[i + kPrefetchAhead]));
    }
    out[i] = {};
    std::size_t best_len = 0;
    std::uint16_t best_cats = 0;
    if (may_start[i]) {
      std::uint64_t key = start_key();
      for (std::size_t len = 1; len <= kMaxNameTokens && i + len <= n; ++len) {
        key = extend_key(key, word_hashes[i + len - 1]);
        const auto* v = entries_.find(key);
        if (v == nullptr) break;
        if (*v & 0xFFFF) {
          best_len = len;
          best_cats = static_cast<std::uint16_t>(*v & 0xFFFF);
        }
        if (!(*v & kPrefixBit)) break;
      }
    }
    if (best_len == 0) {
      ++i;
      continue;
    }
    for (std::size_t k = 0; k < best_len; ++k) {
      const std::uint8_t pos = best_len == 1 ? 4 : (k == 0 ? 1 : (k + 1 == best_len ? 3 : 2));
      out[i + k] = GazetteerMark{best_cats, pos};
    }
    i += best_len;
  }
}

std::vector<PlaceMatch> Gazetteer::find_places(std::string_view text) const {
  std::vector<Token> tokens;
  Tokenizer().tokenize(text, tokens);
  std::vector<std::uint64_t> hashes(tokens.size());
  std::vector<std::uint8_t> may_start(tokens.size(), 1);
  std::vector<GazetteerMark> marks(tokens.size());
  std::string lower;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    lower.clear();
    append_normalised_lower(lower, text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin));
    hashes[i] = hash_bytes(lower);
  }
  annotate(hashes, may_start, marks);
  std::vector<PlaceMatch> found;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!(marks[i].categories & kGazPlaces) || (marks[i].position != 1 && marks[i].position != 4))
      continue;
    std::size_t j = i;
    while (marks[j].position != 3 && marks[j].position != 4) ++j;
    found.push_back(PlaceMatch{tokens[i].begin, tokens[j].end, marks[i].categories});
  }
  return found;
}

Gazetteer Gazetteer::from_icu() {
  Gazetteer g;
  UErrorCode status = U_ZERO_ERROR;

  // Regions: the ISO 3166 countries and the UN M.49 continents and sub-continents ("Europe",
  // "Western Asia").
  std::vector<std::pair<std::string, std::uint16_t>> regions;
  for (const char* const* cc = icu::Locale::getISOCountries(); *cc != nullptr; ++cc)
    regions.emplace_back(*cc, kGazCountry);
  for (const auto type : {URGN_WORLD, URGN_CONTINENT, URGN_SUBCONTINENT}) {
    status = U_ZERO_ERROR;
    std::unique_ptr<icu::StringEnumeration> e(icu::Region::getAvailable(type, status));
    require_icu_data(status, "the list of world regions");
    while (const char* code = e->next(nullptr, status)) {
      require_icu_data(status, "the list of world regions");
      regions.emplace_back(code, kGazRegion);
    }
  }
  for (const char* lang : kNameLocales) {
    const icu::Locale display(lang);
    status = U_ZERO_ERROR;
    // The short form gives "US", "UK", "Hong Kong" where the standard form is long ("United
    // States").
    UDisplayContext short_ctx[] = {UDISPCTX_LENGTH_SHORT};
    std::unique_ptr<icu::LocaleDisplayNames> short_names(
        icu::LocaleDisplayNames::createInstance(display, short_ctx, 1));
    for (const auto& [code, cats] : regions) {
      icu::UnicodeString name;
      icu::Locale("und", code.c_str()).getDisplayCountry(display, name);
      std::string utf8 = to_utf8(name);
      if (!utf8.empty() && utf8 != code) g.add(utf8, cats);
      if (short_names) {
        icu::UnicodeString short_name;
        short_names->regionDisplayName(code.c_str(), short_name);
        utf8 = to_utf8(short_name);
        if (!utf8.empty() && utf8 != code) g.add(utf8, cats);
      }
    }
  }

  // Cities: the exemplar location of every canonical time zone ("Kyiv", "Ho Chi Minh City",
  // "Mexiko-Stadt").
  status = U_ZERO_ERROR;
  std::unique_ptr<icu::StringEnumeration> zones(icu::TimeZone::createTimeZoneIDEnumeration(
      UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, status));
  require_icu_data(status, "the list of time zones");
  std::vector<icu::UnicodeString> zone_ids;
  while (const icu::UnicodeString* id = zones->snext(status)) {
    require_icu_data(status, "the list of time zones");
    zone_ids.push_back(*id);
  }
  for (const char* lang : kCityLocales) {
    status = U_ZERO_ERROR;
    std::unique_ptr<icu::TimeZoneNames> names(
        icu::TimeZoneNames::createInstance(icu::Locale(lang), status));
    require_icu_data(status, std::string("the city names of locale ") + lang);
    for (const auto& id : zone_ids) {
      icu::UnicodeString city;
      names->getExemplarLocationName(id, city);
      if (!city.isEmpty()) g.add(to_utf8(city), kGazCity);
    }
  }

  // Month and weekday names: never entities on their own.
  status = U_ZERO_ERROR;
  icu::DateFormatSymbols symbols(icu::Locale::getEnglish(), status);
  require_icu_data(status, "the English month and weekday names");
  {
    std::int32_t count = 0;
    const icu::UnicodeString* months = symbols.getMonths(count);
    for (std::int32_t i = 0; i < count; ++i) g.add(to_utf8(months[i]), kGazCalendar);
    const icu::UnicodeString* days = symbols.getWeekdays(count);
    for (std::int32_t i = 0; i < count; ++i) {
      if (!days[i].isEmpty()) g.add(to_utf8(days[i]), kGazCalendar);
    }
  }

  // Currency codes and zone abbreviations look like organisation acronyms to the model but never
  // are.
  status = U_ZERO_ERROR;
  std::unique_ptr<UEnumeration, decltype(&uenum_close)> currencies(
      ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &status), &uenum_close);
  require_icu_data(status, "the list of currency codes");
  while (const char* code = uenum_next(currencies.get(), nullptr, &status)) {
    require_icu_data(status, "the list of currency codes");
    g.add(code, kGazCode);
  }
  status = U_ZERO_ERROR;
  std::unique_ptr<icu::TimeZoneNames> en_zone_names(
      icu::TimeZoneNames::createInstance(icu::Locale::getEnglish(), status));
  require_icu_data(status, "the English time zone names");
  std::unique_ptr<icu::StringEnumeration> metazones(en_zone_names->getAvailableMetaZoneIDs(status));
  require_icu_data(status, "the list of time zone abbreviations");
  while (const icu::UnicodeString* mz = metazones->snext(status)) {
    require_icu_data(status, "the list of time zone abbreviations");
    for (const auto type : {UTZNM_SHORT_STANDARD, UTZNM_SHORT_DAYLIGHT}) {
      icu::UnicodeString abbreviation;
      en_zone_names->getMetaZoneDisplayName(*mz, type, abbreviation);
      if (abbreviation.length() >= 2 && abbreviation.length() <= 5)
        g.add(to_utf8(abbreviation), kGazCode);
    }
  }
  g.add("UTC", kGazCode);  // the one zone abbreviation CLDR keeps outside metazone names

  for (const auto name : country_aliases()) g.add(name, kGazCountry);
  for (const auto name : extra_places()) g.add(name, kGazRegion);
  for (const auto name : demonyms()) g.add(name, kGazDemonym);
  for (const auto name : international_organisations()) g.add(name, kGazOrganisation);
  for (const auto name : major_companies()) g.add(name, kGazOrganisation);
  for (const auto name : person_titles()) g.add(name, kGazPersonTitle);
  for (const auto name : strong_organisation_suffixes()) g.add(name, kGazStrongOrgSuffix);
  for (const auto name : weak_organisation_suffixes()) g.add(name, kGazWeakOrgSuffix);
  return g;
}

}  // namespace newsindex::ner
