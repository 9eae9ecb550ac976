#include "snippet_builder.h"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <algorithm>
#include <memory>

#include "schema.h"

namespace newsindex {
namespace {

// Beyond this, articles (50 MB OCR pages) are not scanned for a better passage.
constexpr std::size_t kMaxScannedBytes = 256 * 1024;
// How much context to keep before the first matched word.
constexpr std::size_t kLeadBytes = 40;

struct WordSpan {
  std::size_t begin;
  std::size_t end;
  bool matched;
  std::string key;
};

bool is_space(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}

// Query terms split by kind: plain words and stems (Xapian marks stems with a "Z" prefix).
// Terms with other prefixes are filters (source, language) and are never highlighted.
struct TermKeys {
  std::set<std::string, std::less<>> words;
  std::set<std::string, std::less<>> stems;
};

TermKeys term_keys(const std::vector<std::string>& terms) {
  TermKeys keys;
  const std::string title_prefix(schema::kTitlePrefix);
  for (const std::string& term : terms) {
    if (term.empty()) continue;
    if (term[0] == 'Z') {
      std::string stem = term.substr(1);
      if (stem.starts_with(title_prefix)) stem.erase(0, title_prefix.size());
      keys.stems.insert(stem);
    } else if (term.starts_with(title_prefix)) {
      keys.words.insert(term.substr(title_prefix.size()));
    } else if (!(term[0] >= 'A' && term[0] <= 'Z')) {
      keys.words.insert(term);
    }
  }
  return keys;
}

std::vector<WordSpan> find_words(std::string_view text, const TextFolder& folder,
                                 const TermKeys& keys, const Xapian::Stem& stemmer,
                                 icu::BreakIterator* breaker) {
  std::vector<WordSpan> words;
  if (breaker == nullptr) return words;
  UErrorCode status = U_ZERO_ERROR;
  UText utext = UTEXT_INITIALIZER;
  utext_openUTF8(&utext, text.data(), static_cast<int64_t>(text.size()), &status);
  breaker->setText(&utext, status);
  if (U_FAILURE(status)) {
    utext_close(&utext);
    return words;
  }
  int32_t begin = breaker->first();
  for (int32_t end = breaker->next(); end != icu::BreakIterator::DONE;
       begin = end, end = breaker->next()) {
    if (breaker->getRuleStatus() == UBRK_WORD_NONE) continue;
    auto from = static_cast<std::size_t>(begin);
    auto to = static_cast<std::size_t>(end);
    std::string key = folder.key(text.substr(from, to - from));
    bool matched =
        keys.words.count(key) > 0 || (!keys.stems.empty() && keys.stems.count(stemmer(key)) > 0);
    words.push_back({from, to, matched, std::move(key)});
  }
  utext_close(&utext);
  return words;
}

// The index of the word that starts the window holding the most distinct matched words.
std::size_t best_window_start(const std::vector<WordSpan>& words, std::size_t window_bytes) {
  std::size_t best = 0;
  std::size_t best_score = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!words[i].matched) continue;
    std::set<std::string_view> distinct;
    for (std::size_t j = i; j < words.size() && words[j].end - words[i].begin <= window_bytes;
         ++j) {
      if (words[j].matched) distinct.insert(words[j].key);
    }
    if (distinct.size() > best_score) {
      best_score = distinct.size();
      best = i;
    }
  }
  return best;
}

}  // namespace

SnippetBuilder::SnippetBuilder(std::size_t target_bytes) : target_bytes_(target_bytes) {
  UErrorCode status = U_ZERO_ERROR;
  words_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  // Without ICU's word rules, snippets are the start of the text, unhighlighted.
  if (U_FAILURE(status)) words_.reset();
}

SnippetBuilder::~SnippetBuilder() = default;

Snippet SnippetBuilder::build(std::string_view text, const std::vector<std::string>& matching_terms,
                              const Xapian::Stem& stemmer) const {
  if (text.size() > kMaxScannedBytes) {
    std::size_t cut = kMaxScannedBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut);
  }
  std::vector<WordSpan> words =
      find_words(text, folder_, term_keys(matching_terms), stemmer, words_.get());
  Snippet snippet;
  if (words.empty()) return snippet;

  std::size_t first_word = best_window_start(words, target_bytes_);
  // Step back over a few words of context, but not into the previous line.
  const std::size_t anchor = words[first_word].begin;
  while (first_word > 0 && anchor - words[first_word - 1].begin <= kLeadBytes &&
         text.substr(words[first_word - 1].end, words[first_word].begin - words[first_word - 1].end)
                 .find('\n') == std::string_view::npos) {
    --first_word;
  }
  std::size_t begin = words[first_word].begin;
  std::size_t last_word = first_word;
  while (last_word + 1 < words.size() && words[last_word + 1].end - begin <= target_bytes_) {
    ++last_word;
  }
  std::size_t end = words[last_word].end;
  // Keep closing punctuation that belongs to the last word ("Ukraine." not "Ukraine").
  while (end < text.size() && !is_space(text[end]) && end - begin < target_bytes_ + 8 &&
         (last_word + 1 >= words.size() || end < words[last_word + 1].begin)) {
    ++end;
  }

  if (begin > 0) snippet.text = "…";
  std::size_t next_word = first_word;
  bool pending_space = false;
  for (std::size_t i = begin; i < end;) {
    if (next_word <= last_word && i == words[next_word].begin) {
      if (pending_space) snippet.text.push_back(' ');
      pending_space = false;
      const WordSpan& word = words[next_word++];
      std::size_t start = snippet.text.size();
      snippet.text.append(text.substr(word.begin, word.end - word.begin));
      if (word.matched) snippet.highlights.emplace_back(start, snippet.text.size());
      i = word.end;
      continue;
    }
    if (is_space(text[i])) {
      pending_space = !snippet.text.empty();
    } else {
      if (pending_space) snippet.text.push_back(' ');
      pending_space = false;
      snippet.text.push_back(text[i]);
    }
    ++i;
  }
  if (end < text.size()) snippet.text += "…";
  return snippet;
}

}  // namespace newsindex
