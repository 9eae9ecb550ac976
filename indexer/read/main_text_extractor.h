// Finds a web page's article text among its navigation, banners, share buttons, "related
// stories" and footer: boilerplate removal by the shallow text features of Kohlschütter et al.
// ("Boilerplate Detection using Shallow Text Features", WSDM 2010), then the page region that
// holds most of the article's text.
#pragma once

#include <libxml/tree.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace newsindex {

struct MainText {
  std::string text;            // paragraphs separated by blank lines
  std::size_t words = 0;       // in `text`
  std::size_t page_words = 0;  // in all of the page's visible text
};

class MainTextExtractor {
 public:
  // The article text of the page under `root`. A paragraph that repeats `title` (the headline
  // above the text) is left out: the article keeps its title apart.
  [[nodiscard]] MainText extract(const xmlNode* root, std::string_view title) const;
};

}  // namespace newsindex
