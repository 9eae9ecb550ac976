// CSV rows of an export: RFC 4180, as csv_writer.h writes the entity list.
#include <string>

#include "csv_writer.h"
#include "export_writer.h"

namespace newsindex {
namespace {

// Lists in one cell, as a spreadsheet user reads them.
constexpr std::string_view kListSeparator = "; ";

std::string joined(const std::vector<std::string>& items) {
  std::string text;
  for (const std::string& item : items) {
    if (!text.empty()) text += kListSeparator;
    text += item;
  }
  return text;
}

std::string entity_names(const std::vector<schema::DocumentEntity>& entities,
                         schema::EntityKind kind) {
  std::string text;
  for (const schema::DocumentEntity& entity : entities) {
    if (entity.kind != kind) continue;
    if (!text.empty()) text += kListSeparator;
    text += entity.display;
  }
  return text;
}

std::string field_text(const ExportedArticle& row, ExportField field) {
  const schema::StoredArticle& article = row.article;
  switch (field) {
    case ExportField::kRank:
      return std::to_string(row.rank);
    case ExportField::kId:
      return article.id;
    case ExportField::kDate:
      return article.date;
    case ExportField::kTitle:
      return article.title;
    case ExportField::kSource:
      return article.source;
    case ExportField::kUrl:
      return article.url;
    case ExportField::kLanguage:
      return article.language;
    case ExportField::kAuthors:
      return joined(article.authors);
    case ExportField::kSection:
      return article.section;
    case ExportField::kOrigin:
      return article.origin;
    case ExportField::kPerson:
      return entity_names(row.entities, schema::EntityKind::kPerson);
    case ExportField::kOrg:
      return entity_names(row.entities, schema::EntityKind::kOrganisation);
    case ExportField::kPlace:
      return entity_names(row.entities, schema::EntityKind::kPlace);
    case ExportField::kMentionedDates:
      return joined(row.mentioned_dates);
    case ExportField::kSnippet:
      return row.snippet.text;
    case ExportField::kText:
      return article.text;
  }
  return {};
}

class CsvExportWriter final : public ExportWriter {
 public:
  CsvExportWriter(std::ostream& out, std::vector<ExportField> fields)
      : out_(out), fields_(std::move(fields)) {}

  void begin_articles() override {
    const std::vector<std::string> names = export_field_names();
    std::string line;
    for (ExportField field : fields_) {
      if (!line.empty()) line += ',';
      line += names[static_cast<std::size_t>(field)];
    }
    out_ << line << "\r\n";
  }

  void write(const ExportedArticle& row) override {
    // One write per row: the stream is not flushed between fields.
    line_.clear();
    for (std::size_t i = 0; i < fields_.size(); ++i) {
      if (i > 0) line_ += ',';
      line_ += csv_field(field_text(row, fields_[i]));
    }
    line_ += "\r\n";
    out_.write(line_.data(), static_cast<std::streamsize>(line_.size()));
  }

  void write(const FacetReport& facets) override {
    const bool significance = facets.order == FacetOrder::kSignificant;
    out_ << "facet,value,count,filter" << (significance ? ",background_count,score" : "") << "\r\n";
    for (const FacetList& list : facets.lists) {
      for (const FacetValue& value : list.values) {
        out_ << csv_field(list.name) << ',' << csv_field(value.label) << ',' << value.count << ','
             << csv_field(value.filter);
        if (significance) out_ << ',' << value.background << ',' << value.score;
        out_ << "\r\n";
      }
    }
    for (const Histogram& histogram : facets.histograms) {
      for (const FacetValue& bucket : histogram.buckets) {
        out_ << csv_field(histogram.name) << ',' << csv_field(bucket.label) << ',' << bucket.count
             << ',' << csv_field(bucket.filter) << (significance ? ",," : "") << "\r\n";
      }
    }
  }

 private:
  std::ostream& out_;
  std::vector<ExportField> fields_;
  std::string line_;
};

}  // namespace

std::unique_ptr<ExportWriter> make_csv_export_writer(std::ostream& out,
                                                     std::vector<ExportField> fields) {
  return std::make_unique<CsvExportWriter>(out, std::move(fields));
}

}  // namespace newsindex
