#include "mention_finder.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <unordered_map>

namespace newsindex {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

UChar32 first_code_point(std::string_view text) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t offset = 0;
  UChar32 c = -1;
  if (length > 0) U8_NEXT(bytes, offset, length, c);
  return c;
}

// Where a possessive ending ("'s", "’s", "'") starts in `word`, or npos.
std::size_t possessive_start(std::string_view word) {
  std::size_t straight = word.rfind('\'');
  std::size_t curly = word.rfind("\xE2\x80\x99");
  if (straight == std::string_view::npos) return curly;
  if (curly == std::string_view::npos) return straight;
  return std::max(straight, curly);
}

}  // namespace

MentionFinder::MentionFinder() {
  UErrorCode status = U_ZERO_ERROR;
  words_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  // Without ICU's word rules nothing is found: the article is still shown, unhighlighted.
  if (U_FAILURE(status)) words_.reset();
}

MentionFinder::~MentionFinder() = default;

std::vector<MentionFinder::Token> MentionFinder::tokens(std::string_view text) const {
  std::vector<Token> found;
  if (!words_) return found;
  UErrorCode status = U_ZERO_ERROR;
  UText utext = UTEXT_INITIALIZER;
  utext_openUTF8(&utext, text.data(), static_cast<int64_t>(text.size()), &status);
  words_->setText(&utext, status);
  if (U_FAILURE(status)) {
    utext_close(&utext);
    return found;
  }
  int32_t begin = words_->first();
  for (int32_t end = words_->next(); end != icu::BreakIterator::DONE;
       begin = end, end = words_->next()) {
    auto from = static_cast<std::size_t>(begin);
    auto to = static_cast<std::size_t>(end);
    std::string_view segment = text.substr(from, to - from);
    // Punctuation stays a token of its own, so that "U.S." is matched whole; white space
    // separates words whatever its kind or length, as the stored forms have it collapsed.
    if (std::all_of(segment.begin(), segment.end(), is_space)) continue;
    std::string key = folder_.key(segment);
    if (key.empty()) continue;
    found.push_back({from, to, std::move(key)});
  }
  utext_close(&utext);
  return found;
}

void MentionFinder::add(std::string_view form, std::size_t owner) {
  Form added;
  added.owner = owner;
  for (const Token& token : tokens(form)) {
    added.keys.push_back(token.key);
    added.capitalised.push_back(
        u_isupper(first_code_point(form.substr(token.begin, token.end - token.begin))) != 0);
  }
  if (added.keys.empty()) return;
  owners_ = std::max(owners_, owner + 1);
  for (const Form& known : forms_) {
    if (known.keys == added.keys && known.owner == owner) return;
  }
  auto after = std::find_if(forms_.begin(), forms_.end(), [&](const Form& known) {
    return known.keys.size() < added.keys.size();
  });
  forms_.insert(after, std::move(added));
}

std::size_t MentionFinder::match_end(const Form& form, std::string_view text,
                                     const std::vector<Token>& tokens, std::size_t at) const {
  if (at + form.keys.size() > tokens.size()) return 0;
  for (std::size_t i = 0; i < form.keys.size(); ++i) {
    const Token& token = tokens[at + i];
    const std::string_view written = text.substr(token.begin, token.end - token.begin);
    if (form.capitalised[i] && u_islower(first_code_point(written))) return 0;
    if (token.key == form.keys[i]) continue;
    const bool last = i + 1 == form.keys.size();
    const std::string& key = form.keys[i];
    if (last && (token.key == key + "'s" || token.key == key + "'")) {
      std::size_t cut = possessive_start(written);
      if (cut != std::string_view::npos && cut > 0) return token.begin + cut;
    }
    return 0;
  }
  return tokens[at + form.keys.size() - 1].end;
}

std::vector<std::vector<TextSpan>> MentionFinder::find(std::string_view text) const {
  std::vector<std::vector<TextSpan>> spans(owners_);
  if (forms_.empty()) return spans;
  if (text.size() > kMaxSearchedBytes) {
    std::size_t cut = kMaxSearchedBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut);
  }
  std::unordered_map<std::string, std::vector<const Form*>> by_first_word;
  for (const Form& form : forms_) by_first_word[form.keys.front()].push_back(&form);
  const std::vector<Token> words = tokens(text);
  // The first form that matches at words[at] (most words first): its span is taken and the scan
  // goes on after it.
  std::size_t at = 0;
  auto take = [&](const std::string& first_word) {
    auto candidates = by_first_word.find(first_word);
    if (candidates == by_first_word.end()) return false;
    for (const Form* form : candidates->second) {
      const std::size_t end = match_end(*form, text, words, at);
      if (end == 0) continue;
      spans[form->owner].push_back({words[at].begin, end});
      at += form->keys.size() - 1;
      return true;
    }
    return false;
  };
  for (; at < words.size(); ++at) {
    const std::string& key = words[at].key;
    if (take(key)) continue;
    // A one-word form may be the word before a possessive ending ("Merkel's").
    if (key.ends_with("'s")) {
      (void)take(key.substr(0, key.size() - 2));
    } else if (key.size() > 1 && key.ends_with('\'')) {
      (void)take(key.substr(0, key.size() - 1));
    }
  }
  return spans;
}

}  // namespace newsindex
