// Facets on a constructed archive whose entities and dates are given, not extracted, so that
// every count can be checked against a brute-force count.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "command_runner.h"
#include "document_builder.h"
#include "entity_profiler.h"
#include "facet_dictionary.h"
#include "facet_report.h"
#include "index_layout.h"
#include "index_writer.h"
#include "iso_week.h"
#include "publication_date.h"
#include "searcher.h"

namespace newsindex {
namespace {

using schema::EntityKind;
using namespace std::chrono;

struct Spec {
  std::string id;
  std::string date;  // "" for none
  std::string source;
  std::string language;
  std::vector<std::pair<EntityKind, std::string>> entities;  // repeated names = repeated mentions
  std::vector<std::string> mentioned;                        // TIMEX3 values
  std::string words;
};

std::string key_of(const std::string& name) {
  TextFolder folder;
  return folder.key(name);
}

class ConstructedArchive : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = new testing::TempFolder();
    std::vector<Spec> specs;
    // 40 articles. "Common Person" is in 24 of them, all 8 about ceasefires among them; "Rare
    // Person" in 5, all about ceasefires; three people share one article.
    for (int i = 0; i < 40; ++i) {
      Spec spec;
      spec.id = "a" + std::to_string(i);
      int month = 1 + (i % 6);
      if (month == 3) month = 4;  // March stays empty inside the span
      spec.date = "2025-0" + std::to_string(month) + "-1" + std::to_string(i % 9);
      spec.source = i % 3 == 0 ? "Baltic Wire" : "Harbour Times";
      spec.language = i % 4 == 0 ? "de" : "en";
      spec.words = i % 5 == 0 ? "ceasefire talks" : "market report";
      if (i % 2 == 0 || i % 5 == 0) spec.entities.push_back({EntityKind::kPerson, "Common Person"});
      if (i % 10 == 0) spec.entities.push_back({EntityKind::kPerson, "Rare Person"});
      spec.entities.push_back({EntityKind::kPlace, i % 4 == 0 ? "Kyiv" : "Riga"});
      spec.entities.push_back({EntityKind::kOrganisation, "Kremlin"});
      spec.mentioned = {i % 2 == 0 ? "2025-04-04" : "2025-04", "2022"};
      specs.push_back(spec);
    }
    specs[5].entities.push_back({EntityKind::kPerson, "Rare Person"});  // ceasefire article
    specs[7].entities = {{EntityKind::kPerson, "Ann One"},
                         {EntityKind::kPerson, "Bob Two"},
                         {EntityKind::kPerson, "Cy Three"},
                         {EntityKind::kPerson, "Ann One"},
                         {EntityKind::kPerson, "Ann One"}};
    specs[7].date = "";
    specs_ = new std::vector<Spec>(specs);

    std::vector<Xapian::WritableDatabase> shards = IndexLayout(index()).open_for_writing(1);
    FacetDictionary dictionary(shards);
    IndexWriter writer(shards.front(), 100);
    DocumentBuilder builder;
    for (const Spec& spec : specs) {
      Article article;
      article.id = spec.id;
      article.title = spec.words;
      article.text = spec.words;
      if (!spec.date.empty()) article.date = parse_publication_date(spec.date);
      article.source = spec.source;
      article.language = spec.language;
      ArticleAnalysis analysis;
      for (const auto& [kind, name] : spec.entities) {
        analysis.text_entities.push_back({0, 0, CanonicalName{kind, name, key_of(name)}});
      }
      for (const std::string& value : spec.mentioned) {
        analysis.timexes.push_back({0, 0, TimexType::Date, value});
      }
      ArticleDocument built = builder.build(article, analysis);
      dictionary.number(built);
      (void)writer.write(article.id, built);
    }
    writer.commit();
  }
  static void TearDownTestSuite() {
    delete folder_;
    delete specs_;
  }

  static std::filesystem::path index() { return *folder_ / "index"; }

  static SearchView search(const std::string& query, FacetOptions facets = {}) {
    Searcher searcher{IndexLayout(index())};
    SearchRequest request;
    request.query = query;
    request.limit = 5;
    request.today = 2025y / June / 1d;
    request.stem_language = "en";
    request.facets = facets;
    return searcher.search(request);
  }

  static const FacetList& list(const SearchView& result, const std::string& name) {
    for (const FacetList& facet : result.facets->lists) {
      if (facet.name == name) return facet;
    }
    throw std::runtime_error("no facet " + name);
  }

  static std::size_t count_of(const FacetList& facet, const std::string& label) {
    for (const FacetValue& value : facet.values) {
      if (value.label == label) return value.count;
    }
    return 0;
  }

  static testing::TempFolder* folder_;
  static std::vector<Spec>* specs_;
};

testing::TempFolder* ConstructedArchive::folder_ = nullptr;
std::vector<Spec>* ConstructedArchive::specs_ = nullptr;

// Values the entity resolution defines (a rename to a new name) have ordinals from
// kFirstDefinedOrdinal: they are counted apart, not at the end of an array of two billion.
TEST(OrdinalCounts, DefinedValuesAreCountedApartFromTheIndexsOwn) {
  OrdinalCounts counts;
  counts.add(5);
  counts.add(schema::kFirstDefinedOrdinal + 5);
  counts.add(schema::kFirstDefinedOrdinal + 5);
  counts.add(schema::kFirstDefinedOrdinal, 3);
  EXPECT_EQ(counts.count(5), 1u);
  EXPECT_EQ(counts.count(schema::kFirstDefinedOrdinal + 5), 2u);
  EXPECT_EQ(counts.count(schema::kFirstDefinedOrdinal), 3u);
  EXPECT_EQ(counts.count(schema::kFirstDefinedOrdinal + 6), 0u);
  EXPECT_EQ(counts.seen(), (std::vector<schema::Ordinal>{5, schema::kFirstDefinedOrdinal + 5,
                                                         schema::kFirstDefinedOrdinal}));
  EXPECT_LT(counts.counters(), std::size_t{1} << 20);
  counts.remove(schema::kFirstDefinedOrdinal + 5, 2);
  EXPECT_EQ(counts.count(schema::kFirstDefinedOrdinal + 5), 0u);
  EXPECT_EQ(counts.count(5), 1u);
}

TEST_F(ConstructedArchive, CountsMatchABruteForceCountOverTheWholeMatchSet) {
  SearchView result =
      search("market", FacetOptions{{}, 100, FacetOrder::kCount, Granularity::kAuto});
  ASSERT_TRUE(result.facets);
  EXPECT_TRUE(result.facets->exact);
  EXPECT_EQ(result.facets->documents_counted, result.total);
  EXPECT_EQ(result.hits.size(), 5u);  // only five shown, all counted

  std::map<std::string, std::size_t> people, places, sources, languages;
  for (const Spec& spec : *specs_) {
    if (spec.words.find("market") == std::string::npos) continue;
    std::set<std::string> seen_people, seen_places;
    for (const auto& [kind, name] : spec.entities) {
      if (kind == EntityKind::kPerson) seen_people.insert(name);
      if (kind == EntityKind::kPlace) seen_places.insert(name);
    }
    for (const std::string& name : seen_people) ++people[name];
    for (const std::string& name : seen_places) ++places[name];
    ++sources[spec.source];
    ++languages[spec.language];
  }
  const FacetList& person = list(result, "person");
  EXPECT_EQ(person.values.size(), people.size());
  for (const auto& [name, count] : people) EXPECT_EQ(count_of(person, name), count) << name;
  for (const auto& [name, count] : places)
    EXPECT_EQ(count_of(list(result, "place"), name), count) << name;
  for (const auto& [name, count] : sources)
    EXPECT_EQ(count_of(list(result, "source"), name), count) << name;
  for (const auto& [name, count] : languages)
    EXPECT_EQ(count_of(list(result, "lang"), name), count) << name;
}

TEST_F(ConstructedArchive, MultiValuedFacetsCountEachValueOncePerArticle) {
  SearchView result = search("market", FacetOptions{});
  const FacetList& person = list(result, "person");
  // Article a7 names three people, Ann One three times.
  EXPECT_EQ(count_of(person, "Ann One"), 1u);
  EXPECT_EQ(count_of(person, "Bob Two"), 1u);
  EXPECT_EQ(count_of(person, "Cy Three"), 1u);
}

TEST_F(ConstructedArchive, EveryFacetValueFilterSelectsExactlyItsCount) {
  FacetOptions options{{}, 100, FacetOrder::kCount, Granularity::kMonth};
  SearchView result = search("market", options);
  std::size_t checked = 0;
  auto check = [&](const FacetValue& value) {
    if (value.count == 0) return;
    SearchView drilled = search("market " + value.filter, FacetOptions{});
    EXPECT_EQ(drilled.total, value.count) << value.filter;
    ++checked;
  };
  for (const FacetList& facet : result.facets->lists) {
    for (const FacetValue& value : facet.values) check(value);
  }
  for (const Histogram& histogram : result.facets->histograms) {
    for (const FacetValue& bucket : histogram.buckets) check(bucket);
  }
  EXPECT_GT(checked, 15u);
  // Exclusion is the complement.
  SearchView without = search("market -person:\"=Common Person\"", FacetOptions{});
  SearchView with = search("market person:\"=Common Person\"", FacetOptions{});
  EXPECT_EQ(without.total + with.total, result.total);
  // Filters AND together.
  SearchView both = search("person:\"=Common Person\" place:\"=Kyiv\"", FacetOptions{});
  EXPECT_EQ(both.total, 10u);
}

TEST_F(ConstructedArchive, HistogramsFillEmptyMonthsInsideTheSpan) {
  SearchView result = search("", FacetOptions{{}, 10, FacetOrder::kCount, Granularity::kMonth});
  const Histogram* published = nullptr;
  for (const Histogram& histogram : result.facets->histograms) {
    if (histogram.name == "published") published = &histogram;
  }
  ASSERT_NE(published, nullptr);
  std::vector<std::string> labels;
  std::size_t total = 0;
  for (const FacetValue& bucket : published->buckets) {
    labels.push_back(bucket.label);
    total += bucket.count;
  }
  EXPECT_EQ(labels, (std::vector<std::string>{"2025-01", "2025-02", "2025-03", "2025-04", "2025-05",
                                              "2025-06"}));
  EXPECT_EQ(published->buckets[2].count, 0u);
  EXPECT_EQ(published->buckets[2].filter, "date:2025-03");
  EXPECT_EQ(total, 39u);  // a7 has no date
  // Auto granularity picks months for a six-month span.
  SearchView automatic = search("", FacetOptions{});
  EXPECT_EQ(automatic.facets->histograms[0].by, Granularity::kMonth);
}

TEST_F(ConstructedArchive, WeeklyBucketsAreIsoWeeksWhoseFiltersSelectTheirCounts) {
  SearchView result = search("", FacetOptions{{}, 10, FacetOrder::kCount, Granularity::kWeek});
  const Histogram& published = result.facets->histograms[0];
  ASSERT_EQ(published.name, "published");
  EXPECT_EQ(published.by, Granularity::kWeek);
  ASSERT_FALSE(published.buckets.empty());
  std::size_t total = 0;
  std::size_t nonempty = 0;
  for (std::size_t i = 0; i < published.buckets.size(); ++i) {
    const FacetValue& bucket = published.buckets[i];
    ASSERT_TRUE(parse_week_label(bucket.label).has_value()) << bucket.label;
    if (i > 0) {  // consecutive weeks, empty ones too
      const auto previous = *first_day_of(*parse_week_label(published.buckets[i - 1].label));
      const auto monday = *first_day_of(*parse_week_label(bucket.label));
      EXPECT_EQ(std::chrono::sys_days{monday} - std::chrono::sys_days{previous},
                std::chrono::days{7});
    }
    EXPECT_EQ(bucket.filter, "date:" + bucket.label);
    total += bucket.count;
    if (bucket.count == 0) continue;
    ++nonempty;
    EXPECT_EQ(search(bucket.filter, FacetOptions{}).total, bucket.count) << bucket.filter;
  }
  EXPECT_EQ(total, 39u);  // a7 has no date
  EXPECT_GE(nonempty, 2u);
  // Mentioned periods are kept as days at the finest, so a weekly search shows them by day.
  EXPECT_EQ(result.facets->histograms[1].by, Granularity::kDay);
}

TEST_F(ConstructedArchive, MentionedDatesHistogramCountsByPrecision) {
  SearchView result = search("", FacetOptions{{}, 10, FacetOrder::kCount, Granularity::kYear});
  const Histogram& mentioned = result.facets->histograms[1];
  ASSERT_EQ(mentioned.name, "mentioned");
  ASSERT_EQ(mentioned.buckets.size(), 4u);  // 2022 to 2025
  EXPECT_EQ(mentioned.buckets[0].label, "2022");
  EXPECT_EQ(mentioned.buckets[0].count, 40u);
  EXPECT_EQ(mentioned.buckets[1].count, 0u);
  EXPECT_EQ(mentioned.buckets[3].count, 40u);
  SearchView days = search("", FacetOptions{{}, 10, FacetOrder::kCount, Granularity::kDay});
  const Histogram& by_day = days.facets->histograms[1];
  ASSERT_EQ(by_day.buckets.size(), 1u);  // only April 4 is mentioned as a day
  EXPECT_EQ(by_day.buckets[0].count, 20u);
}

TEST_F(ConstructedArchive, SignificantOrderRanksOverRepresentedValuesFirst) {
  SearchView by_count =
      search("ceasefire", FacetOptions{{}, 10, FacetOrder::kCount, Granularity::kAuto});
  SearchView significant =
      search("ceasefire", FacetOptions{{}, 10, FacetOrder::kSignificant, Granularity::kAuto});
  const FacetList& counted = list(by_count, "person");
  const FacetList& ranked = list(significant, "person");
  ASSERT_GE(counted.values.size(), 2u);
  EXPECT_EQ(counted.values[0].label, "Common Person");  // 8 of 8 ceasefire articles
  EXPECT_EQ(ranked.values[0].label, "Rare Person");     // 5 of 8, but 5 of 40 overall
  EXPECT_GT(ranked.values[0].score, ranked.values[1].score);
  EXPECT_EQ(ranked.values[0].background, 5u);
  // Kremlin is in 39 of 40 articles: barely over-represented in any match set.
  EXPECT_LT(list(significant, "org").values[0].score, 0.05 * ranked.values[0].score);
}

TEST_F(ConstructedArchive, EntityProfileSummarisesOneEntity) {
  EntityProfiler profiler{IndexLayout(index())};
  std::optional<EntityProfile> profile = profiler.profile("rare", ProfileOptions{});
  ASSERT_TRUE(profile);
  EXPECT_EQ(profile->name, "Rare Person");
  EXPECT_EQ(profile->kind, EntityKind::kPerson);
  EXPECT_EQ(profile->articles, 5u);
  EXPECT_EQ(profile->filter, "person:\"=Rare Person\"");
  EXPECT_EQ(profile->first_mention, "2025-01-10");
  EXPECT_FALSE(profile->timeline.buckets.empty());
  ASSERT_EQ(profile->recent.size(), 5u);
  EXPECT_GE(profile->recent[0].date, profile->recent[1].date);
  bool with_common = false;
  for (const FacetList& list : profile->cooccurring) {
    for (const FacetValue& value : list.values) {
      EXPECT_NE(value.label, "Rare Person");
      with_common |= value.label == "Common Person";
    }
  }
  EXPECT_TRUE(with_common);
  EXPECT_FALSE(profiler.profile("nobody at all", ProfileOptions{}).has_value());
  ProfileOptions places_only;
  places_only.kind = EntityKind::kPlace;
  EXPECT_FALSE(profiler.profile("rare", places_only).has_value());
}

}  // namespace
}  // namespace newsindex
