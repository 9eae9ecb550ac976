// Gives each entity mention of an article its canonical name: one name per real entity.
#pragma once

#include <unicode/brkiter.h>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "entity_aliases.h"
#include "full_names_in_article.h"
#include "schema.h"
#include "text_folder.h"

namespace newsindex {

struct MentionSurface {
  std::string_view text;  // the mention as written
  schema::EntityKind kind;
};

struct CanonicalName {
  schema::EntityKind kind;  // may differ from the tagger's when the article says otherwise
  std::string display;      // "Vladimir Putin"
  std::string key;          // TextFolder::key(display)
};

// Within an article, short forms take the full name they are part of ("Putin", "Mr Putin",
// "PUTIN" -> "Vladimir Putin"), and a surname the tagger typed otherwise becomes that person;
// "Chrysler", "Moody's" and "the Bank" take the organisation the article names in full.
// Across the archive, aliases resolve to one name ("U.S." -> "United States"). Possessives,
// honorifics, a nickname in brackets or quotation marks and a leading "the" are dropped; all-caps
// headline forms are shown in title case.
// Not thread-safe (it owns a TextFolder): one per thread.
class EntityCanonicalizer {
 public:
  // `usually_capitalised` says whether a word is usually written with a capital first letter in
  // running text ("Paris", not "NATO"); without it, short names in capitals stay as written.
  // `known_place` says whether a name is a listed place ("Chicago"): such a place is not taken
  // for a person the article names in full with it as surname; without it, it may be.
  explicit EntityCanonicalizer(const EntityAliases& aliases,
                               std::function<bool(std::string_view)> usually_capitalised = {},
                               std::function<bool(std::string_view)> known_place = {});

  // All mentions of one article (headline and body together), in any order. The result is
  // parallel to `mentions`; a mention with nothing left after cleaning gets an empty key.
  [[nodiscard]] std::vector<CanonicalName> canonicalize(
      const std::vector<MentionSurface>& mentions);

 private:
  // The article's mentions as distinct names, cleaned; name_of[m] is the index of mention m's.
  std::vector<WrittenName> distinct_names(const std::vector<MentionSurface>& mentions,
                                          std::vector<std::size_t>& name_of) const;
  // The canonical name of one distinct name, given what the article names in full.
  CanonicalName resolve(const WrittenName& name, const FullNamesInArticle& full_names);

  // Headline capitals ("VLADIMIR PUTIN") read better as "Vladimir Putin"; short all-caps names
  // are acronyms ("NATO", "BBC") and stay, unless usually written capitalised ("PARIS").
  std::string readable_case(const std::string& text);

  const EntityAliases& aliases_;
  std::function<bool(std::string_view)> usually_capitalised_;
  std::function<bool(std::string_view)> known_place_;
  TextFolder folder_;
  OrganisationWords organisation_words_;
  // For readable_case: ICU would otherwise open a word break iterator for every name.
  std::unique_ptr<icu::BreakIterator> words_;
};

}  // namespace newsindex
