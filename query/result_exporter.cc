#include "result_exporter.h"

#include <algorithm>

#include "facet_names.h"
#include "hit_entities.h"
#include "match_order.h"
#include "news_query_parser.h"
#include "searcher.h"

namespace newsindex {
namespace {

class DiscardingWriter final : public ExportWriter {
 public:
  void begin_articles() override {}
  void write(const ExportedArticle&) override {}
  void write(const FacetReport&) override {}
};

bool wants(const std::vector<ExportField>& fields, std::initializer_list<ExportField> any) {
  return std::any_of(fields.begin(), fields.end(), [&](ExportField field) {
    return std::find(any.begin(), any.end(), field) != any.end();
  });
}

}  // namespace

ResultExporter::ResultExporter(const IndexLayout& layout) : reader_(layout) {}

ExportSummary ResultExporter::export_matches(const ExportRequest& request, ExportWriter& writer) {
  const bool need_entities =
      wants(request.fields, {ExportField::kPerson, ExportField::kOrg, ExportField::kPlace});
  const bool need_dates = wants(request.fields, {ExportField::kMentionedDates});
  const bool need_snippet = wants(request.fields, {ExportField::kSnippet});
  ExportSummary summary;
  bool header_written = false;
  bool failed = false;
  DiscardingWriter discard;
  return reader_.read([&](const Xapian::Database& database) {
    // After an error of the index, IndexReader reads each shard alone to name the damaged one:
    // what went out stays as it is.
    ExportWriter& out = failed ? discard : writer;
    try {
      const std::string language =
          request.stem_language.empty() ? majority_language(database) : request.stem_language;
      const auto resolution =
          std::make_shared<const schema::EntityResolution>(entity_resolution(database, false));
      NewsQueryParser parser(database, language, request.today, folder_, resolution);
      const Xapian::Query query = parser.parse(request.query);
      // The shards at their latest revision: ranked_matches checks they agree with `database`.
      std::vector<Xapian::Database> shards;
      if (database.size() > 1) {
        for (const auto& path : reader_.layout().shard_paths()) shards.emplace_back(path.string());
      }
      const std::vector<Xapian::docid> ranked =
          ranked_matches(database, shards, query, request.sort);
      Xapian::Enquire enquire(database);  // for the matching terms of snippets
      enquire.set_query(query);
      summary.total = static_cast<Xapian::doccount>(ranked.size());
      if (!header_written) {
        out.begin_articles();
        header_written = !failed;
      }
      const std::size_t first = std::min(request.offset, ranked.size());
      const std::size_t last =
          request.limit ? std::min(ranked.size(), first + *request.limit) : ranked.size();
      const HitEntityResolver entities(*resolution);
      const Xapian::Stem stemmer = schema::stemmer_for(language);
      ExportedArticle row;
      for (std::size_t i = first; i < last; ++i) {
        const Xapian::Document document = database.get_document(ranked[i]);
        row.rank = i + 1;
        row.article = schema::decode_document_data(document.get_data());
        if (need_entities) {
          row.entities = schema::decode_entities(document.get_value(schema::kEntityAliasesSlot));
          entities.resolve(row.entities, document);
        }
        if (need_dates) {
          row.mentioned_dates.clear();
          const std::string mentioned = document.get_value(schema::kMentionedDatesSlot);
          std::string_view dates = mentioned;
          std::string_view date;
          while (schema::next_mentioned_date(dates, date)) row.mentioned_dates.emplace_back(date);
        }
        if (need_snippet) {
          const std::vector<std::string> terms(enquire.get_matching_terms_begin(ranked[i]),
                                               enquire.get_matching_terms_end(ranked[i]));
          row.snippet = snippets_.build(row.article.text, terms, stemmer);
        }
        out.write(row);
        if (!failed) ++summary.written;
      }
      return summary;
    } catch (const Xapian::DatabaseModifiedError&) {
      // Before any row, IndexReader runs the export again on the new revision; after, the rows
      // written cannot be taken back, and the match set they came from is gone.
      if (summary.written == 0) throw;
      throw IndexError("index '" + reader_.layout().folder().string() +
                       "' changed during the export (a newsindex add committed) after " +
                       std::to_string(summary.written) + " rows; run the export again");
    } catch (const Xapian::Error&) {
      failed = true;
      throw;
    }
  });
}

}  // namespace newsindex
