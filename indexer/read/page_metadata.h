// What a news page says about itself in its markup: schema.org JSON-LD, Open Graph and other
// meta tags, <time datetime>, <html lang>, <link rel=canonical>, <title>.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <vector>

namespace newsindex {

struct PageMetadata {
  std::string title;
  // The publication dates the page gives, as it writes them (ISO 8601 mostly), most trusted
  // first: pages give several, and some of them are placeholders ("0001-01-01T00:00:00Z").
  std::vector<std::string> dates;
  std::vector<std::string> authors;
  std::string source;    // the site's or publisher's name
  std::string language;  // as the page writes it ("en-GB"), not yet normalised
  std::string url;       // canonical URL
  std::string section;
  // The article's text as the page's JSON-LD gives it (articleBody), or empty: some pages hold
  // it there only, their markup being filled in by scripts.
  std::string body;
  // The page calls itself an article: a JSON-LD Article (or NewsArticle, BlogPosting, ...) or
  // og:type "article".
  bool declares_article = false;
};

// Reads the metadata of the page under `root`. The first source in each field's order of trust
// wins: JSON-LD before Open Graph before other meta tags before the markup itself.
[[nodiscard]] PageMetadata read_page_metadata(const xmlNode* root);

}  // namespace newsindex
