// A web page as an article: the one path from a page's bytes to an Article, shared by the HTML
// and WARC readers.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "article.h"
#include "main_text_extractor.h"
#include "problem_reporter.h"
#include "reader_options.h"

namespace newsindex {

// What the reader knows of a page beyond its bytes.
struct PageSource {
  SourceLocation where;      // for messages and as the article's origin
  std::string_view charset;  // declared by the HTTP header, or empty
  std::string_view address;  // the URL it was fetched from (WARC), or empty
};

// Fewer words than this of article text and the page is taken for an index, a section front or
// an error page: warned about, not indexed.
inline constexpr std::size_t kMinArticleWords = 40;

// Builds articles from pages. Holds nothing between pages but its settings.
class WebPageReader {
 public:
  WebPageReader(ProblemReporter& problems, const ReaderOptions& options);

  // The page's article, or nullopt (reported) when it holds none.
  [[nodiscard]] std::optional<Article> read(std::string_view bytes, const PageSource& source) const;

 private:
  ProblemReporter& problems_;
  const ReaderOptions& options_;
  MainTextExtractor extractor_;
};

}  // namespace newsindex
