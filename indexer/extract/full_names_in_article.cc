#include "full_names_in_article.h"

#include <algorithm>
#include <limits>
#include <string_view>

#include "curated_lists.h"

namespace newsindex {
namespace {

using schema::EntityKind;

// Two different names share the short form: it stays as written.
constexpr std::size_t kAmbiguous = std::numeric_limits<std::size_t>::max();

}  // namespace

std::string join_words(const std::vector<std::string>& words, std::size_t from, std::size_t until) {
  std::string text;
  for (std::size_t i = from; i < words.size() && i < until; ++i) {
    if (!text.empty()) text.push_back(' ');
    text += words[i];
  }
  return text;
}

OrganisationWords::OrganisationWords(const TextFolder& folder) {
  for (std::string_view form : ner::strong_organisation_suffixes()) {
    legal_forms_.push_back(folder.key(form));
  }
  for (std::string_view head : ner::weak_organisation_suffixes()) {
    if (head.find(' ') == std::string_view::npos) institution_heads_.push_back(folder.key(head));
  }
  std::sort(institution_heads_.begin(), institution_heads_.end());
}

std::size_t OrganisationWords::without_legal_form(const std::vector<std::string>& words) const {
  std::size_t n = words.size();
  auto is_form = [&](const std::string& word) {
    return std::find(legal_forms_.begin(), legal_forms_.end(), word) != legal_forms_.end();
  };
  while (n > 0 && is_form(words[n - 1])) --n;
  if (n < words.size()) {
    while (n > 0 && (words[n - 1] == "and" || words[n - 1] == "&")) --n;  // "Goldman Sachs and Co"
  }
  return n;
}

bool OrganisationWords::is_institution_head(const std::string& word) const {
  return std::binary_search(institution_heads_.begin(), institution_heads_.end(), word);
}

FullNamesInArticle::FullNamesInArticle(const std::vector<WrittenName>& names,
                                       const OrganisationWords& words)
    : names_(names), words_(words) {
  index_people_by_surname();
  index_companies_with_legal_form();
  index_companies_by_first_word();
  index_possessives();
  index_institutions();
}

// People named in full in this article, by their folded surname. The fullest and most often
// written form wins when several share a surname.
void FullNamesInArticle::index_people_by_surname() {
  std::map<std::string, std::size_t> name_counts;
  for (const WrittenName& name : names_) {
    if (name.kind == EntityKind::kPerson && name.words.size() >= 2)
      name_counts[join_words(name.words)] += name.mentions;
  }
  for (std::size_t i = 0; i < names_.size(); ++i) {
    const WrittenName& name = names_[i];
    if (name.kind != EntityKind::kPerson || name.words.size() < 2) continue;
    std::size_t count = name_counts[join_words(name.words)];
    auto [it, inserted] = people_.try_emplace(name.words.back(), i, count);
    const WrittenName& best = names_[it->second.first];
    if (!inserted && (name.words.size() > best.words.size() ||
                      (name.words.size() == best.words.size() && count > it->second.second))) {
      it->second = {i, count};
    }
  }
}

// Organisations named in full with their legal form ("Chrysler Corp", "Goldman Sachs and Co"), by
// their name without it: the same name written without the form here ("Chrysler") is that
// organisation. The longest form wins, then the most often written.
void FullNamesInArticle::index_companies_with_legal_form() {
  for (std::size_t i = 0; i < names_.size(); ++i) {
    const WrittenName& name = names_[i];
    if (name.kind != EntityKind::kOrganisation) continue;
    const std::size_t stem = words_.without_legal_form(name.words);
    if (stem == 0 || stem == name.words.size()) continue;
    auto [it, inserted] = with_legal_form_.try_emplace(join_words(name.words, 0, stem), i);
    const WrittenName& best = names_[it->second];
    if (!inserted && (name.words.size() > best.words.size() ||
                      (name.words.size() == best.words.size() && name.mentions > best.mentions))) {
      it->second = i;
    }
  }
}

// The same organisations by their first word: "Dome", "Ford" and "CPC" are "Dome Petroleum Ltd",
// "Ford Motor Co" and "CPC International Inc" where the article names one such company only.
// Names without a legal form do not count ("EC" is not the "EC Commission", "IBM" not an "IBM
// PC"), nor do two different companies that begin alike (two keys of with_legal_form_).
void FullNamesInArticle::index_companies_by_first_word() {
  for (const auto& entry : with_legal_form_) {
    const std::size_t i = entry.second;
    auto [it, inserted] = first_words_.try_emplace(names_[i].words.front(), i);
    if (!inserted) it->second = kAmbiguous;
  }
}

// Organisations whose name begins with a possessive ("Moody's Investors Service"), by that word
// without it: "Moody's said", cleaned to "Moody", is that organisation. The most often written
// wins.
void FullNamesInArticle::index_possessives() {
  for (std::size_t i = 0; i < names_.size(); ++i) {
    const WrittenName& name = names_[i];
    if (name.kind != EntityKind::kOrganisation || name.words.size() < 2) continue;
    for (std::string_view possessive : {"'s", "\xE2\x80\x99s"}) {
      const std::string& first = name.words.front();
      if (first.size() <= possessive.size() || !first.ends_with(possessive)) continue;
      auto [it, inserted] =
          possessives_.try_emplace(first.substr(0, first.size() - possessive.size()), i);
      if (!inserted && name.mentions > names_[it->second].mentions) it->second = i;
    }
  }
}

// Organisations named in full, by their institution head ("Bank" of "Bank of England",
// "Commission" of "European Commission"): "the Bank said" is that bank when the article names
// one bank only. Two different ones leave "Bank" as written. The head ends the name ("World
// Bank") or comes before "of" ("Bank of England"): the "Exchange" in "Securities and Exchange
// Commission" is not that commission's head.
void FullNamesInArticle::index_institutions() {
  for (std::size_t i = 0; i < names_.size(); ++i) {
    const WrittenName& name = names_[i];
    if (name.kind != EntityKind::kOrganisation || name.words.size() < 2) continue;
    for (std::size_t w = 0; w < name.words.size(); ++w) {
      const std::string& word = name.words[w];
      const bool head = w + 1 == name.words.size() || name.words[w + 1] == "of";
      if (!head || !words_.is_institution_head(word)) continue;
      auto [it, inserted] = institutions_.try_emplace(word, i);
      if (!inserted && it->second != i && it->second != kAmbiguous &&
          names_[it->second].words != name.words) {
        it->second = kAmbiguous;
      }
    }
  }
}

const WrittenName* FullNamesInArticle::at(const std::map<std::string, std::size_t>& table,
                                          const std::string& key) const {
  auto found = table.find(key);
  if (found == table.end() || found->second == kAmbiguous) return nullptr;
  return &names_[found->second];
}

const WrittenName* FullNamesInArticle::with_legal_form(const WrittenName& name) const {
  if (name.kind != EntityKind::kOrganisation || with_legal_form_.empty()) return nullptr;
  const std::size_t stem = words_.without_legal_form(name.words);
  if (stem == 0) return nullptr;
  const WrittenName* full = at(with_legal_form_, join_words(name.words, 0, stem));
  return full != nullptr && full->words.size() > name.words.size() ? full : nullptr;
}

const WrittenName* FullNamesInArticle::by_possessive(const WrittenName& name) const {
  if (name.kind != EntityKind::kOrganisation || name.words.size() != 1) return nullptr;
  return at(possessives_, name.words.front());
}

const WrittenName* FullNamesInArticle::by_first_word(const WrittenName& name) const {
  if (name.kind != EntityKind::kOrganisation || name.words.size() != 1) return nullptr;
  return at(first_words_, name.words.front());
}

const WrittenName* FullNamesInArticle::by_institution_head(const WrittenName& name) const {
  if (name.kind != EntityKind::kOrganisation || name.words.size() != 1) return nullptr;
  return at(institutions_, name.words.front());
}

const WrittenName* FullNamesInArticle::person_by_surname(const WrittenName& name) const {
  if (name.words.empty() || (name.words.size() != 1 && name.kind != EntityKind::kPerson))
    return nullptr;
  auto full = people_.find(name.words.back());
  if (full == people_.end()) return nullptr;
  const WrittenName& person = names_[full->second.first];
  const bool part_of_full =
      std::all_of(name.words.begin(), name.words.end(), [&](const std::string& word) {
        return std::find(person.words.begin(), person.words.end(), word) != person.words.end();
      });
  return part_of_full && name.words.size() < person.words.size() ? &person : nullptr;
}

}  // namespace newsindex
