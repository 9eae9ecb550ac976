#include "page_metadata.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <nlohmann/json.hpp>

#include "html_document.h"

namespace newsindex {
namespace {

using Json = nlohmann::json;

std::string lowercase(std::string_view text) {
  std::string lowered(text);
  for (char& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lowered;
}

std::string trimmed(std::string_view text) {
  ParagraphText tidy;
  tidy.add_text(text);
  return tidy.take();
}

// Everything the markup offers, gathered in one walk; read_page_metadata then picks.
struct PageClues {
  std::map<std::string, std::string> meta;  // property/name/itemprop (lowercase) → first content
  std::vector<std::string> json_ld;
  std::string canonical;
  std::string title_element;
  std::string html_lang;
  std::string time_in_article;  // the first <time datetime> inside <article>, or marked published
  std::string first_time;
  int time_count = 0;
};

void gather(const xmlNode* node, PageClues& clues, bool in_article, int depth) {
  // libxml2 limits nesting itself; this keeps the walk's stack bounded whatever it allows.
  if (depth > 512) return;
  for (; node != nullptr; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    std::string_view name = element_name(node);
    bool inside_article = in_article || name == "article";
    if (name == "meta") {
      std::string content = attribute(node, "content");
      for (const char* key : {"property", "name", "itemprop", "http-equiv"}) {
        std::string label = lowercase(attribute(node, key));
        if (!label.empty() && !content.empty()) clues.meta.emplace(label, content);
      }
    } else if (name == "link") {
      if (clues.canonical.empty() && lowercase(attribute(node, "rel")) == "canonical") {
        clues.canonical = attribute(node, "href");
      }
    } else if (name == "script") {
      if (lowercase(attribute(node, "type")) == "application/ld+json") {
        xmlChar* text = xmlNodeGetContent(node);
        if (text != nullptr) {
          clues.json_ld.emplace_back(reinterpret_cast<const char*>(text));
          xmlFree(text);
        }
      }
      continue;
    } else if (name == "title") {
      if (clues.title_element.empty()) {
        ParagraphText text;
        append_text(node, text);
        clues.title_element = text.take();
      }
      continue;
    } else if (name == "html") {
      if (clues.html_lang.empty()) clues.html_lang = attribute(node, "lang");
      if (clues.html_lang.empty()) clues.html_lang = attribute(node, "xml:lang");
    } else if (name == "time") {
      std::string when = attribute(node, "datetime");
      if (!when.empty()) {
        ++clues.time_count;
        if (clues.first_time.empty()) clues.first_time = when;
        bool published = lowercase(attribute(node, "itemprop")) == "datepublished" ||
                         xmlHasProp(node, reinterpret_cast<const xmlChar*>("pubdate")) != nullptr;
        if (clues.time_in_article.empty() && (inside_article || published)) {
          clues.time_in_article = when;
        }
      }
    }
    // Microdata on any element: <span itemprop="author">, <div itemprop="datePublished" ...>.
    if (name != "meta") {
      std::string itemprop = lowercase(attribute(node, "itemprop"));
      if (itemprop == "datepublished" || itemprop == "headline") {
        std::string value = attribute(node, "content");
        if (value.empty()) value = attribute(node, "datetime");
        if (value.empty()) {
          ParagraphText text;
          append_text(node, text);
          value = text.take();
        }
        if (!value.empty()) clues.meta.emplace(itemprop, value);
      }
    }
    gather(node->children, clues, inside_article, depth + 1);
  }
}

bool is_article_type(const Json& type) {
  static constexpr std::array<std::string_view, 10> kTypes = {
      "NewsArticle",        "Article",     "ReportageNewsArticle", "AnalysisNewsArticle",
      "OpinionNewsArticle", "BlogPosting", "LiveBlogPosting",      "BackgroundNewsArticle",
      "ReviewNewsArticle",  "Report"};
  auto matches = [](const Json& value) {
    if (!value.is_string()) return false;
    std::string text = value.get<std::string>();
    // "http://schema.org/NewsArticle" as well as "NewsArticle".
    if (auto slash = text.rfind('/'); slash != std::string::npos) text.erase(0, slash + 1);
    return std::find(kTypes.begin(), kTypes.end(), text) != kTypes.end();
  };
  if (type.is_array()) return std::any_of(type.begin(), type.end(), matches);
  return matches(type);
}

// The first article object in a JSON-LD value: itself, an array's element, or a @graph's.
const Json* find_article(const Json& value, int depth) {
  if (depth > 8) return nullptr;
  if (value.is_array()) {
    for (const Json& element : value) {
      if (const Json* found = find_article(element, depth + 1)) return found;
    }
    return nullptr;
  }
  if (!value.is_object()) return nullptr;
  if (auto type = value.find("@type"); type != value.end() && is_article_type(*type)) {
    return &value;
  }
  if (auto graph = value.find("@graph"); graph != value.end()) {
    return find_article(*graph, depth + 1);
  }
  return nullptr;
}

std::string string_of(const Json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end()) return {};
  if (it->is_string()) return trimmed(it->get<std::string>());
  if (it->is_array() && !it->empty() && it->front().is_string()) {
    return trimmed(it->front().get<std::string>());
  }
  return {};
}

// A Person or Organization given as a string, an object with a name, or an array of them.
std::vector<std::string> names_of(const Json& value) {
  std::vector<std::string> names;
  auto add = [&](const Json& one) {
    std::string name;
    if (one.is_string()) name = trimmed(one.get<std::string>());
    if (one.is_object()) name = string_of(one, "name");
    // Some sites give the author's profile URL instead of a name.
    if (!name.empty() && !name.starts_with("http")) names.push_back(name);
  };
  if (value.is_array()) {
    for (const Json& one : value) add(one);
  } else {
    add(value);
  }
  return names;
}

void read_json_ld(const PageClues& clues, PageMetadata& page) {
  for (const std::string& text : clues.json_ld) {
    Json value = Json::parse(text, nullptr, false);
    if (value.is_discarded()) continue;
    const Json* article = find_article(value, 0);
    if (article == nullptr) continue;
    page.declares_article = true;
    page.title = string_of(*article, "headline");
    if (page.title.empty()) page.title = string_of(*article, "name");
    for (const char* key : {"datePublished", "dateCreated"}) {
      if (std::string date = string_of(*article, key); !date.empty()) page.dates.push_back(date);
    }
    if (auto author = article->find("author"); author != article->end()) {
      page.authors = names_of(*author);
    }
    if (auto publisher = article->find("publisher"); publisher != article->end()) {
      std::vector<std::string> names = names_of(*publisher);
      if (!names.empty()) page.source = names.front();
    }
    if (auto language = article->find("inLanguage"); language != article->end()) {
      if (language->is_string()) page.language = language->get<std::string>();
      if (language->is_object()) page.language = string_of(*language, "alternateName");
    }
    page.url = string_of(*article, "url");
    page.section = string_of(*article, "articleSection");
    page.body = string_of(*article, "articleBody");
    return;
  }
}

std::vector<std::string> all_meta(const PageClues& clues, std::initializer_list<const char*> keys) {
  std::vector<std::string> values;
  for (const char* key : keys) {
    if (auto it = clues.meta.find(key); it != clues.meta.end()) {
      if (std::string value = trimmed(it->second); !value.empty()) values.push_back(value);
    }
  }
  return values;
}

std::string first_meta(const PageClues& clues, std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    if (auto it = clues.meta.find(key); it != clues.meta.end()) {
      std::string value = trimmed(it->second);
      if (!value.empty()) return value;
    }
  }
  return {};
}

void fill(std::string& field, std::string value) {
  if (field.empty()) field = std::move(value);
}

// "Headline | Site" or "Headline - Site": the site's name is not part of the headline.
std::string without_site_name(std::string title, const std::string& site) {
  if (site.empty()) return title;
  for (std::string_view separator : {" | ", " - ", " – ", " — ", " :: ", " · "}) {
    std::string suffix = std::string(separator) + site;
    if (title.size() > suffix.size() && title.ends_with(suffix)) {
      title.erase(title.size() - suffix.size());
      return title;
    }
  }
  return title;
}

}  // namespace

PageMetadata read_page_metadata(const xmlNode* root) {
  PageClues clues;
  gather(root, clues, false, 0);
  PageMetadata page;
  read_json_ld(clues, page);

  if (lowercase(first_meta(clues, {"og:type"})) == "article") page.declares_article = true;
  fill(page.source, first_meta(clues, {"og:site_name", "application-name", "publisher"}));
  fill(page.title, first_meta(clues, {"og:title", "twitter:title", "headline", "dc.title"}));
  fill(page.title, without_site_name(clues.title_element, page.source));
  for (std::string& date :
       all_meta(clues, {"article:published_time", "datepublished", "og:article:published_time",
                        "pubdate", "publishdate", "publish-date", "parsely-pub-date",
                        "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date",
                        "dcterms.created", "date", "article.published"})) {
    page.dates.push_back(std::move(date));
  }
  if (!clues.time_in_article.empty()) page.dates.push_back(clues.time_in_article);
  // A page with a single <time> is dated by it; with several, the first may be today's date in
  // the page header.
  if (clues.time_count == 1) page.dates.push_back(clues.first_time);
  if (page.authors.empty()) {
    std::string author = first_meta(clues, {"author", "article:author", "dc.creator", "byl"});
    if (author.starts_with("By ") || author.starts_with("by ")) author.erase(0, 3);
    if (!author.empty() && !author.starts_with("http")) page.authors.push_back(author);
  }
  fill(page.language, clues.html_lang);
  fill(page.language, first_meta(clues, {"og:locale", "content-language", "dc.language"}));
  std::replace(page.language.begin(), page.language.end(), '_', '-');
  fill(page.url, trimmed(clues.canonical));
  fill(page.url, first_meta(clues, {"og:url"}));
  fill(page.section, first_meta(clues, {"article:section"}));
  return page;
}

}  // namespace newsindex
