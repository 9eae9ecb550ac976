#include "fuzz_cases.h"

#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "article_analyzer.h"
#include "date_range.h"
#include "document_builder.h"
#include "entity_aliases.h"
#include "facet_dictionary.h"
#include "index_layout.h"
#include "index_writer.h"
#include "input_files.h"
#include "jsonl_reader.h"
#include "line_reader.h"
#include "ner/entity_tagger.h"
#include "news_query_parser.h"
#include "plain_text_reader.h"
#include "publication_date.h"
#include "schema.h"
#include "searcher.h"
#include "text_folder.h"
#include "timex/date_tagger.h"

#ifndef NEWSINDEX_FUZZ_MODEL
#error "NEWSINDEX_FUZZ_MODEL must name the entity model file"
#endif

namespace newsindex::fuzz {
namespace {

using namespace std::chrono;

// Aborts (a crash for libFuzzer, a failure for the regression test) when an invariant breaks.
void require(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
  }
}

class DiscardProblems final : public ProblemReporter {
 public:
  void report(ProblemKind, const SourceLocation&, const std::string&) override {}
};

// One scratch file per process and extension, removed at exit.
class ScratchFile {
 public:
  explicit ScratchFile(const char* extension)
      : path_(std::filesystem::temp_directory_path() /
              ("newsindex-fuzz-" + std::to_string(getpid()) + extension)) {}
  ~ScratchFile() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
  const std::filesystem::path& write(std::string_view data) {
    std::ofstream out(path_, std::ios::binary | std::ios::trunc);
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
    out.close();
    require(out.good(), "could not write the scratch file");
    return path_;
  }

 private:
  std::filesystem::path path_;
};

void check_article(const Article& article) {
  // Touch every field so that ASan sees any bad string.
  std::size_t total = article.id.size() + article.title.size() + article.text.size() +
                      article.source.size() + article.url.size() + article.language.size() +
                      article.section.size() + article.origin.file.size();
  for (const std::string& author : article.authors) total += author.size();
  if (article.date) total += article.date->text.size();
  require(total < (std::size_t{1} << 40), "impossible article size");
}

template <typename Reader>
void read_all(std::string_view data, const char* extension) {
  static ScratchFile file(extension);
  const std::filesystem::path& path = file.write(data);
  DiscardProblems problems;
  try {
    Reader reader(path, "fuzz-input", problems);
    while (std::optional<Article> article = reader.next()) check_article(*article);
  } catch (const InputError&) {
    // Unreadable input (a broken gzip stream, say) is reported, not a bug.
  }
}

// The data as a file of the given extension, read to the end with the reader open_reader picks
// (by content for XML and HTML, so that the sniffing is fuzzed too).
void open_and_read_all(std::string_view data, ScratchFile& file, InputFormat format,
                       const ReaderOptions& options = {}) {
  const std::filesystem::path& path = file.write(data);
  DiscardProblems problems;
  try {
    std::unique_ptr<ArticleReader> reader =
        open_reader({path, "fuzz-input", format, data.size()}, problems, options);
    while (std::optional<Article> article = reader->next()) check_article(*article);
    (void)reader->bytes_consumed();
  } catch (const InputError&) {
    // Unreadable input (a broken gzip stream, XML of an unknown kind) is reported, not a bug.
  }
}

const EntityTagger& tagger() {
  static const EntityTagger instance = EntityTagger::load(NEWSINDEX_FUZZ_MODEL);
  return instance;
}

const EntityAliases& aliases() {
  static const EntityAliases instance = [] {
    TextFolder folder;
    return EntityAliases::builtin(folder);
  }();
  return instance;
}

constexpr year_month_day kToday{year{2025}, month{5}, day{1}};

// A tiny index of analysed articles, built once per process in a temporary folder.
class TinyIndex {
 public:
  TinyIndex() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "newsindex-fuzz-index-XXXXXX").string();
    require(mkdtemp(pattern.data()) != nullptr, "mkdtemp failed");
    folder_ = pattern;
    IndexLayout layout(folder_ / "index");
    {
      std::vector<Xapian::WritableDatabase> shards = layout.open_for_writing(2);
      FacetDictionary dictionary(shards);
      std::vector<IndexWriter> writers;
      for (Xapian::WritableDatabase& shard : shards) writers.emplace_back(shard, 100);
      ArticleAnalyzer analyzer(&tagger(), aliases(), AnalysisOptions{});
      DocumentBuilder builder;
      for (Article& article : articles()) {
        ArticleAnalysis analysis = analyzer.analyze(article);
        IndexWriter& writer = writers[schema::shard_for(article.id, writers.size())];
        ArticleDocument built = builder.build(article, analysis);
        dictionary.number(built);
        (void)writer.write(article.id, built);
      }
      for (IndexWriter& writer : writers) writer.commit();
    }
    searcher_ = std::make_unique<Searcher>(layout);
  }
  ~TinyIndex() {
    searcher_.reset();
    std::error_code ignored;
    std::filesystem::remove_all(folder_, ignored);
  }
  Searcher& searcher() { return *searcher_; }

 private:
  static std::vector<Article> articles() {
    auto make = [](const char* id, const char* date, const char* source, const char* language,
                   const char* title, const char* text) {
      Article article;
      article.id = id;
      if (*date) article.date = parse_publication_date(date);
      article.source = source;
      article.language = language;
      article.title = title;
      article.text = text;
      article.origin = {"fuzz-index", 0};
      return article;
    };
    return {
        make("a1", "2025-04-11", "Baltic Wire", "en", "Putin meets Witkoff in St. Petersburg",
             "Russian President Vladimir Putin met U.S. envoy Steve Witkoff on Friday, April 11, "
             "for talks on a ceasefire in Ukraine. The Kremlin said the talks lasted four hours."),
        make("a2", "2025-03-02T09:30:00+01:00", "Harbour Times", "de",
             "Selenskyj trifft Starmer in London",
             "Der ukrainische Präsident Wolodymyr Selenskyj ist am Sonntag in London eingetroffen. "
             "Am 2. März sprach er mit Keir Starmer über die NATO."),
        make("a3", "2024-12-30", "Baltic Wire", "en", "Kyiv looks back on the year",
             "Last week NATO ministers met in Brussels. Kyiv expects more air defence in 2025, "
             "officials said on Monday."),
        make("a4", "", "Riga Post", "fr", "La Lettonie et l'Union européenne",
             "Le 4 avril 2025, le gouvernement letton a rencontré la Commission européenne à "
             "Bruxelles."),
    };
  }

  std::filesystem::path folder_;
  std::unique_ptr<Searcher> searcher_;
};

}  // namespace

void jsonl_reader(std::string_view data) {
  read_all<JsonlReader>(data, ".jsonl");
}

void plain_text_reader(std::string_view data) {
  read_all<PlainTextReader>(data, ".txt");
}

void html_reader(std::string_view data) {
  static ScratchFile file(".html");
  open_and_read_all(data, file, InputFormat::kHtml);
}

void warc_reader(std::string_view data) {
  static ScratchFile file(".warc");
  open_and_read_all(data, file, InputFormat::kWarc);
}

void feed_reader(std::string_view data) {
  static ScratchFile file(".rss");
  open_and_read_all(data, file, InputFormat::kXml);
}

void agency_xml_reader(std::string_view data) {
  static ScratchFile file(".nitf");
  open_and_read_all(data, file, InputFormat::kXml);
}

void csv_reader(std::string_view data) {
  static ScratchFile csv(".csv");
  static ScratchFile tsv(".tsv");
  if (data.empty()) return;
  auto flags = static_cast<unsigned char>(data[0]);
  ReaderOptions options;
  if (flags & 2) {
    options.columns = {{"id", "key"}, {"title", "headline"}, {"text", "body"}, {"date", "when"}};
  }
  if (flags & 1) {
    open_and_read_all(data.substr(1), tsv, InputFormat::kTsv, options);
  } else {
    open_and_read_all(data.substr(1), csv, InputFormat::kCsv, options);
  }
}

void json_reader(std::string_view data) {
  static ScratchFile file(".json");
  open_and_read_all(data, file, InputFormat::kJson);
}

void entity_tagger(std::string_view data) {
  std::vector<EntityMention> mentions = tagger().tag(data);
  for (const EntityMention& m : mentions)
    require(m.begin <= m.end && m.end <= data.size(), "entity mention outside the text");

  // The same text as an article, through the analyzer and the canonicalizer. The first line is
  // also the title, so both fields are tagged.
  static ArticleAnalyzer analyzer(&tagger(), aliases(), AnalysisOptions{true, false});
  Article article;
  article.id = "fuzz";
  article.language = "en";
  article.text = std::string(data);
  article.title = std::string(data.substr(0, data.find('\n')));
  ArticleAnalysis analysis = analyzer.analyze(article);
  for (const EntityOccurrence& e : analysis.text_entities)
    require(e.begin <= e.end && e.end <= article.text.size(), "text entity outside the text");
  for (const EntityOccurrence& e : analysis.title_entities)
    require(e.begin <= e.end && e.end <= article.title.size(), "title entity outside the title");
}

void date_tagger(std::string_view data) {
  static constexpr std::array<const char*, 7> kLanguages = {"en", "de", "fr", "es",
                                                            "it", "ru", "fi"};
  static const std::vector<DateTagger> taggers = [] {
    std::vector<DateTagger> all;
    for (const char* language : kLanguages) all.emplace_back(language);
    return all;
  }();
  if (data.size() < 3) return;
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(data[i]); };
  const DateTagger& tagger_for_language = taggers[(byte(0) & 0x7f) % kLanguages.size()];
  std::optional<year_month_day> reference;
  if (byte(0) & 0x80) {
    unsigned bits = byte(1) << 8 | byte(2);
    year_month y{year{1800 + static_cast<int>(bits % 400)}, month{1 + (bits / 400) % 12}};
    day d{1 + byte(2) % 31u};
    year_month_day last = year_month_day_last{y.year(), month_day_last{y.month()}};
    reference = d > last.day() ? last : year_month_day{y.year(), y.month(), d};
  }
  std::string_view text = data.substr(3);
  for (const TimexMention& m : tagger_for_language.tag(text, reference)) {
    require(m.begin <= m.end && m.end <= text.size(), "timex outside the text");
    (void)to_string(m.type);
    std::vector<std::string> terms = schema::mentioned_date_terms(m.value);
    schema::PeriodCode periods[3];
    std::size_t n = schema::mentioned_periods(m.value, periods);
    require(n <= 3, "more than 3 periods");
  }
}

void query(std::string_view data) {
  std::string text(data);
  try {
    (void)DateRangeParser(kToday).parse(text);
  } catch (const DateRangeError&) {
  }

  static TinyIndex index;
  SearchRequest request;
  request.query = text;
  request.today = kToday;
  // Vary the options with the input, deterministically.
  request.sort = static_cast<SortOrder>(data.size() % 3);
  request.stem_language = data.size() % 5 == 0 ? "" : "en";
  request.offset = data.size() % 7 == 0 ? 2 : 0;
  FacetOptions facets;
  facets.by = static_cast<Granularity>(data.size() % 4);
  facets.order = data.size() % 2 ? FacetOrder::kSignificant : FacetOrder::kCount;
  request.facets = facets;
  try {
    SearchView result = index.searcher().search(request);
    for (const SearchHit& hit : result.hits) require(hit.rank > 0, "hit without a rank");
  } catch (const QueryError&) {
  } catch (const DateRangeError&) {
  }
}

}  // namespace newsindex::fuzz
