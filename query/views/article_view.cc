#include "article_view.h"

#include <algorithm>

namespace newsindex {

std::vector<Highlight> text_highlights(const ArticleView& view) {
  std::vector<Highlight> entities, dates;
  for (const ArticleEntity& entity : view.entities) {
    for (const TextSpan& span : entity.in_text) entities.push_back({span, HighlightKind::kEntity});
  }
  for (const ArticleDate& date : view.dates) {
    for (const TextSpan& span : date.in_text) dates.push_back({span, HighlightKind::kDate});
  }
  auto by_start = [](const Highlight& a, const Highlight& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end > b.span.end;
  };
  // Entity spans never overlap each other (MentionFinder); date spans are dropped where they
  // meet an entity or an earlier date.
  std::sort(entities.begin(), entities.end(), by_start);
  std::sort(dates.begin(), dates.end(), by_start);
  std::vector<Highlight> all = entities;
  for (const Highlight& date : dates) {
    const bool overlaps = std::any_of(all.begin(), all.end(), [&](const Highlight& taken) {
      return date.span.begin < taken.span.end && taken.span.begin < date.span.end;
    });
    if (!overlaps) all.push_back(date);
  }
  std::sort(all.begin(), all.end(), by_start);
  return all;
}

}  // namespace newsindex
