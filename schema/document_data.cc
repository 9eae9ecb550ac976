#include "document_data.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace newsindex::schema {
namespace {

// Keys of the stored JSON object.
constexpr const char* kDataId = "id";
constexpr const char* kDataTitle = "title";
constexpr const char* kDataDate = "date";
constexpr const char* kDataSource = "source";
constexpr const char* kDataUrl = "url";
constexpr const char* kDataLanguage = "language";
constexpr const char* kDataAuthors = "authors";
constexpr const char* kDataSection = "section";
constexpr const char* kDataMetadata = "metadata";
constexpr const char* kDataOrigin = "origin";
constexpr const char* kDataText = "text";

void put_if_set(nlohmann::json& object, const char* key, const std::string& value) {
  if (!value.empty()) object[key] = value;
}

std::string get_string(const nlohmann::json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end()) return {};
  if (!it->is_string()) throw std::runtime_error(std::string("field ") + key + " is not a string");
  return it->get<std::string>();
}

}  // namespace

std::string encode_document_data(const StoredArticle& article) {
  nlohmann::json object = nlohmann::json::object();
  object[kDataId] = article.id;
  put_if_set(object, kDataTitle, article.title);
  put_if_set(object, kDataDate, article.date);
  put_if_set(object, kDataSource, article.source);
  put_if_set(object, kDataUrl, article.url);
  put_if_set(object, kDataLanguage, article.language);
  if (!article.authors.empty()) object[kDataAuthors] = article.authors;
  put_if_set(object, kDataSection, article.section);
  if (!article.metadata.empty()) {
    nlohmann::json& metadata = object[kDataMetadata] = nlohmann::json::object();
    for (const auto& [key, value] : article.metadata) metadata[key].push_back(value);
  }
  put_if_set(object, kDataOrigin, article.origin);
  put_if_set(object, kDataText, article.text);
  // Replacement rather than an exception: readers already validated the text, and a stored
  // record must never make indexing fail.
  return object.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

StoredArticle decode_document_data(std::string_view data) {
  nlohmann::json object = nlohmann::json::parse(data, nullptr, false);
  if (!object.is_object()) throw std::runtime_error("document data is not a JSON object");
  StoredArticle article;
  article.id = get_string(object, kDataId);
  article.title = get_string(object, kDataTitle);
  article.date = get_string(object, kDataDate);
  article.source = get_string(object, kDataSource);
  article.url = get_string(object, kDataUrl);
  article.language = get_string(object, kDataLanguage);
  if (auto it = object.find(kDataAuthors); it != object.end() && it->is_array()) {
    for (const auto& author : *it) {
      if (author.is_string()) article.authors.push_back(author.get<std::string>());
    }
  }
  article.section = get_string(object, kDataSection);
  if (auto it = object.find(kDataMetadata); it != object.end() && it->is_object()) {
    for (const auto& [key, values] : it->items()) {
      if (!values.is_array()) continue;
      for (const auto& value : values) {
        if (value.is_string()) article.metadata.emplace_back(key, value.get<std::string>());
      }
    }
  }
  article.origin = get_string(object, kDataOrigin);
  article.text = get_string(object, kDataText);
  return article;
}

}  // namespace newsindex::schema
