// Prints what the analyzer found in an article as one JSON line ("newsindex extract"), in the
// shape ../shared/eval/score.py reads.
#pragma once

#include <ostream>

#include "article.h"
#include "article_analyzer.h"

namespace newsindex {

enum class OffsetUnit { kCodePoints, kBytes };

// {"id", "entities": [{"start","end","type","text","canonical"}],
//  "timexes": [{"start","end","type","value","text"}]}; offsets point into the article's text.
void print_extraction(const Article& article, const ArticleAnalysis& analysis, OffsetUnit unit,
                      std::ostream& out);

}  // namespace newsindex
