// What a search hit needs for printing, stored as the document data.
//
// Encoded as a JSON object with the keys below (see README.md, "Stored document data"), so that
// other tools (xapian-delve, scripts) can read it too. Absent optional fields are omitted.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsindex::schema {

struct StoredArticle {
  std::string id;
  std::string title;
  std::string date;  // "YYYY-MM-DD" or the full ISO 8601 datetime as given; empty when unknown
  std::string source;
  std::string url;
  std::string language;
  std::vector<std::string> authors;
  std::string section;
  // What the archive said of the article beyond these fields, as (key, value) pairs: a news
  // agency's subject codes and entity annotations (Article::metadata). Stored as an object of
  // key → array of values; pairs of one key keep their order.
  std::vector<std::pair<std::string, std::string>> metadata;
  std::string origin;  // file the article was read from ("path" or "path:line")
  std::string text;    // body text, for snippets

  friend bool operator==(const StoredArticle&, const StoredArticle&) = default;
};

[[nodiscard]] std::string encode_document_data(const StoredArticle& article);
// Throws std::runtime_error when the data is not what encode_document_data writes.
[[nodiscard]] StoredArticle decode_document_data(std::string_view data);

}  // namespace newsindex::schema
