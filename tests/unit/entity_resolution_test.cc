// The entity resolution table: what each value counts as, which articles a value's filter selects,
// and its encoding in the index's metadata.
#include "entity_resolution.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "command_runner.h"
#include "curation_file.h"
#include "entity_resolver.h"
#include "index_layout.h"
#include "index_names.h"
#include "searcher.h"
#include "short_name_rule.h"
#include "small_archive.h"
#include "text_folder.h"

namespace newsindex::schema {
namespace {

constexpr NamedFacet kP = NamedFacet::kPerson;
constexpr NamedFacet kO = NamedFacet::kOrganisation;

NamedValue value(NamedFacet facet, Ordinal ordinal, std::string display, std::string key) {
  return NamedValue{{facet, ordinal}, {std::move(key), std::move(display)}};
}

// The values the tests talk about.
const NamedValue kPaulVolcker = value(kP, 0, "Paul Volcker", "paul volcker");
const NamedValue kVolcker = value(kP, 1, "Volcker", "volcker");
const NamedValue kBaker = value(kP, 2, "Baker", "baker");
const NamedValue kJamesBaker = value(kP, 3, "James Baker", "james baker");
const NamedValue kTenneco = value(kO, 5, "Tenneco", "tenneco");
const NamedValue kJamesBakerTenneco =
    value(kP, kFirstDefinedOrdinal, "James Baker (Tenneco)", "james baker (tenneco)");
const NamedValue kHoward = value(kP, 7, "Howard", "howard");
const NamedValue kHowardTenneco = value(kP, 8, "Howard Tenneco", "howard tenneco");
const NamedValue kReagan = value(kP, 10, "Reagan", "reagan");
const NamedValue kRonReagan = value(kP, 11, "Ron Reagan", "ron reagan");
const NamedValue kRonaldReagan = value(kP, 12, "Ronald Reagan", "ronald reagan");
const NamedValue kReuter = value(kP, 20, "Reuter", "reuter");
const NamedValue kStaff = value(kP, 21, "Staff", "staff");

// A table with every kind of mapping, given in an order the constructor has to sort.
EntityResolution sample_table() {
  std::vector<ValueMapping> mappings = {
      {kVolcker, kPaulVolcker, std::nullopt, "archive: 100%"},
      // Baker is James Baker, except beside Tenneco (unconditional one first, to be sorted).
      {kBaker, kJamesBaker, std::nullopt, "curation line 2 (merge)"},
      {kBaker, kJamesBakerTenneco, kTenneco, "curation line 3 (split)"},
      // Howard is only split: beside Tenneco he is Howard Tenneco, otherwise himself.
      {kHoward, kHowardTenneco, kTenneco, "curation line 4 (split)"},
      {kReagan, kRonaldReagan, std::nullopt, "curation line 5 (merge)"},
      {kRonReagan, kRonaldReagan, std::nullopt, "curation line 5 (merge)"},
  };
  return EntityResolution(std::move(mappings), {kStaff, kReuter}, {kJamesBakerTenneco});
}

// An article's values, as the `has` callback of resolve() sees them.
auto article_with(std::set<FacetValueRef> values) {
  return [values = std::move(values)](FacetValueRef value) { return values.contains(value); };
}

std::vector<FacetValueRef> refs(const std::vector<NamedValue>& values) {
  std::vector<FacetValueRef> out;
  for (const NamedValue& value : values) out.push_back(value.value);
  return out;
}

TEST(EntityResolution, AnEmptyTableResolvesEveryValueToItself) {
  EntityResolution empty;
  EXPECT_TRUE(empty.empty());
  EXPECT_EQ(empty.resolve(kVolcker.value, article_with({})), kVolcker.value);
  EXPECT_FALSE(empty.is_hidden(kReuter.value));
  EXPECT_EQ(empty.name_of(kPaulVolcker.value), nullptr);
  EXPECT_FALSE(empty.find_value(kP, "volcker").has_value());
  EXPECT_FALSE(empty.maps_from(kP));
}

TEST(EntityResolution, AnUnconditionalMappingAppliesInEveryArticle) {
  EntityResolution table = sample_table();
  EXPECT_FALSE(table.empty());
  EXPECT_EQ(table.resolve(kVolcker.value, article_with({})), kPaulVolcker.value);
  EXPECT_EQ(table.resolve(kVolcker.value, article_with({kTenneco.value})), kPaulVolcker.value);
  EXPECT_EQ(table.resolve(kReagan.value, article_with({})), kRonaldReagan.value);
  EXPECT_EQ(table.resolve(kRonReagan.value, article_with({})), kRonaldReagan.value);
}

TEST(EntityResolution, AConditionalMappingAppliesOnlyInArticlesWithItsCondition) {
  EntityResolution table = sample_table();
  // Beside Tenneco: the split target, even though an unconditional mapping was given first.
  EXPECT_EQ(table.resolve(kBaker.value, article_with({kTenneco.value})), kJamesBakerTenneco.value);
  // Elsewhere: the unconditional mapping.
  EXPECT_EQ(table.resolve(kBaker.value, article_with({})), kJamesBaker.value);
  EXPECT_EQ(table.resolve(kBaker.value, article_with({kRonaldReagan.value})), kJamesBaker.value);
  // A value with only a conditional mapping stays itself elsewhere.
  EXPECT_EQ(table.resolve(kHoward.value, article_with({kTenneco.value})), kHowardTenneco.value);
  EXPECT_EQ(table.resolve(kHoward.value, article_with({})), kHoward.value);
  // The condition is a value of its facet: a person with Tenneco's ordinal is no condition.
  EXPECT_EQ(table.resolve(kHoward.value, article_with({{kP, 5}})), kHoward.value);
}

TEST(EntityResolution, ValuesWithoutMappingsResolveToThemselves) {
  EntityResolution table = sample_table();
  int asked = 0;
  auto counting = [&](FacetValueRef) {
    ++asked;
    return true;
  };
  EXPECT_EQ(table.resolve(kPaulVolcker.value, counting), kPaulVolcker.value);
  EXPECT_EQ(table.resolve(kJamesBaker.value, counting), kJamesBaker.value);
  EXPECT_EQ(table.resolve(FacetValueRef{kP, 9999}, counting), (FacetValueRef{kP, 9999}));
  // The same ordinal in another facet is another value.
  EXPECT_EQ(table.resolve(FacetValueRef{kO, 1}, counting), (FacetValueRef{kO, 1}));
  EXPECT_EQ(asked, 0);
}

TEST(EntityResolution, TellsWhichFacetsItMapsFromAndWhichConditionsItReads) {
  EntityResolution table = sample_table();
  EXPECT_TRUE(table.maps_from(kP));
  EXPECT_FALSE(table.maps_from(kO));
  EXPECT_FALSE(table.maps_from(NamedFacet::kPlace));
  EXPECT_EQ(table.condition_facets(), std::vector<NamedFacet>{kO});
}

TEST(EntityResolution, HiddenValuesAreHiddenWhateverOrderTheyWereGivenIn) {
  EntityResolution table = sample_table();
  EXPECT_TRUE(table.is_hidden(kReuter.value));
  EXPECT_TRUE(table.is_hidden(kStaff.value));
  EXPECT_FALSE(table.is_hidden(kVolcker.value));
  EXPECT_FALSE(table.is_hidden(FacetValueRef{kO, 20}));  // Reuter's ordinal, another facet
  // A table that only hides is not empty.
  EXPECT_FALSE(EntityResolution({}, {kReuter}, {}).empty());
}

TEST(EntityResolution, NamesDefinedValuesAndMappingTargets) {
  EntityResolution table = sample_table();
  const FacetName* defined = table.name_of(kJamesBakerTenneco.value);
  ASSERT_NE(defined, nullptr);
  EXPECT_GE(kJamesBakerTenneco.value.ordinal, kFirstDefinedOrdinal);
  EXPECT_EQ(defined->display, "James Baker (Tenneco)");
  EXPECT_EQ(defined->key, "james baker (tenneco)");
  const FacetName* target = table.name_of(kPaulVolcker.value);
  ASSERT_NE(target, nullptr);
  EXPECT_EQ(*target, kPaulVolcker.name);
  ASSERT_NE(table.name_of(kRonaldReagan.value), nullptr);
  EXPECT_EQ(table.name_of(kRonaldReagan.value)->display, "Ronald Reagan");
  EXPECT_EQ(table.name_of(FacetValueRef{kP, 9999}), nullptr);
  EXPECT_EQ(table.name_of(FacetValueRef{kO, 0}), nullptr);  // Paul Volcker's ordinal, an org
}

TEST(EntityResolution, FindsSourcesTargetsAndDefinedValuesByFacetAndKey) {
  EntityResolution table = sample_table();
  EXPECT_EQ(table.find_value(kP, "volcker"), kVolcker.value);             // a source
  EXPECT_EQ(table.find_value(kP, "paul volcker"), kPaulVolcker.value);    // a target
  EXPECT_EQ(table.find_value(kP, "ron reagan"), kRonReagan.value);        // a source
  EXPECT_EQ(table.find_value(kP, "ronald reagan"), kRonaldReagan.value);  // a target of two
  EXPECT_EQ(table.find_value(kP, "howard"), kHoward.value);               // source of a split only
  EXPECT_EQ(table.find_value(kP, "james baker (tenneco)"), kJamesBakerTenneco.value);  // defined
  EXPECT_FALSE(table.find_value(kO, "volcker").has_value());  // another facet
  EXPECT_FALSE(table.find_value(kP, "nobody").has_value());
  EXPECT_FALSE(table.find_value(kP, "Volcker").has_value());  // keys, not names
}

TEST(EntityResolution, TheUnconditionalTargetIsWhatAValueCountsAsWhenNoConditionHolds) {
  EntityResolution table = sample_table();
  auto volcker = table.unconditional_target(kP, "volcker");
  ASSERT_TRUE(volcker.has_value());
  EXPECT_EQ(*volcker, kPaulVolcker);
  auto baker = table.unconditional_target(kP, "baker");
  ASSERT_TRUE(baker.has_value());
  EXPECT_EQ(*baker, kJamesBaker);
  // Only split: no unconditional target.
  EXPECT_FALSE(table.unconditional_target(kP, "howard").has_value());
  // A target, a value the table does not map, another facet.
  EXPECT_FALSE(table.unconditional_target(kP, "paul volcker").has_value());
  EXPECT_FALSE(table.unconditional_target(kP, "nobody").has_value());
  EXPECT_FALSE(table.unconditional_target(kO, "volcker").has_value());
}

TEST(EntityResolution, TheFilterOfATargetWithTwoSourcesHasItsOwnBranchAndOnePerSource) {
  EntityResolution table = sample_table();
  std::vector<FilterBranch> branches = table.filter_branches(kRonaldReagan);
  ASSERT_EQ(branches.size(), 3u);
  EXPECT_EQ(branches[0].name, kRonaldReagan);
  std::set<FacetValueRef> names;
  for (const FilterBranch& branch : branches) {
    names.insert(branch.name.value);
    EXPECT_TRUE(branch.with.empty());
    EXPECT_TRUE(branch.without.empty());
  }
  EXPECT_EQ(names, (std::set<FacetValueRef>{kRonaldReagan.value, kReagan.value, kRonReagan.value}));
  EXPECT_EQ(table.mappings_to(kRonaldReagan.value).size(), 2u);
}

TEST(EntityResolution, AValueMappedAwayHasNoBranchOfItsOwn) {
  EntityResolution table = sample_table();
  // Volcker counts as Paul Volcker everywhere: its filter selects no article by its own name.
  EXPECT_TRUE(table.filter_branches(kVolcker).empty());
  // Paul Volcker: his own name and Volcker's.
  std::vector<FilterBranch> branches = table.filter_branches(kPaulVolcker);
  ASSERT_EQ(branches.size(), 2u);
  EXPECT_EQ(branches[0].name, kPaulVolcker);
  EXPECT_EQ(branches[1].name, kVolcker);
  EXPECT_TRUE(branches[1].with.empty() && branches[1].without.empty());
}

TEST(EntityResolution, TheFiltersOfASplitSelectWithAndWithoutItsCondition) {
  EntityResolution table = sample_table();
  // The split target (a defined value, which no article names itself): Baker beside Tenneco.
  std::vector<FilterBranch> split = table.filter_branches(kJamesBakerTenneco);
  ASSERT_EQ(split.size(), 1u);
  EXPECT_EQ(split[0].name, kBaker);
  ASSERT_EQ(split[0].with.size(), 1u);
  EXPECT_EQ(split[0].with[0], kTenneco);
  EXPECT_TRUE(split[0].without.empty());

  // The source's default target: its own name, and Baker where Tenneco is not named.
  std::vector<FilterBranch> rest = table.filter_branches(kJamesBaker);
  ASSERT_EQ(rest.size(), 2u);
  EXPECT_EQ(rest[0].name, kJamesBaker);
  EXPECT_TRUE(rest[0].with.empty() && rest[0].without.empty());
  EXPECT_EQ(rest[1].name, kBaker);
  EXPECT_TRUE(rest[1].with.empty());
  ASSERT_EQ(rest[1].without.size(), 1u);
  EXPECT_EQ(rest[1].without[0], kTenneco);

  // A value split but otherwise left as it is: its own name where the condition is not named.
  std::vector<FilterBranch> howard = table.filter_branches(kHoward);
  ASSERT_EQ(howard.size(), 1u);
  EXPECT_EQ(howard[0].name, kHoward);
  EXPECT_TRUE(howard[0].with.empty());
  ASSERT_EQ(howard[0].without.size(), 1u);
  EXPECT_EQ(howard[0].without[0], kTenneco);
  std::vector<FilterBranch> target = table.filter_branches(kHowardTenneco);
  ASSERT_EQ(target.size(), 2u);
  EXPECT_EQ(target[0].name, kHowardTenneco);
  EXPECT_EQ(target[1].name, kHoward);
  ASSERT_EQ(target[1].with.size(), 1u);
  EXPECT_EQ(target[1].with[0], kTenneco);
}

TEST(EntityResolution, AValueTheTableDoesNotMentionIsFilteredByItsOwnName) {
  EntityResolution table = sample_table();
  const NamedValue other = value(kP, 42, "Somebody Else", "somebody else");
  std::vector<FilterBranch> branches = table.filter_branches(other);
  ASSERT_EQ(branches.size(), 1u);
  EXPECT_EQ(branches[0].name, other);
  EXPECT_TRUE(branches[0].with.empty() && branches[0].without.empty());
}

TEST(EntityResolution, ConditionalMappingsAreSortedBeforeTheUnconditionalOne) {
  EntityResolution table = sample_table();
  const std::vector<ValueMapping>& mappings = table.mappings();
  ASSERT_EQ(mappings.size(), 6u);
  for (std::size_t i = 0; i + 1 < mappings.size(); ++i) {
    if (mappings[i].from.value == mappings[i + 1].from.value) {
      EXPECT_TRUE(mappings[i].when.has_value() || !mappings[i + 1].when.has_value())
          << "mapping " << i << " of " << mappings[i].from.name.display;
    }
  }
  EXPECT_EQ(refs(table.hidden()), (std::vector<FacetValueRef>{kReuter.value, kStaff.value}));
}

TEST(EntityResolution, EncodingAndDecodingGivesTheSameTable) {
  EntityResolution table = sample_table();
  const std::string encoded = encode_entity_resolution(table);
  std::optional<EntityResolution> decoded = decode_entity_resolution(encoded);
  ASSERT_TRUE(decoded.has_value());
  EXPECT_EQ(decoded->mappings(), table.mappings());
  EXPECT_EQ(decoded->hidden(), table.hidden());
  EXPECT_EQ(decoded->defined_names(), table.defined_names());
  // And it answers as the original does.
  EXPECT_EQ(decoded->resolve(kBaker.value, article_with({kTenneco.value})),
            kJamesBakerTenneco.value);
  EXPECT_EQ(decoded->resolve(kBaker.value, article_with({})), kJamesBaker.value);
  EXPECT_TRUE(decoded->is_hidden(kReuter.value));
  EXPECT_EQ(decoded->find_value(kP, "james baker (tenneco)"), kJamesBakerTenneco.value);
  EXPECT_EQ(decoded->condition_facets(), table.condition_facets());
  EXPECT_EQ(encode_entity_resolution(*decoded), encoded);

  std::optional<EntityResolution> empty = decode_entity_resolution(encode_entity_resolution({}));
  ASSERT_TRUE(empty.has_value());
  EXPECT_TRUE(empty->empty());
  EXPECT_TRUE(empty->defined_names().empty());
}

TEST(EntityResolution, ReasonsAreLeftOutOnRequest) {
  const std::string encoded = encode_entity_resolution(sample_table());
  std::optional<EntityResolution> without = decode_entity_resolution(encoded, false);
  std::optional<EntityResolution> with = decode_entity_resolution(encoded);
  ASSERT_TRUE(without.has_value() && with.has_value());
  ASSERT_EQ(without->mappings().size(), with->mappings().size());
  bool any_reason = false;
  for (std::size_t i = 0; i < with->mappings().size(); ++i) {
    EXPECT_EQ(without->mappings()[i].reason, "");
    any_reason = any_reason || !with->mappings()[i].reason.empty();
    EXPECT_EQ(without->mappings()[i].from.value, with->mappings()[i].from.value);
    EXPECT_EQ(without->mappings()[i].from.name.key, with->mappings()[i].from.name.key);
    EXPECT_EQ(without->mappings()[i].from.name.display, "");
    EXPECT_EQ(without->mappings()[i].to, with->mappings()[i].to);
  }
  EXPECT_TRUE(any_reason);
  EXPECT_FALSE(decode_entity_resolution(encoded.substr(0, encoded.size() / 2), false).has_value());
}

TEST(EntityResolution, TheTotalsCorrectionIsKeptWithTheTable) {
  schema::EntityResolution table;
  table.set_totals_correction(
      {0x1234567890ABCDEFULL,
       {{schema::NamedFacet::kPerson, 7, -3}, {schema::NamedFacet::kPlace, 0x80000001u, 12}}});
  auto decoded = schema::decode_entity_resolution(schema::encode_entity_resolution(table));
  ASSERT_TRUE(decoded.has_value());
  EXPECT_EQ(decoded->totals_correction(), table.totals_correction());
  // A table kept without one has none.
  auto plain = schema::decode_entity_resolution(
      schema::encode_entity_resolution(schema::EntityResolution()));
  ASSERT_TRUE(plain.has_value());
  EXPECT_EQ(plain->totals_correction().digest, 0u);
}

TEST(EntityResolution, ADamagedValueDecodesToNothing) {
  const std::string encoded = encode_entity_resolution(sample_table());
  ASSERT_FALSE(encoded.empty());
  EXPECT_FALSE(decode_entity_resolution("").has_value());
  // Every truncation of it.
  for (std::size_t size = 0; size < encoded.size(); ++size) {
    EXPECT_FALSE(decode_entity_resolution(encoded.substr(0, size)).has_value())
        << "truncated to " << size << " of " << encoded.size() << " bytes";
  }
  // Another format.
  std::string other_format = encoded;
  ASSERT_EQ(other_format[0], '\x01');
  other_format[0] = '\x02';
  EXPECT_FALSE(decode_entity_resolution(other_format).has_value());
  other_format[0] = '\x00';
  EXPECT_FALSE(decode_entity_resolution(other_format).has_value());
  // Bytes after the end.
  EXPECT_FALSE(decode_entity_resolution(encoded + "x").has_value());
  // Text that is no table at all.
  EXPECT_FALSE(decode_entity_resolution("damaged").has_value());
}

TEST(EntityResolution, TheMetadataKeysAreDistinct) {
  EXPECT_FALSE(entity_resolution_key().empty());
  EXPECT_FALSE(curation_file_key().empty());
  EXPECT_NE(entity_resolution_key(), curation_file_key());
}

TEST(CurationFileValue, EncodingAndDecodingGivesTheNameAndTextBack) {
  const std::string text =
      "# team decisions\nmerge person \"Reagan\" \"Ron Reagan\" into \"Ronald Reagan\"\n"
      "hide person \"Staff\"\n";
  std::optional<std::pair<std::string, std::string>> decoded =
      decode_curation_file(encode_curation_file("team.curation", text));
  ASSERT_TRUE(decoded.has_value());
  EXPECT_EQ(decoded->first, "team.curation");
  EXPECT_EQ(decoded->second, text);

  auto empty = decode_curation_file(encode_curation_file("", ""));
  ASSERT_TRUE(empty.has_value());
  EXPECT_EQ(empty->first, "");
  EXPECT_EQ(empty->second, "");

  // A name with bytes that look like anything.
  const std::string odd_name("dir/\x01\xff name.curation", 20);
  auto odd = decode_curation_file(encode_curation_file(odd_name, std::string("a\0b", 3)));
  ASSERT_TRUE(odd.has_value());
  EXPECT_EQ(odd->first, odd_name);
  EXPECT_EQ(odd->second, std::string("a\0b", 3));
}

TEST(CurationFileValue, AValueWhoseNameIsCutShortDecodesToNothing) {
  const std::string encoded = encode_curation_file("team.curation", "keep person \"Baker\"\n");
  EXPECT_FALSE(decode_curation_file("").has_value());
  // Cut inside the name: its length says more than there is.
  EXPECT_FALSE(decode_curation_file(encoded.substr(0, 5)).has_value());
  // A length that runs past the end.
  EXPECT_FALSE(decode_curation_file(std::string("\x7f") + "short").has_value());
}

}  // namespace
}  // namespace newsindex::schema

// The archive's own resolution of short names and the user's curation file on top, on a small
// index written by the real document builder and index writer.
namespace newsindex {
namespace {

using schema::EntityKind;
using schema::FacetValueRef;
using schema::kFirstDefinedOrdinal;
using schema::NamedFacet;

// `count` articles naming `person` beside `org` and `place`, published in `month` ("1987-06").
void add_articles(std::vector<testing::ArticleSpec>& articles, const std::string& id, int count,
                  const std::string& person, const std::string& org, const std::string& place,
                  const std::string& month) {
  for (int i = 0; i < count; ++i) {
    testing::ArticleSpec spec;
    spec.id = id + "-" + std::to_string(i);
    spec.date = month + "-" + (i < 9 ? "0" : "") + std::to_string(i + 1);
    spec.source = "Wire";
    spec.title = person + " and " + org;
    spec.text = person + " spoke for " + org + " in " + place + ".";
    spec.entities = {{EntityKind::kPerson, person},
                     {EntityKind::kOrganisation, org},
                     {EntityKind::kPlace, place}};
    articles.push_back(spec);
  }
}

// Volcker is Paul Volcker (the only full name, same context); Smith could be John or Mary Smith
// (as many articles each); Hartmann's articles share nothing with Anna Hartmann's.
std::vector<testing::ArticleSpec> people_archive() {
  std::vector<testing::ArticleSpec> articles;
  add_articles(articles, "pv", 4, "Paul Volcker", "Federal Reserve", "Washington", "1987-06");
  add_articles(articles, "v", 3, "Volcker", "Federal Reserve", "Washington", "1987-06");
  add_articles(articles, "js", 3, "John Smith", "Acme Mills", "Boston", "1988-02");
  add_articles(articles, "ms", 3, "Mary Smith", "Acme Mills", "Boston", "1988-02");
  add_articles(articles, "s", 2, "Smith", "Acme Mills", "Boston", "1988-02");
  add_articles(articles, "ah", 3, "Anna Hartmann", "Fisheries Ministry", "Oslo", "2001-01");
  add_articles(articles, "h", 2, "Hartmann", "Tennis Club", "Lima", "1990-03");
  // A place the tagger took for a person.
  add_articles(articles, "w", 1, "Washington", "City Council", "Seattle", "1995-05");
  return articles;
}

class EntityResolverTest : public ::testing::TestWithParam<int> {
 protected:
  void SetUp() override {
    testing::write_archive(index_, people_archive(), GetParam());
    whole_ = IndexLayout(index_).open_for_reading();
    for (const std::filesystem::path& shard : IndexLayout(index_).shard_paths())
      shards_.emplace_back(shard.string());
    names_.emplace(shards_);
  }

  // The index's value of a name.
  FacetValueRef value_of(NamedFacet facet, const std::string& name) const {
    std::optional<schema::Ordinal> ordinal = names_->find(facet, TextFolder().key(name));
    EXPECT_TRUE(ordinal.has_value()) << name << " is not in the index";
    return {facet, ordinal.value_or(0xFFFFFFF0u)};
  }
  FacetValueRef person(const std::string& name) const {
    return value_of(NamedFacet::kPerson, name);
  }

  ResolutionOutcome resolve(const std::string& curation) const {
    return EntityResolver(whole_, shards_).resolve(parse_curation_file(curation, "team.curation"));
  }
  ResolutionOutcome resolve_archive_only() const {
    return EntityResolver(whole_, shards_).resolve(std::nullopt);
  }

  // What `value` counts as in an article naming nothing else the table asks about.
  static FacetValueRef alone(const schema::EntityResolution& resolution, FacetValueRef value) {
    return resolution.resolve(value, [](FacetValueRef) { return false; });
  }

  testing::TempFolder folder_;
  std::filesystem::path index_ = folder_ / "index";
  Xapian::Database whole_;
  std::vector<Xapian::Database> shards_;
  std::optional<IndexNames> names_;
};

TEST_P(EntityResolverTest, TheIndexNamesEveryPersonWithTheirArticles) {
  EXPECT_EQ(names_->total_articles(), 21u);
  EXPECT_EQ(names_->articles(NamedFacet::kPerson, person("Paul Volcker").ordinal), 4u);
  EXPECT_EQ(names_->articles(NamedFacet::kPerson, person("Volcker").ordinal), 3u);
  EXPECT_EQ(names_->articles(NamedFacet::kPerson, person("John Smith").ordinal), 3u);
  EXPECT_EQ(names_->articles(NamedFacet::kPerson, person("Mary Smith").ordinal), 3u);
  ASSERT_NE(names_->name(NamedFacet::kPerson, person("Volcker").ordinal), nullptr);
  EXPECT_EQ(names_->name(NamedFacet::kPerson, person("Volcker").ordinal)->display, "Volcker");
}

TEST_P(EntityResolverTest, ShortNameRuleMapsASurnameOnlyToTheFullNameItsArticlesUse) {
  std::vector<ShortNameMapping> mappings = ShortNameRule(whole_, *names_).propose();
  ASSERT_EQ(mappings.size(), 1u);
  EXPECT_EQ(mappings[0].from, person("Volcker").ordinal);
  EXPECT_EQ(mappings[0].to, person("Paul Volcker").ordinal);
  EXPECT_NE(mappings[0].reason.find("Paul Volcker"), std::string::npos) << mappings[0].reason;
  EXPECT_NE(mappings[0].reason.find("100%"), std::string::npos) << mappings[0].reason;
  for (const ShortNameMapping& mapping : mappings) {
    EXPECT_NE(mapping.from, person("Smith").ordinal) << "two Smiths of the same weight";
    EXPECT_NE(mapping.from, person("Hartmann").ordinal) << "no shared context";
  }
}

TEST_P(EntityResolverTest, ShortNameRuleKeepsHartmannApartForTheContextAlone) {
  // Anna Hartmann is the only full name ending in Hartmann (a share of 100%): asking for no
  // similarity at all maps Hartmann to her, so it is the context that keeps them apart.
  ShortNameSettings settings;
  settings.min_similarity = 0;
  std::vector<ShortNameMapping> mappings = ShortNameRule(whole_, *names_, settings).propose();
  auto hartmann = std::find_if(mappings.begin(), mappings.end(), [&](const ShortNameMapping& m) {
    return m.from == person("Hartmann").ordinal;
  });
  ASSERT_NE(hartmann, mappings.end());
  EXPECT_EQ(hartmann->to, person("Anna Hartmann").ordinal);
  EXPECT_NE(hartmann->reason.find("context similarity 0.00"), std::string::npos)
      << hartmann->reason;
}

TEST_P(EntityResolverTest, ShortNameRuleWantsEnoughArticlesOfTheFullName) {
  ShortNameSettings settings;
  settings.min_full_articles = 5;  // Paul Volcker has 4
  EXPECT_TRUE(ShortNameRule(whole_, *names_, settings).propose().empty());
}

TEST_P(EntityResolverTest, ShortNameRuleKeepsATieApartEvenBelowTheShareThreshold) {
  // With a share threshold both Smiths pass, the tie is still no evidence for one of them: the
  // margin rule (best at least 3 times the next) keeps Smith apart.
  ShortNameSettings settings;
  settings.min_share = 0.4;
  std::vector<ShortNameMapping> mappings = ShortNameRule(whole_, *names_, settings).propose();
  for (const ShortNameMapping& mapping : mappings) EXPECT_NE(mapping.from, person("Smith").ordinal);
  EXPECT_EQ(mappings.size(), 1u);
}

TEST_P(EntityResolverTest, WithoutCurationTheArchiveMapsVolckerOnly) {
  ResolutionOutcome outcome = resolve_archive_only();
  EXPECT_EQ(outcome.archive_mappings, 1u);
  EXPECT_EQ(outcome.curated_mappings, 0u);
  EXPECT_TRUE(outcome.notes.empty());
  const schema::EntityResolution& resolution = outcome.resolution;
  ASSERT_EQ(resolution.mappings().size(), 1u);
  const schema::ValueMapping& mapping = resolution.mappings()[0];
  EXPECT_EQ(mapping.from.value, person("Volcker"));
  EXPECT_EQ(mapping.from.name.display, "Volcker");
  EXPECT_EQ(mapping.to.value, person("Paul Volcker"));
  EXPECT_EQ(mapping.to.name.display, "Paul Volcker");
  EXPECT_FALSE(mapping.when.has_value());
  EXPECT_EQ(mapping.reason.rfind("archive", 0), 0u) << mapping.reason;

  EXPECT_EQ(alone(resolution, person("Volcker")), person("Paul Volcker"));
  EXPECT_EQ(alone(resolution, person("Smith")), person("Smith"));
  EXPECT_EQ(alone(resolution, person("Hartmann")), person("Hartmann"));
  EXPECT_EQ(alone(resolution, person("John Smith")), person("John Smith"));
  EXPECT_TRUE(resolution.hidden().empty());
  EXPECT_TRUE(resolution.defined_names().empty());
}

TEST_P(EntityResolverTest, KeepBlocksTheArchiveMapping) {
  ResolutionOutcome outcome = resolve("keep person \"Volcker\"\n");
  EXPECT_EQ(outcome.archive_mappings, 0u);
  EXPECT_EQ(outcome.curated_mappings, 0u);
  EXPECT_TRUE(outcome.resolution.mappings().empty());
  EXPECT_EQ(alone(outcome.resolution, person("Volcker")), person("Volcker"));
  EXPECT_TRUE(outcome.notes.empty());
}

TEST_P(EntityResolverTest, ACurationDecisionAboutAShortNameWinsOverTheArchive) {
  ResolutionOutcome outcome = resolve("merge person \"Volcker\" into \"Anna Hartmann\"\n");
  EXPECT_EQ(outcome.archive_mappings, 0u);
  EXPECT_EQ(outcome.curated_mappings, 1u);
  ASSERT_EQ(outcome.resolution.mappings().size(), 1u);
  EXPECT_EQ(alone(outcome.resolution, person("Volcker")), person("Anna Hartmann"));
  EXPECT_EQ(outcome.resolution.mappings()[0].reason, "curation team.curation:1 (merge)");
}

TEST_P(EntityResolverTest, MergeIntoANameTheIndexHasNotMetDefinesAValue) {
  ResolutionOutcome outcome =
      resolve("# family\nmerge person \"John Smith\" \"Mary Smith\" into \"The Smith Family\"\n");
  EXPECT_EQ(outcome.curated_mappings, 2u);
  EXPECT_TRUE(outcome.notes.empty());
  const schema::EntityResolution& resolution = outcome.resolution;
  ASSERT_EQ(resolution.defined_names().size(), 1u);
  const schema::NamedValue& defined = resolution.defined_names()[0];
  EXPECT_EQ(defined.value.facet, NamedFacet::kPerson);
  EXPECT_GE(defined.value.ordinal, kFirstDefinedOrdinal);
  EXPECT_EQ(defined.name.display, "The Smith Family");
  EXPECT_EQ(defined.name.key, TextFolder().key("The Smith Family"));
  EXPECT_EQ(alone(resolution, person("John Smith")), defined.value);
  EXPECT_EQ(alone(resolution, person("Mary Smith")), defined.value);
  const schema::FacetName* name = resolution.name_of(defined.value);
  ASSERT_NE(name, nullptr);
  EXPECT_EQ(name->display, "The Smith Family");
  EXPECT_EQ(resolution.find_value(NamedFacet::kPerson, defined.name.key), defined.value);
  // The family's filter: John's articles and Mary's.
  std::vector<schema::FilterBranch> branches = resolution.filter_branches(defined);
  ASSERT_EQ(branches.size(), 2u);
  std::set<FacetValueRef> sources{branches[0].name.value, branches[1].name.value};
  EXPECT_EQ(sources, (std::set<FacetValueRef>{person("John Smith"), person("Mary Smith")}));
  // The archive's own mapping still holds beside it.
  EXPECT_EQ(outcome.archive_mappings, 1u);
  EXPECT_EQ(alone(resolution, person("Volcker")), person("Paul Volcker"));
}

TEST_P(EntityResolverTest, MergeIntoANameTheIndexHasUsesItsValue) {
  ResolutionOutcome outcome = resolve("merge person \"Smith\" into \"john smith\"\n");
  EXPECT_TRUE(outcome.resolution.defined_names().empty());
  EXPECT_EQ(alone(outcome.resolution, person("Smith")), person("John Smith"));
}

TEST_P(EntityResolverTest, RenameToANewNameDefinesAValueAndTheArchiveMappingFollowsIt) {
  ResolutionOutcome outcome = resolve("rename person \"Paul Volcker\" to \"Paul A. Volcker\"\n");
  const schema::EntityResolution& resolution = outcome.resolution;
  ASSERT_EQ(resolution.defined_names().size(), 1u);
  const schema::NamedValue renamed = resolution.defined_names()[0];
  EXPECT_GE(renamed.value.ordinal, kFirstDefinedOrdinal);
  EXPECT_EQ(renamed.name.display, "Paul A. Volcker");
  EXPECT_EQ(alone(resolution, person("Paul Volcker")), renamed.value);
  // Volcker is Paul Volcker, who is now Paul A. Volcker: every mapping leads to a final value.
  EXPECT_EQ(alone(resolution, person("Volcker")), renamed.value);
  for (const schema::ValueMapping& mapping : resolution.mappings())
    EXPECT_EQ(mapping.to.value, renamed.value) << mapping.from.name.display;
  EXPECT_EQ(resolution.filter_branches(renamed).size(), 2u);
  EXPECT_TRUE(resolution.filter_branches({person("Paul Volcker"), {}}).empty());
}

TEST_P(EntityResolverTest, RetypeMapsToTheValueOfTheOtherFacet) {
  ResolutionOutcome outcome =
      resolve("retype person \"Washington\" to place\nretype person \"Anna Hartmann\" to org\n");
  const schema::EntityResolution& resolution = outcome.resolution;
  // Washington is a place of the index already.
  EXPECT_EQ(alone(resolution, person("Washington")), value_of(NamedFacet::kPlace, "Washington"));
  EXPECT_TRUE(resolution.maps_from(NamedFacet::kPerson));
  // No organisation is called Anna Hartmann: the table defines one.
  FacetValueRef org = alone(resolution, person("Anna Hartmann"));
  EXPECT_EQ(org.facet, NamedFacet::kOrganisation);
  EXPECT_GE(org.ordinal, kFirstDefinedOrdinal);
  ASSERT_NE(resolution.name_of(org), nullptr);
  EXPECT_EQ(resolution.name_of(org)->display, "Anna Hartmann");
  EXPECT_EQ(outcome.curated_mappings, 2u);
}

TEST_P(EntityResolverTest, SplitAppliesBesideItsConditionAndTheArchiveMappingElsewhere) {
  ResolutionOutcome outcome =
      resolve("split person \"Volcker\" when org \"Federal Reserve\" as \"Chairman Volcker\"\n");
  const schema::EntityResolution& resolution = outcome.resolution;
  const FacetValueRef fed = value_of(NamedFacet::kOrganisation, "Federal Reserve");
  const FacetValueRef split =
      resolution.resolve(person("Volcker"), [&](FacetValueRef value) { return value == fed; });
  EXPECT_GE(split.ordinal, kFirstDefinedOrdinal);
  ASSERT_NE(resolution.name_of(split), nullptr);
  EXPECT_EQ(resolution.name_of(split)->display, "Chairman Volcker");
  EXPECT_EQ(alone(resolution, person("Volcker")), person("Paul Volcker"));
  EXPECT_EQ(outcome.archive_mappings, 1u);
  EXPECT_EQ(outcome.curated_mappings, 1u);
  EXPECT_EQ(resolution.condition_facets(), std::vector<NamedFacet>{NamedFacet::kOrganisation});
}

TEST_P(EntityResolverTest, HideHidesTheValue) {
  ResolutionOutcome outcome = resolve("hide person \"Smith\"\n");
  EXPECT_TRUE(outcome.resolution.is_hidden(person("Smith")));
  EXPECT_FALSE(outcome.resolution.is_hidden(person("John Smith")));
  EXPECT_EQ(outcome.curated_mappings, 0u);
}

TEST_P(EntityResolverTest, NotesNameTheFileAndLineOfNamesNotInTheIndex) {
  ResolutionOutcome outcome = resolve(
      "# names to come\n"
      "keep person \"Volcker\"\n"
      "hide person \"Nobody Here\"\n"
      "merge person \"Smith\" \"Ghost Writer\" into \"John Smith\"\n"
      "split person \"Hartmann\" when org \"Unknown Club\" as \"Hartmann (Club)\"\n");
  ASSERT_EQ(outcome.notes.size(), 3u);
  EXPECT_EQ(outcome.notes[0].rfind("team.curation:3: ", 0), 0u) << outcome.notes[0];
  EXPECT_NE(outcome.notes[0].find("Nobody Here"), std::string::npos) << outcome.notes[0];
  EXPECT_EQ(outcome.notes[1].rfind("team.curation:4: ", 0), 0u) << outcome.notes[1];
  EXPECT_NE(outcome.notes[1].find("Ghost Writer"), std::string::npos) << outcome.notes[1];
  EXPECT_EQ(outcome.notes[2].rfind("team.curation:5: ", 0), 0u) << outcome.notes[2];
  EXPECT_NE(outcome.notes[2].find("Unknown Club"), std::string::npos) << outcome.notes[2];
  // The names the index has are still merged; nothing is made of the split.
  EXPECT_EQ(alone(outcome.resolution, person("Smith")), person("John Smith"));
  EXPECT_EQ(alone(outcome.resolution, person("Hartmann")), person("Hartmann"));
  EXPECT_TRUE(outcome.resolution.defined_names().empty());
  EXPECT_EQ(outcome.curated_mappings, 1u);
}

TEST_P(EntityResolverTest, TheStoredCurationFileIsReadAndTheTableStoredInTheFirstShard) {
  {
    std::vector<Xapian::WritableDatabase> shards = IndexLayout(index_).open_for_writing(GetParam());
    EXPECT_FALSE(stored_curation(shards.front()).has_value());
    shards.front().set_metadata(std::string(schema::curation_file_key()),
                                schema::encode_curation_file("desk.curation",
                                                             "keep person \"Volcker\"\n"
                                                             "hide person \"Smith\"\n"));
    shards.front().commit();
    std::optional<CurationFile> stored = stored_curation(shards.front());
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->name, "desk.curation");
    EXPECT_EQ(stored->decisions.size(), 2u);
    ResolutionOutcome outcome = update_entity_resolution(shards);
    EXPECT_TRUE(outcome.resolution.mappings().empty());
    EXPECT_TRUE(outcome.resolution.is_hidden(person("Smith")));
  }
  Xapian::Database first(IndexLayout(index_).shard_paths().front().string());
  std::optional<schema::EntityResolution> stored = schema::decode_entity_resolution(
      first.get_metadata(std::string(schema::entity_resolution_key())));
  ASSERT_TRUE(stored.has_value());
  EXPECT_TRUE(stored->mappings().empty());
  EXPECT_TRUE(stored->is_hidden(person("Smith")));
}

TEST_P(EntityResolverTest, ADamagedStoredCurationFileIsACurationError) {
  std::vector<Xapian::WritableDatabase> shards = IndexLayout(index_).open_for_writing(GetParam());
  shards.front().set_metadata(std::string(schema::curation_file_key()),
                              "\x7f"
                              "damaged");
  shards.front().commit();
  EXPECT_THROW((void)stored_curation(shards.front()), CurationError);
}

// Organisations: an acronym is the organisation written in full whose capitalised words it
// abbreviates, unless two such organisations are as common.
TEST(ShortNameRuleOrganisations, AnAcronymResolvesToTheOrganisationItAbbreviates) {
  auto add = [](std::vector<testing::ArticleSpec>& articles, const std::string& id, int count,
                const std::string& org, const std::string& place, const std::string& month) {
    for (int i = 0; i < count; ++i) {
      testing::ArticleSpec spec;
      spec.id = id + "-" + std::to_string(i);
      spec.date = month + "-0" + std::to_string(i + 1);
      spec.source = "Wire";
      spec.title = org;
      spec.text = org + " met in " + place + ".";
      spec.entities = {{EntityKind::kOrganisation, org}, {EntityKind::kPlace, place}};
      articles.push_back(spec);
    }
  };
  std::vector<testing::ArticleSpec> articles;
  add(articles, "full", 3, "Organization of Petroleum Exporting Countries", "Vienna", "1987-03");
  add(articles, "short", 3, "OPEC", "Vienna", "1987-03");
  add(articles, "abc-us", 2, "American Broadcasting Companies", "New York", "1987-05");
  add(articles, "abc-au", 2, "Australian Broadcasting Corporation", "Sydney", "1987-05");
  add(articles, "abc", 2, "ABC", "Sydney", "1987-05");
  add(articles, "ec", 2, "EC Executive Commission", "Brussels", "1987-06");
  add(articles, "eec", 2, "EEC", "Brussels", "1987-06");
  testing::TempFolder folder;
  const std::filesystem::path index = folder / "index";
  testing::write_archive(index, articles, 1);
  Xapian::Database whole = IndexLayout(index).open_for_reading();
  std::vector<Xapian::Database> shards{whole};
  IndexNames names(shards);
  std::vector<ShortNameMapping> mappings = ShortNameRule(whole, names).propose();
  ASSERT_EQ(mappings.size(), 1u);
  EXPECT_EQ(mappings[0].facet, NamedFacet::kOrganisation);
  EXPECT_EQ(names.name(NamedFacet::kOrganisation, mappings[0].from)->display, "OPEC");
  EXPECT_EQ(names.name(NamedFacet::kOrganisation, mappings[0].to)->display,
            "Organization of Petroleum Exporting Countries");
  EXPECT_NE(mappings[0].reason.find("initials"), std::string::npos) << mappings[0].reason;
}

// Every facet value of a search, with its count and filter, for comparing two searches.
std::vector<std::string> facet_lines(const std::filesystem::path& index, const std::string& query,
                                     bool& from_totals) {
  SearchRequest request;
  request.query = query;
  request.limit = 0;
  request.today = std::chrono::year{2025} / 6 / 1;
  request.stem_language = "en";
  request.facets = FacetOptions{};
  request.facets->limit = 0;
  SearchView view = Searcher(IndexLayout(index)).search(request);
  from_totals = view.facets->from_totals;
  std::vector<std::string> lines;
  for (const FacetList& list : view.facets->lists) {
    lines.push_back(list.name + " distinct " + std::to_string(list.distinct));
    for (const FacetValue& value : list.values)
      lines.push_back(list.name + " " + value.label + " " + std::to_string(value.count) + " " +
                      value.filter);
  }
  return lines;
}

TEST_P(EntityResolverTest, TheTotalsCorrectionKeptWithTheTableCountsWhatTheArticlesWould) {
  {
    std::vector<Xapian::WritableDatabase> shards = IndexLayout(index_).open_for_writing(1);
    shards.front().set_metadata(
        std::string(schema::curation_file_key()),
        schema::encode_curation_file("team.curation",
                                     "merge person \"Smith\" into \"John Smith\"\n"
                                     "retype person \"Washington\" to place\n"
                                     "split person \"Mary Smith\" when place \"Boston\" as "
                                     "\"Mary Smith (Acme)\"\n"));
    ResolutionOutcome outcome = update_entity_resolution(shards);
    ASSERT_NE(outcome.resolution.totals_correction().digest, 0u);
    EXPECT_FALSE(outcome.resolution.totals_correction().changes.empty());
  }
  bool from_totals = false;
  const std::vector<std::string> counted = facet_lines(index_, "-zzyzx", from_totals);
  ASSERT_FALSE(from_totals);
  EXPECT_NE(std::find(counted.begin(), counted.end(), "person John Smith 5 person:\"=John Smith\""),
            counted.end());
  EXPECT_EQ(facet_lines(index_, "", from_totals), counted);
  EXPECT_TRUE(from_totals);

  // Totals the correction was not made from (a writer that kept no resolution) are corrected
  // by reading the articles instead: the same counts.
  {
    Xapian::WritableDatabase first(IndexLayout(index_).shard_paths().front().string());
    auto stored = schema::decode_entity_resolution(
        first.get_metadata(std::string(schema::entity_resolution_key())));
    ASSERT_TRUE(stored.has_value());
    schema::TotalsCorrection stale = stored->totals_correction();
    stale.digest ^= 1;
    stale.changes.clear();
    stored->set_totals_correction(stale);
    first.set_metadata(std::string(schema::entity_resolution_key()),
                       schema::encode_entity_resolution(*stored));
    first.commit();
  }
  EXPECT_EQ(facet_lines(index_, "", from_totals), counted);
  EXPECT_TRUE(from_totals);
}

INSTANTIATE_TEST_SUITE_P(Shards, EntityResolverTest, ::testing::Values(1, 3));

}  // namespace
}  // namespace newsindex
