// Counts every facet in one pass over the match set: a Xapian MatchSpy that reads each matching
// document's facet values once, whatever the number of facets asked for.
#pragma once

#include <xapian.h>

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>

#include "schema.h"

namespace newsindex {

// Which facets to count.
struct FacetSelection {
  bool person = true;
  bool organisation = true;
  bool place = true;
  bool published = true;
  bool mentioned = true;
  bool source = true;
  bool language = true;
};

struct NamedCount {
  std::string display;
  std::size_t count = 0;
};

// Hash and equality that look up std::string keys by std::string_view without a copy.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};
using CountsByKey = std::unordered_map<std::string, NamedCount, StringHash, std::equal_to<>>;

// Counts are of documents: an article that names three people counts once for each, and an
// article that names one person five times counts once for that person.
class FacetCounter final : public Xapian::MatchSpy {
 public:
  explicit FacetCounter(FacetSelection selection) : selection_(selection) {}

  void operator()(const Xapian::Document& document, double weight) override;
  [[nodiscard]] std::string get_description() const override { return "FacetCounter"; }

  [[nodiscard]] std::size_t documents_seen() const { return documents_; }
  [[nodiscard]] const FacetSelection& selection() const { return selection_; }
  // By folded entity key.
  [[nodiscard]] const CountsByKey& entities(schema::EntityKind kind) const;
  // By "YYYYMMDD" publication day.
  [[nodiscard]] const std::map<std::string, std::size_t>& published_days() const { return published_; }
  // By mentioned-date term (schema::mentioned_day_term and friends).
  [[nodiscard]] const std::map<std::string, std::size_t>& mentioned_terms() const { return mentioned_; }
  // By the value as stored (source display name, language code).
  [[nodiscard]] const std::map<std::string, std::size_t>& sources() const { return sources_; }
  [[nodiscard]] const std::map<std::string, std::size_t>& languages() const { return languages_; }

 private:
  FacetSelection selection_;
  std::size_t documents_ = 0;
  CountsByKey people_;
  CountsByKey organisations_;
  CountsByKey places_;
  std::map<std::string, std::size_t> published_;
  std::map<std::string, std::size_t> mentioned_;
  std::map<std::string, std::size_t> sources_;
  std::map<std::string, std::size_t> languages_;
};

}  // namespace newsindex
