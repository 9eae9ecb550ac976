#include "entity_canonicalizer.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <unordered_map>

#include "curated_lists.h"

namespace newsindex {
namespace {

using schema::EntityKind;

constexpr std::array<std::string_view, 14> kHonorifics = {"mr",   "mr.",   "mrs", "mrs.", "ms",
                                                          "ms.",  "dr",    "dr.", "sir",  "dame",
                                                          "lord", "prof.", "mme", "herr"};

std::vector<std::string> split_words(std::string_view text) {
  std::vector<std::string> words;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find(' ', at);
    if (end == std::string_view::npos) end = text.size();
    if (end > at) words.emplace_back(text.substr(at, end - at));
    at = end + 1;
  }
  return words;
}

// words[from, until) joined by single spaces.
std::string join_words(const std::vector<std::string>& words, std::size_t from = 0,
                       std::size_t until = std::string::npos) {
  std::string text;
  for (std::size_t i = from; i < words.size() && i < until; ++i) {
    if (!text.empty()) text.push_back(' ');
    text += words[i];
  }
  return text;
}

// One line, single spaces, no possessive, no surrounding punctuation.
std::string clean_surface(std::string_view surface) {
  std::string text = collapse_whitespace(surface);
  for (std::string_view possessive : {"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99"}) {
    if (text.size() > possessive.size() + 1 && text.ends_with(possessive)) {
      text.erase(text.size() - possessive.size());
      break;
    }
  }
  const std::string_view edge = ",;:!?\"()[]*";
  while (!text.empty() && edge.find(text.back()) != std::string_view::npos) text.pop_back();
  while (!text.empty() && edge.find(text.front()) != std::string_view::npos) text.erase(0, 1);
  return text;
}

bool is_all_caps(std::string_view text) {
  bool letters = false;
  for (char c : text) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') letters = true;
  }
  return letters;
}

}  // namespace

EntityCanonicalizer::EntityCanonicalizer(const EntityAliases& aliases) : aliases_(aliases) {
  for (std::string_view form : ner::strong_organisation_suffixes()) {
    legal_forms_.push_back(folder_.key(form));
  }
  for (std::string_view head : ner::weak_organisation_suffixes()) {
    if (head.find(' ') == std::string_view::npos) institution_heads_.push_back(folder_.key(head));
  }
  std::sort(institution_heads_.begin(), institution_heads_.end());
  UErrorCode status = U_ZERO_ERROR;
  words_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getDefault(), status));
  if (U_FAILURE(status)) words_.reset();  // toTitle then opens its own
}

std::size_t EntityCanonicalizer::without_legal_form(const std::vector<std::string>& words) const {
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

std::string EntityCanonicalizer::readable_case(const std::string& text) {
  if (!is_all_caps(text) || text.size() <= 5) return text;
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
  unicode.toTitle(words_.get());
  std::string titled;
  unicode.toUTF8String(titled);
  // English names keep their connectors in lower case: "BANK OF FRANCE" is "Bank of France".
  std::string out;
  out.reserve(titled.size());
  std::size_t start = 0;
  while (start <= titled.size()) {
    std::size_t end = titled.find(' ', start);
    if (end == std::string::npos) end = titled.size();
    std::string_view word(titled.data() + start, end - start);
    const bool connector = word == "Of" || word == "And" || word == "For" || word == "The";
    if (start > 0) out.push_back(' ');
    if (connector && start > 0) {
      out.push_back(static_cast<char>(word[0] - 'A' + 'a'));
      out.append(word.substr(1));
    } else {
      out.append(word);
    }
    start = end + 1;
  }
  return out;
}

std::vector<CanonicalName> EntityCanonicalizer::canonicalize(
    const std::vector<MentionSurface>& mentions) {
  struct Working {
    EntityKind kind;
    std::string display;
    std::vector<std::string> words;  // folded words of display
    std::size_t mentions = 0;        // how many of the article's mentions are written so
  };
  // An article writes the same names again and again ("Reuters", "Putin"): each distinct surface
  // is worked out once, and its mentions share the result.
  struct SurfaceKey {
    std::string_view text;
    EntityKind kind;
    bool operator==(const SurfaceKey&) const = default;
  };
  struct SurfaceHash {
    std::size_t operator()(const SurfaceKey& k) const noexcept {
      return std::hash<std::string_view>{}(k.text) ^ static_cast<std::size_t>(k.kind);
    }
  };
  std::unordered_map<SurfaceKey, std::size_t, SurfaceHash> distinct;
  distinct.reserve(mentions.size());
  std::vector<std::size_t> item_of(mentions.size());
  std::vector<Working> work;
  work.reserve(mentions.size());
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    const MentionSurface& mention = mentions[m];
    auto [known, inserted] = distinct.try_emplace({mention.text, mention.kind}, work.size());
    item_of[m] = known->second;
    if (!inserted) {
      ++work[known->second].mentions;
      continue;
    }
    std::vector<std::string> words = split_words(clean_surface(mention.text));
    if (mention.kind != EntityKind::kPerson && words.size() > 1 && folder_.key(words[0]) == "the") {
      words.erase(words.begin());
    }
    if (mention.kind == EntityKind::kPerson && words.size() > 1) {
      std::string first = folder_.key(words[0]);
      if (std::find(kHonorifics.begin(), kHonorifics.end(), first) != kHonorifics.end()) {
        words.erase(words.begin());
      }
    }
    Working item{mention.kind, join_words(words), {}, 1};
    item.words.reserve(words.size());
    for (const std::string& word : words) item.words.push_back(folder_.key(word));
    work.push_back(std::move(item));
  }

  // People named in full in this article, by their folded surname. The fullest and most often
  // written form wins when several share a surname.
  std::map<std::string, std::pair<std::size_t, std::size_t>>
      full_names;  // surname -> (index, count)
  std::map<std::string, std::size_t> name_counts;
  for (const Working& item : work) {
    if (item.kind == EntityKind::kPerson && item.words.size() >= 2)
      name_counts[join_words(item.words)] += item.mentions;
  }
  for (std::size_t i = 0; i < work.size(); ++i) {
    const Working& item = work[i];
    if (item.kind != EntityKind::kPerson || item.words.size() < 2) continue;
    std::size_t count = name_counts[join_words(item.words)];
    auto [it, inserted] = full_names.try_emplace(item.words.back(), i, count);
    const Working& best = work[it->second.first];
    if (!inserted && (item.words.size() > best.words.size() ||
                      (item.words.size() == best.words.size() && count > it->second.second))) {
      it->second = {i, count};
    }
  }

  // Organisations named in full with their legal form ("Chrysler Corp", "Goldman Sachs and Co"),
  // by their name without it: the same name written without the form here ("Chrysler") is that
  // organisation. The longest form wins, then the most often written.
  std::map<std::string, std::size_t> with_legal_form;
  for (std::size_t i = 0; i < work.size(); ++i) {
    const Working& item = work[i];
    if (item.kind != EntityKind::kOrganisation) continue;
    const std::size_t stem = without_legal_form(item.words);
    if (stem == 0 || stem == item.words.size()) continue;
    auto [it, inserted] = with_legal_form.try_emplace(join_words(item.words, 0, stem), i);
    const Working& best = work[it->second];
    if (!inserted && (item.words.size() > best.words.size() ||
                      (item.words.size() == best.words.size() && item.mentions > best.mentions))) {
      it->second = i;
    }
  }

  // The same organisations by their first word: "Dome", "Ford" and "CPC" are "Dome Petroleum Ltd",
  // "Ford Motor Co" and "CPC International Inc" where the article names one such company only.
  // Names without a legal form do not count ("EC" is not the "EC Commission", "IBM" not an "IBM
  // PC"), nor do two different companies that begin alike (two keys of with_legal_form).
  constexpr std::size_t kAmbiguous = std::numeric_limits<std::size_t>::max();
  std::map<std::string, std::size_t> by_first_word;  // first word -> index, or kAmbiguous
  for (const auto& entry : with_legal_form) {
    const std::size_t i = entry.second;
    auto [it, inserted] = by_first_word.try_emplace(work[i].words.front(), i);
    if (!inserted) it->second = kAmbiguous;
  }

  // Organisations whose name begins with a possessive ("Moody's Investors Service"), by that
  // word without it: "Moody's said", cleaned to "Moody", is that organisation.
  std::map<std::string, std::size_t> possessive_first;
  for (std::size_t i = 0; i < work.size(); ++i) {
    const Working& item = work[i];
    if (item.kind != EntityKind::kOrganisation || item.words.size() < 2) continue;
    for (std::string_view possessive : {"'s", "\xE2\x80\x99s"}) {
      const std::string& first = item.words.front();
      if (first.size() <= possessive.size() || !first.ends_with(possessive)) continue;
      auto [it, inserted] =
          possessive_first.try_emplace(first.substr(0, first.size() - possessive.size()), i);
      if (!inserted && item.mentions > work[it->second].mentions) it->second = i;
    }
  }

  // Organisations named in full, by their institution head ("Bank" of "Bank of England",
  // "Commission" of "European Commission"): "the Bank said" is that bank when the article names
  // one bank only. Two different ones leave "Bank" as written.
  std::map<std::string, std::size_t> by_institution;  // head -> index, or kAmbiguous
  for (std::size_t i = 0; i < work.size(); ++i) {
    const Working& item = work[i];
    if (item.kind != EntityKind::kOrganisation || item.words.size() < 2) continue;
    // The head ends the name ("World Bank") or comes before "of" ("Bank of England"): the
    // "Exchange" in "Securities and Exchange Commission" is not that commission's head.
    for (std::size_t w = 0; w < item.words.size(); ++w) {
      const std::string& word = item.words[w];
      const bool head = w + 1 == item.words.size() || item.words[w + 1] == "of";
      if (!head ||
          !std::binary_search(institution_heads_.begin(), institution_heads_.end(), word)) {
        continue;
      }
      auto [it, inserted] = by_institution.try_emplace(word, i);
      if (!inserted && it->second != i && it->second != kAmbiguous &&
          work[it->second].words != item.words) {
        it->second = kAmbiguous;
      }
    }
  }

  std::vector<CanonicalName> resolved;
  resolved.reserve(work.size());
  for (Working& item : work) {
    CanonicalName name{item.kind, item.display, {}};
    if (item.words.empty()) {
      resolved.push_back(std::move(name));
      continue;
    }
    std::string key = join_words(item.words);
    // Aliases apply within the tagger's kind only: taking the alias table's kind instead ("EU"
    // is an organisation) cost accuracy on every gold set, whose conventions differ.
    const Working* with_form = nullptr;  // this organisation named in full in the article
    if (item.kind == EntityKind::kOrganisation && !with_legal_form.empty()) {
      const std::size_t stem = without_legal_form(item.words);
      auto full =
          stem == 0 ? with_legal_form.end() : with_legal_form.find(join_words(item.words, 0, stem));
      if (full != with_legal_form.end() && work[full->second].words.size() > item.words.size()) {
        with_form = &work[full->second];
      }
    }
    // One word alone: the possessive's company, then the company it begins, then the
    // institution it heads.
    if (item.kind == EntityKind::kOrganisation && with_form == nullptr && item.words.size() == 1) {
      for (const auto* by_word : {&possessive_first, &by_first_word, &by_institution}) {
        auto full = by_word->find(item.words.front());
        if (full != by_word->end() && full->second != kAmbiguous) {
          with_form = &work[full->second];
          break;
        }
      }
    }
    if (const EntityName* alias = aliases_.find(item.kind, key)) {
      name.display = alias->display;
    } else if (with_form != nullptr) {
      name.display = with_form->display;
    } else if (item.words.size() == 1 || item.kind == EntityKind::kPerson) {
      // "Putin" (or a mistyped "Witkoff" ORG) resolves to the person named in full here.
      auto full = full_names.find(item.words.back());
      bool part_of_full = false;
      if (full != full_names.end()) {
        const std::vector<std::string>& full_words = work[full->second.first].words;
        part_of_full =
            std::all_of(item.words.begin(), item.words.end(), [&](const std::string& word) {
              return std::find(full_words.begin(), full_words.end(), word) != full_words.end();
            });
      }
      if (part_of_full && item.words.size() < work[full->second.first].words.size()) {
        name.kind = EntityKind::kPerson;
        name.display = work[full->second.first].display;
      }
    }
    name.display = readable_case(name.display);
    name.key = folder_.key(name.display);
    resolved.push_back(std::move(name));
  }
  std::vector<CanonicalName> names;
  names.reserve(mentions.size());
  for (const std::size_t item : item_of) names.push_back(resolved[item]);
  return names;
}

}  // namespace newsindex
