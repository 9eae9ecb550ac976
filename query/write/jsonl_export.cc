// JSON Lines rows of an export: the values as the JSON hits give them (absent text is null).
#include <nlohmann/json.hpp>

#include "export_writer.h"

namespace newsindex {
namespace {

using Json = nlohmann::ordered_json;

Json optional_text(const std::string& text) {
  return text.empty() ? Json(nullptr) : Json(text);
}

Json entity_names(const std::vector<schema::DocumentEntity>& entities, schema::EntityKind kind) {
  Json names = Json::array();
  for (const schema::DocumentEntity& entity : entities) {
    if (entity.kind == kind) names.push_back(entity.display);
  }
  return names;
}

Json field_json(const ExportedArticle& row, ExportField field) {
  const schema::StoredArticle& article = row.article;
  switch (field) {
    case ExportField::kRank:
      return row.rank;
    case ExportField::kId:
      return article.id;
    case ExportField::kDate:
      return optional_text(article.date);
    case ExportField::kTitle:
      return article.title;
    case ExportField::kSource:
      return optional_text(article.source);
    case ExportField::kUrl:
      return optional_text(article.url);
    case ExportField::kLanguage:
      return optional_text(article.language);
    case ExportField::kAuthors:
      return article.authors;
    case ExportField::kSection:
      return optional_text(article.section);
    case ExportField::kOrigin:
      return optional_text(article.origin);
    case ExportField::kPerson:
      return entity_names(row.entities, schema::EntityKind::kPerson);
    case ExportField::kOrg:
      return entity_names(row.entities, schema::EntityKind::kOrganisation);
    case ExportField::kPlace:
      return entity_names(row.entities, schema::EntityKind::kPlace);
    case ExportField::kMentionedDates:
      return row.mentioned_dates;
    case ExportField::kSnippet:
      return row.snippet.text;
    case ExportField::kText:
      return article.text;
  }
  return nullptr;
}

class JsonlExportWriter final : public ExportWriter {
 public:
  JsonlExportWriter(std::ostream& out, std::vector<ExportField> fields)
      : out_(out), fields_(std::move(fields)), names_(export_field_names()) {}

  void begin_articles() override {}

  void write(const ExportedArticle& row) override {
    Json object = Json::object();
    for (ExportField field : fields_)
      object[names_[static_cast<std::size_t>(field)]] = field_json(row, field);
    emit(object);
  }

  void write(const FacetReport& facets) override {
    const bool significance = facets.order == FacetOrder::kSignificant;
    for (const FacetList& list : facets.lists) {
      for (const FacetValue& value : list.values) {
        Json object = {{"facet", list.name},
                       {"value", value.label},
                       {"count", value.count},
                       {"filter", value.filter}};
        if (significance) {
          object["background_count"] = value.background;
          object["score"] = value.score;
        }
        emit(object);
      }
    }
    for (const Histogram& histogram : facets.histograms) {
      for (const FacetValue& bucket : histogram.buckets) {
        emit({{"facet", histogram.name},
              {"value", bucket.label},
              {"count", bucket.count},
              {"filter", bucket.filter}});
      }
    }
  }

 private:
  // Text that is not UTF-8 (an archive's own bytes) is replaced, not an error, as in --json.
  void emit(const Json& object) {
    line_ = object.dump(-1, ' ', false, Json::error_handler_t::replace);
    line_ += '\n';
    out_.write(line_.data(), static_cast<std::streamsize>(line_.size()));
  }

  std::ostream& out_;
  std::vector<ExportField> fields_;
  std::vector<std::string> names_;
  std::string line_;
};

}  // namespace

std::unique_ptr<ExportWriter> make_jsonl_export_writer(std::ostream& out,
                                                       std::vector<ExportField> fields) {
  return std::make_unique<JsonlExportWriter>(out, std::move(fields));
}

}  // namespace newsindex
