#include "gazetteer.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

namespace newsindex::ner {
namespace {

const Gazetteer& gazetteer() {
  static const Gazetteer g = Gazetteer::from_icu();
  return g;
}

std::uint16_t categories_of(const std::string& text) {
  const auto found = gazetteer().find_places(text);
  if (found.size() != 1 || found[0].begin != 0 || found[0].end != text.size()) return 0;
  return found[0].categories;
}

TEST(Gazetteer, CountryNamesComeFromIcuInManyLanguages) {
  for (const char* name :
       {"Germany", "Deutschland", "Allemagne", "Alemania", "Saksa", "Германия", "ドイツ", "德国"}) {
    EXPECT_TRUE(categories_of(name) & kGazCountry) << name;
  }
  EXPECT_TRUE(categories_of("US") & kGazCountry);     // CLDR short form
  EXPECT_TRUE(categories_of("Europe") & kGazRegion);  // UN M.49 continent
}

TEST(Gazetteer, CitiesComeFromTimeZoneExemplars) {
  for (const char* name : {"Kyiv", "Ho Chi Minh City", "Mexiko-Stadt", "Buenos Aires"}) {
    EXPECT_TRUE(categories_of(name) & kGazCity) << name;
  }
}

TEST(Gazetteer, ANameGivenAsTextIsReadAsItsOwnNamesAre) {
  // In any case and of several words; only a whole name, not the words it begins with.
  EXPECT_TRUE(gazetteer().categories_of_name("Ho Chi Minh City") & kGazCity);
  EXPECT_TRUE(gazetteer().categories_of_name("buenos aires") & kGazCity);
  EXPECT_TRUE(gazetteer().categories_of_name("GERMANY") & kGazCountry);
  EXPECT_EQ(gazetteer().categories_of_name("Buenos"), 0);
  EXPECT_EQ(gazetteer().categories_of_name("Kranzbach"), 0);
  EXPECT_EQ(gazetteer().categories_of_name(""), 0);
}

TEST(Gazetteer, FindsMultiWordPlacesWithByteOffsets) {
  const std::string text = "Flüge von München nach New York und Tokio";
  const auto found = gazetteer().find_places(text);
  ASSERT_EQ(found.size(),
            2u);  // "München" is a zone exemplar in no locale; "Tokio" is the German exemplar
  EXPECT_EQ(text.substr(found[0].begin, found[0].end - found[0].begin), "New York");
  EXPECT_EQ(text.substr(found[1].begin, found[1].end - found[1].begin), "Tokio");
}

TEST(Gazetteer, KnowsCalendarWordsAndCodesWithoutCallingThemPlaces) {
  EXPECT_EQ(categories_of("Friday") & kGazPlaces, 0);
  EXPECT_TRUE(gazetteer().find_places("USD").empty());
}

TEST(Gazetteer, BuildsQuickly) {
  const auto start = std::chrono::steady_clock::now();
  const auto g = Gazetteer::from_icu();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 0.5);
  EXPECT_GT(g.size(), 3000u);
}

}  // namespace
}  // namespace newsindex::ner
