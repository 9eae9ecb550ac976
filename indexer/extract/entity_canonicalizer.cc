#include "entity_canonicalizer.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <unordered_map>

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

// One line, single spaces, no possessive, no surrounding punctuation: "Moody's" and "(Moody)"
// are the same name as "Moody".
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

// "the Kremlin" is the "Kremlin": a leading "the" is not part of a place's or an organisation's
// name (an alias keeps it where it is: "Hague" is "The Hague"). People keep theirs.
void drop_leading_the(const TextFolder& folder, EntityKind kind, std::vector<std::string>& words) {
  if (kind != EntityKind::kPerson && words.size() > 1 && folder.key(words[0]) == "the") {
    words.erase(words.begin());
  }
}

// "Mr Kellogg" is "Kellogg": an honorific is not part of a person's name. A lone "Sir" stays.
void drop_honorific(const TextFolder& folder, EntityKind kind, std::vector<std::string>& words) {
  if (kind == EntityKind::kPerson && words.size() > 1) {
    std::string first = folder.key(words[0]);
    if (std::find(kHonorifics.begin(), kHonorifics.end(), first) != kHonorifics.end()) {
      words.erase(words.begin());
    }
  }
}

// "James E. (Jim) Nugent" is "James E. Nugent": a nickname in brackets or quotation marks between
// a person's given names and surname is not part of the name by which the archive knows them.
void drop_nickname(EntityKind kind, std::vector<std::string>& words) {
  if (kind != EntityKind::kPerson || words.size() < 3) return;
  auto opens = [](std::string_view w) {
    return w.starts_with("(") || w.starts_with("\"") || w.starts_with("\xE2\x80\x9C");
  };
  auto closes = [](std::string_view w) {
    return w.ends_with(")") || w.ends_with("\"") || w.ends_with("\xE2\x80\x9D");
  };
  for (std::size_t first = 1; first + 1 < words.size(); ++first) {
    if (!opens(words[first])) continue;
    for (std::size_t last = first; last + 1 < words.size(); ++last) {
      if (closes(words[last]) && (last > first || words[first].size() > 2)) {
        words.erase(words.begin() + static_cast<std::ptrdiff_t>(first),
                    words.begin() + static_cast<std::ptrdiff_t>(last) + 1);
        return;
      }
    }
    return;
  }
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

EntityCanonicalizer::EntityCanonicalizer(const EntityAliases& aliases,
                                         std::function<bool(std::string_view)> usually_capitalised,
                                         std::function<bool(std::string_view)> known_place)
    : aliases_(aliases),
      usually_capitalised_(std::move(usually_capitalised)),
      known_place_(std::move(known_place)),
      organisation_words_(folder_) {
  UErrorCode status = U_ZERO_ERROR;
  words_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getDefault(), status));
  if (U_FAILURE(status)) words_.reset();  // toTitle then opens its own
}

std::string EntityCanonicalizer::readable_case(const std::string& text) {
  if (!is_all_caps(text)) return text;
  if (text.size() <= 5) {
    const bool one_word = text.find(' ') == std::string::npos;
    if (!one_word || !usually_capitalised_ || !usually_capitalised_(text)) return text;
  }
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

// An article writes the same names again and again ("Reuters", "Putin"): each distinct surface
// is worked out once, and its mentions share the result.
std::vector<WrittenName> EntityCanonicalizer::distinct_names(
    const std::vector<MentionSurface>& mentions, std::vector<std::size_t>& name_of) const {
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
  name_of.assign(mentions.size(), 0);
  std::vector<WrittenName> names;
  names.reserve(mentions.size());
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    const MentionSurface& mention = mentions[m];
    auto [known, inserted] = distinct.try_emplace({mention.text, mention.kind}, names.size());
    name_of[m] = known->second;
    if (!inserted) {
      ++names[known->second].mentions;
      continue;
    }
    std::vector<std::string> words = split_words(clean_surface(mention.text));
    drop_leading_the(folder_, mention.kind, words);
    drop_honorific(folder_, mention.kind, words);
    drop_nickname(mention.kind, words);
    WrittenName name{mention.kind, join_words(words), {}, 1};
    name.words.reserve(words.size());
    for (const std::string& word : words) name.words.push_back(folder_.key(word));
    names.push_back(std::move(name));
  }
  return names;
}

// Aliases first, within the tagger's kind only: taking the alias table's kind instead ("EU" is an
// organisation) cost accuracy on every gold set, whose conventions differ. Then the organisation
// the article names with its legal form; for one word alone, the possessive's company, then the
// company it begins, then the institution it heads; then the person named in full ("Putin", or a
// mistyped "Witkoff" ORG, is "Vladimir Putin", a person), but not for a listed place: on OCR'd
// pages a stray "full name" ("Liners Washington", a headline run into a dateline) had made a
// person of every "Washington" of the page.
CanonicalName EntityCanonicalizer::resolve(const WrittenName& name,
                                           const FullNamesInArticle& full_names) {
  CanonicalName canonical{name.kind, name.display, {}};
  if (name.words.empty()) return canonical;
  const WrittenName* organisation = full_names.with_legal_form(name);
  if (organisation == nullptr) organisation = full_names.by_possessive(name);
  if (organisation == nullptr) organisation = full_names.by_first_word(name);
  if (organisation == nullptr) organisation = full_names.by_institution_head(name);
  if (const EntityName* alias = aliases_.find(name.kind, join_words(name.words))) {
    canonical.display = alias->display;
  } else if (organisation != nullptr) {
    canonical.display = organisation->display;
  } else if (const WrittenName* person = full_names.person_by_surname(name);
             person != nullptr &&
             !(name.kind == EntityKind::kPlace && known_place_ && known_place_(name.display))) {
    canonical.kind = EntityKind::kPerson;
    canonical.display = person->display;
  }
  canonical.display = readable_case(canonical.display);
  canonical.key = folder_.key(canonical.display);
  return canonical;
}

std::vector<CanonicalName> EntityCanonicalizer::canonicalize(
    const std::vector<MentionSurface>& mentions) {
  std::vector<std::size_t> name_of;
  const std::vector<WrittenName> names = distinct_names(mentions, name_of);
  const FullNamesInArticle full_names(names, organisation_words_);
  std::vector<CanonicalName> resolved;
  resolved.reserve(names.size());
  for (const WrittenName& name : names) resolved.push_back(resolve(name, full_names));
  // A short name the headline writes in capitals ("TEXAS", "HOUSE": kept as written, since it
  // could be an acronym) takes the body's writing of the same name ("Texas").
  for (CanonicalName& name : resolved) {
    if (name.key.empty() || !is_all_caps(name.display)) continue;
    for (const CanonicalName& other : resolved) {
      if (other.kind == name.kind && other.key == name.key && !is_all_caps(other.display)) {
        name.display = other.display;
        break;
      }
    }
  }
  std::vector<CanonicalName> canonical;
  canonical.reserve(mentions.size());
  for (const std::size_t name : name_of) canonical.push_back(resolved[name]);
  return canonical;
}

}  // namespace newsindex
