// A small archive the tests write themselves: articles whose entities and mentioned dates are
// given rather than extracted, indexed by the real document builder and index writer.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "document_builder.h"
#include "facet_dictionary.h"
#include "index_layout.h"
#include "index_writer.h"
#include "publication_date.h"
#include "schema.h"
#include "searcher.h"
#include "text_folder.h"

namespace newsindex::testing {

struct ArticleSpec {
  std::string id;
  std::string date;  // "" for none
  std::string source;
  std::string language = "en";
  std::string title;
  std::string text;
  std::vector<std::pair<schema::EntityKind, std::string>> entities;  // repeated = more mentions
  std::vector<std::string> mentioned;                                // TIMEX3 values
};

// Indexes `articles` into a new index at `folder`, in `shards` shards (by article id, as newsindex
// add does).
inline void write_archive(const std::filesystem::path& folder,
                          const std::vector<ArticleSpec>& articles, int shards = 1) {
  TextFolder text_folder;
  std::vector<Xapian::WritableDatabase> databases = IndexLayout(folder).open_for_writing(shards);
  FacetDictionary dictionary(databases);
  std::vector<IndexWriter> writers;
  for (Xapian::WritableDatabase& shard : databases) writers.emplace_back(shard, 100);
  DocumentBuilder builder;
  for (const ArticleSpec& spec : articles) {
    Article article;
    article.id = spec.id;
    article.title = spec.title;
    article.text = spec.text;
    if (!spec.date.empty()) article.date = parse_publication_date(spec.date);
    article.source = spec.source;
    article.language = spec.language;
    ArticleAnalysis analysis;
    for (const auto& [kind, name] : spec.entities) {
      analysis.text_entities.push_back({0, 0, CanonicalName{kind, name, text_folder.key(name)}});
    }
    for (const std::string& value : spec.mentioned) {
      analysis.timexes.push_back({0, 0, TimexType::Date, value});
    }
    IndexWriter& writer = writers[schema::shard_for(article.id, writers.size())];
    ArticleDocument built = builder.build(article, analysis);
    dictionary.number(built);
    (void)writer.write(article.id, built);
  }
  for (IndexWriter& writer : writers) writer.commit();
}

// Three articles about a harbour, in two sources and two languages.
inline std::vector<ArticleSpec> harbour_articles() {
  using schema::EntityKind;
  return {
      {"h1",
       "2025-04-11",
       "Baltic Wire",
       "en",
       "Harbour bridge opens in Gdańsk",
       "Mayor Anna Nowak opened the harbour bridge in Gdańsk on Friday. The harbour authority "
       "said traffic would start on Monday.",
       {{EntityKind::kPerson, "Anna Nowak"},
        {EntityKind::kPerson, "Anna Nowak"},
        {EntityKind::kPlace, "Gdańsk"},
        {EntityKind::kOrganisation, "Harbour Authority"}},
       {"2025-04-11", "2025-04-14"}},
      {"h2",
       "2025-05-02",
       "Harbour Times",
       "en",
       "Ferries return to the harbour",
       "Ferries returned to the harbour of Aarhus after the strike, the Harbour Authority said.",
       {{EntityKind::kOrganisation, "Harbour Authority"}, {EntityKind::kPlace, "Aarhus"}},
       {"2025-05"}},
      {"h3",
       "",
       "Baltic Wire",
       "de",
       "Hafen von Danzig",
       "Der Hafen von Danzig wächst.",
       {{EntityKind::kPlace, "Gdańsk"}},
       {}},
  };
}

// A search of an archive as the writers' tests show it: newest first, with every facet, on a
// fixed day.
inline SearchView search_newest(const std::filesystem::path& index, const std::string& query) {
  using namespace std::chrono;
  SearchRequest request;
  request.query = query;
  request.sort = SortOrder::kNewest;
  request.today = 2025y / June / 1d;
  request.facets = FacetOptions{};
  return Searcher(IndexLayout(index)).search(request);
}

}  // namespace newsindex::testing
