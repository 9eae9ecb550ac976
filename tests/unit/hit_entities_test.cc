// What hits and exported rows name an article's entities: as the entity resolution counts them.
#include "hit_entities.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <string>
#include <vector>

namespace newsindex {
namespace {

using schema::DocumentEntity;
using schema::EntityKind;
using schema::NamedFacet;
using schema::NamedValue;

NamedValue value(NamedFacet facet, schema::Ordinal ordinal, std::string display, std::string key) {
  return NamedValue{{facet, ordinal}, {std::move(key), std::move(display)}};
}

const NamedValue kPaulVolcker = value(NamedFacet::kPerson, 0, "Paul Volcker", "paul volcker");
const NamedValue kVolcker = value(NamedFacet::kPerson, 1, "Volcker", "volcker");
const NamedValue kBaker = value(NamedFacet::kPerson, 2, "Baker", "baker");
const NamedValue kJamesBaker = value(NamedFacet::kPerson, 3, "James Baker", "james baker");
const NamedValue kTenneco = value(NamedFacet::kOrganisation, 5, "Tenneco", "tenneco");
const NamedValue kBakerTenneco = value(NamedFacet::kPerson, schema::kFirstDefinedOrdinal,
                                       "James Baker (Tenneco)", "james baker (tenneco)");
const NamedValue kSaoPaulo = value(NamedFacet::kPerson, 6, "Sao Paulo", "sao paulo");
const NamedValue kSaoPauloPlace = value(NamedFacet::kPlace, 9, "Sao Paulo", "sao paulo");
const NamedValue kReuter = value(NamedFacet::kPerson, 20, "Reuter", "reuter");

schema::EntityResolution table() {
  return schema::EntityResolution({{kVolcker, kPaulVolcker, std::nullopt, "archive"},
                                   {kBaker, kBakerTenneco, kTenneco, "split"},
                                   {kBaker, kJamesBaker, std::nullopt, "merge"},
                                   {kSaoPaulo, kSaoPauloPlace, std::nullopt, "retype"}},
                                  {kReuter}, {kBakerTenneco});
}

DocumentEntity entity(EntityKind kind, const NamedValue& name, unsigned mentions) {
  return DocumentEntity{kind, name.name.key, name.name.display, mentions, {}};
}

// An article whose organisations are `orgs` (ordinals), as the index stores them.
Xapian::Document article(std::vector<schema::Ordinal> orgs) {
  Xapian::Document document;
  document.add_value(schema::named_facet_info(NamedFacet::kOrganisation).slot,
                     schema::encode_number_set(std::move(orgs)));
  return document;
}

std::vector<std::string> names(const std::vector<DocumentEntity>& entities) {
  std::vector<std::string> shown;
  for (const DocumentEntity& e : entities)
    shown.push_back(e.display + " " + std::to_string(e.mentions));
  return shown;
}

TEST(HitEntityResolver, NamesThatCountAsOneValueAreOneEntityWithTheirMentionsAdded) {
  const schema::EntityResolution resolution = table();
  const HitEntityResolver resolver(resolution);
  std::vector<DocumentEntity> entities = {entity(EntityKind::kPerson, kPaulVolcker, 2),
                                          entity(EntityKind::kPerson, kBaker, 2),
                                          entity(EntityKind::kPerson, kVolcker, 1)};
  resolver.resolve(entities, article({}));
  EXPECT_EQ(names(entities), (std::vector<std::string>{"Paul Volcker 3", "James Baker 2"}));
  EXPECT_EQ(entities[0].key, "paul volcker");
}

TEST(HitEntityResolver, SplitsRetypesAndHiddenValuesApply) {
  const schema::EntityResolution resolution = table();
  const HitEntityResolver resolver(resolution);
  std::vector<DocumentEntity> entities = {
      entity(EntityKind::kPerson, kReuter, 9), entity(EntityKind::kPerson, kBaker, 3),
      entity(EntityKind::kOrganisation, kTenneco, 2), entity(EntityKind::kPerson, kSaoPaulo, 1)};
  // Beside Tenneco, Baker is the split's value; Reuter is hidden; Sao Paulo is a place.
  resolver.resolve(entities, article({kTenneco.value.ordinal}));
  EXPECT_EQ(names(entities),
            (std::vector<std::string>{"James Baker (Tenneco) 3", "Tenneco 2", "Sao Paulo 1"}));
  EXPECT_EQ(entities[2].kind, EntityKind::kPlace);
}

TEST(HitEntityResolver, WithoutAResolutionEntitiesStayAsExtracted) {
  const schema::EntityResolution none;
  const HitEntityResolver resolver(none);
  std::vector<DocumentEntity> entities = {entity(EntityKind::kPerson, kVolcker, 1),
                                          entity(EntityKind::kPerson, kReuter, 1)};
  resolver.resolve(entities, article({}));
  EXPECT_EQ(names(entities), (std::vector<std::string>{"Volcker 1", "Reuter 1"}));
}

}  // namespace
}  // namespace newsindex
