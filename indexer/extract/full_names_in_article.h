// What an article names in full, found by the shorter forms that refer to it within the article:
// the surname of a person, a company without its legal form, by its first word or as a
// possessive, and an institution by its head. EntityCanonicalizer resolves each short form with
// these tables.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "schema.h"
#include "text_folder.h"

namespace newsindex {

// words[from, until) joined by single spaces.
std::string join_words(const std::vector<std::string>& words, std::size_t from = 0,
                       std::size_t until = std::string::npos);

// One distinct surface of an article's mentions, cleaned: what the canonicaliser resolves.
struct WrittenName {
  schema::EntityKind kind;
  std::string display;             // without possessive, honorific or leading "the"
  std::vector<std::string> words;  // folded words of display
  std::size_t mentions = 0;        // how many of the article's mentions are written so
};

// The words that end organisations' names, folded: legal forms ("inc", "corp.", "plc") and
// institution heads ("bank", "commission").
class OrganisationWords {
 public:
  explicit OrganisationWords(const TextFolder& folder);

  // How many of an organisation's folded words remain without its trailing legal form: 2 for
  // "chrysler corp", "goldman sachs and co" and "boeing"... of "boeing co".
  [[nodiscard]] std::size_t without_legal_form(const std::vector<std::string>& words) const;
  [[nodiscard]] bool is_institution_head(const std::string& word) const;

 private:
  std::vector<std::string> legal_forms_;
  std::vector<std::string> institution_heads_;  // sorted
};

// Built once per article from its distinct names; each lookup is one resolution rule.
class FullNamesInArticle {
 public:
  // `names`: the article's distinct names, which must outlive this object.
  FullNamesInArticle(const std::vector<WrittenName>& names, const OrganisationWords& words);

  // Each returns the name written in full that `name` refers to, or nullptr.
  [[nodiscard]] const WrittenName* with_legal_form(const WrittenName& name) const;
  [[nodiscard]] const WrittenName* by_possessive(const WrittenName& name) const;
  [[nodiscard]] const WrittenName* by_first_word(const WrittenName& name) const;
  [[nodiscard]] const WrittenName* by_institution_head(const WrittenName& name) const;
  [[nodiscard]] const WrittenName* person_by_surname(const WrittenName& name) const;

 private:
  void index_people_by_surname();
  void index_companies_with_legal_form();
  void index_companies_by_first_word();
  void index_possessives();
  void index_institutions();
  // The name `table` gives for `key`: nullptr when it gives none, or several.
  [[nodiscard]] const WrittenName* at(const std::map<std::string, std::size_t>& table,
                                      const std::string& key) const;

  const std::vector<WrittenName>& names_;
  const OrganisationWords& words_;
  std::map<std::string, std::pair<std::size_t, std::size_t>> people_;  // surname -> (index, count)
  std::map<std::string, std::size_t> with_legal_form_;  // name without its form -> index
  std::map<std::string, std::size_t> first_words_;      // first word -> index, or kAmbiguous
  std::map<std::string, std::size_t> possessives_;      // "moody" -> index
  std::map<std::string, std::size_t> institutions_;     // head -> index, or kAmbiguous
};

}  // namespace newsindex
