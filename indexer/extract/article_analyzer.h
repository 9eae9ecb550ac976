// The extraction step of indexing: which people, organisations, places and dates an article
// mentions, each normalised (canonical entity names, TIMEX3 date values).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "article.h"
#include "entity_canonicalizer.h"
#include "ner/entity_tagger.h"
#include "timex/date_tagger.h"

namespace newsindex {

struct EntityOccurrence {
  std::size_t begin = 0;  // UTF-8 byte offsets into the field the mention is in, end exclusive
  std::size_t end = 0;
  CanonicalName name;
};

struct TimexOccurrence {
  std::size_t begin = 0;  // UTF-8 byte offsets into Article::text
  std::size_t end = 0;
  TimexType type = TimexType::Date;
  std::string value;  // TIMEX3
};

struct ArticleAnalysis {
  std::vector<EntityOccurrence> text_entities;
  std::vector<EntityOccurrence> title_entities;
  std::vector<TimexOccurrence> timexes;
};

struct AnalysisOptions {
  bool entities = true;
  bool dates = true;
};

// Not thread-safe (it owns a canonicalizer and caches date taggers): one per thread. The entity
// tagger and the aliases are shared, read-only.
class ArticleAnalyzer {
 public:
  // tagger may be null when entity extraction is off.
  ArticleAnalyzer(const EntityTagger* tagger, const EntityAliases& aliases,
                  AnalysisOptions options);

  [[nodiscard]] ArticleAnalysis analyze(const Article& article);

 private:
  const DateTagger& date_tagger(const std::string& language);

  const EntityTagger* tagger_;
  AnalysisOptions options_;
  EntityCanonicalizer canonicalizer_;
  std::map<std::string, DateTagger, std::less<>> date_taggers_;
};

}  // namespace newsindex
