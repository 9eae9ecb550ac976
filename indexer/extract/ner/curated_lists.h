// Small word lists written for this project for what ICU's locale data does not provide:
// nationality adjectives, international organisations, US states, person titles and company-form
// suffixes.  Country, region, city and calendar names come from ICU (see gazetteer.cc), never from
// here.
#pragma once

#include <span>
#include <string_view>

namespace newsindex::ner {

std::span<const std::string_view> demonyms();
std::span<const std::string_view> international_organisations();
std::span<const std::string_view> major_companies();
std::span<const std::string_view>
country_aliases();  // "U.S.", "USA", "Britain": forms CLDR has no entry for
// US states and large cities that are not the exemplar city of a time zone.
std::span<const std::string_view> extra_places();
std::span<const std::string_view> person_titles();
std::span<const std::string_view>
strong_organisation_suffixes();  // legal forms: "Inc", "GmbH", "plc"
std::span<const std::string_view>
weak_organisation_suffixes();  // institution heads: "Bank", "Ministry"

}  // namespace newsindex::ner
