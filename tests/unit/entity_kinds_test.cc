// The entity kind table is the one place a kind is turned into text or text into a kind.
#include "entity_kinds.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "schema.h"

namespace newsindex::schema {
namespace {

TEST(EntityKinds, EveryNameOfAKindParsesBackToItInAnyCase) {
  for (const EntityKindInfo& info : kEntityKinds) {
    EXPECT_EQ(parse_entity_kind(info.label), info.kind) << info.label;
    EXPECT_EQ(parse_entity_kind(info.field), info.kind) << info.field;
    std::string upper(info.field);
    for (char& c : upper) c = static_cast<char>(c - 'a' + 'A');
    EXPECT_EQ(parse_entity_kind(upper), info.kind) << upper;
    for (std::string_view other : info.other_names) {
      if (!other.empty()) {
        EXPECT_EQ(parse_entity_kind(other), info.kind) << other;
      }
    }
  }
  EXPECT_EQ(parse_entity_kind("organization"), EntityKind::kOrganisation);
  EXPECT_EQ(parse_entity_kind("Location"), EntityKind::kPlace);
  EXPECT_FALSE(parse_entity_kind("people").has_value());
  EXPECT_FALSE(parse_entity_kind("").has_value());
}

TEST(EntityKinds, TheTableIsIndexedByKindAndCodesRoundTrip) {
  for (std::size_t i = 0; i < kEntityKinds.size(); ++i) {
    const EntityKind kind = kEntityKinds[i].kind;
    EXPECT_EQ(entity_kind_index(kind), i);
    EXPECT_EQ(&entity_kind_info(kind), &kEntityKinds[i]);
    EXPECT_EQ(entity_kind_of_code(static_cast<char>(kind)), kind);
  }
  EXPECT_FALSE(entity_kind_of_code('X').has_value());
  EXPECT_FALSE(entity_kind_of_code('\0').has_value());
}

TEST(EntityKinds, OnlyPeopleOrganisationsAndPlacesAreFacets) {
  for (EntityKind kind : kFacetedEntityKinds) EXPECT_TRUE(entity_kind_info(kind).faceted);
  EXPECT_FALSE(entity_kind_info(EntityKind::kMisc).faceted);
  EXPECT_EQ(faceted_entity_kind("org")->kind, EntityKind::kOrganisation);
  EXPECT_EQ(faceted_entity_kind("misc"), nullptr);
  EXPECT_EQ(faceted_entity_kind("source"), nullptr);
}

// Xapian finds a term by its whole prefix: no prefix may begin another, or "XPER:" terms would
// be read as "XPERW:" ones.
TEST(EntityKinds, TermPrefixesAreDistinctAndNoneBeginsAnother) {
  std::set<std::string_view> prefixes;
  for (const EntityKindInfo& info : kEntityKinds) {
    prefixes.insert(info.term_prefix);
    prefixes.insert(info.word_prefix);
  }
  ASSERT_EQ(prefixes.size(), 2 * kEntityKinds.size());
  for (std::string_view a : prefixes) {
    for (std::string_view b : prefixes) {
      if (a != b) {
        EXPECT_FALSE(b.starts_with(a)) << a << " begins " << b;
      }
    }
  }
  EXPECT_TRUE(entity_term(EntityKind::kPerson, "putin").starts_with("XPER:"));
  EXPECT_TRUE(entity_word_term(EntityKind::kPlace, "york").starts_with("XLOCW:"));
}

TEST(EntityKeyWords, AreTheWordsOfTwoBytesOrMoreOfAKeyOfSeveral) {
  using Words = std::vector<std::string>;
  EXPECT_EQ(entity_key_words("vladimir putin"), (Words{"vladimir", "putin"}));
  EXPECT_EQ(entity_key_words("j.r.r. tolkien"), (Words{"tolkien"}));
  EXPECT_EQ(entity_key_words("at&t"), (Words{"at"}));
  EXPECT_EQ(entity_key_words("putin"), Words{});
  EXPECT_EQ(entity_key_words("o'brien"), (Words{"brien"}));
}

// The filter side of the rule: every word that gets a word term is one a filter looks up.
TEST(EntityKeyWords, AFilterOfOneWordLooksUpEveryWordTermTheIndexMakes) {
  for (std::string key : {"vladimir putin", "bank of england", "jean-claude juncker"}) {
    for (const std::string& word : entity_key_words(key)) {
      EXPECT_TRUE(may_be_entity_key_word(word)) << word;
    }
    EXPECT_FALSE(may_be_entity_key_word(key)) << key;
  }
}

TEST(MentionedDatesList, RoundTripsInOrder) {
  const std::vector<std::string> dates = {"2025-04-04", "2025-04", "2022"};
  const std::string value = encode_mentioned_dates(dates);
  EXPECT_EQ(value, "2025-04-04 2025-04 2022");
  std::vector<std::string> read;
  std::string_view rest = value;
  std::string_view date;
  while (next_mentioned_date(rest, date)) read.emplace_back(date);
  EXPECT_EQ(read, dates);
  rest = std::string_view();
  EXPECT_FALSE(next_mentioned_date(rest, date));
  EXPECT_EQ(encode_mentioned_dates({}), "");
}

}  // namespace
}  // namespace newsindex::schema
