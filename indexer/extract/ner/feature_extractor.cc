#include "feature_extractor.h"

#include <algorithm>

#include "feature_templates.h"
#include "utf8.h"
#include "word_forms.h"

namespace newsindex::ner {
namespace {

// Code points in `lower`, counted up to 5.
std::size_t short_length(std::string_view lower) {
  std::size_t n = 0;
  for (std::size_t p = 0; p < lower.size() && n < 5; ++n) p += decode_utf8(lower, p).length;
  return n;
}

// WordFlag bits from what a word's characters showed; word_flags and its ASCII fast path learn
// these facts differently, and both map them here.
std::uint16_t case_flags(bool has_letter, bool has_lower, bool has_upper, bool has_digit,
                         bool first_upper, bool first_lower) noexcept {
  std::uint16_t f = 0;
  if (has_letter) f |= kWordHasLetter;
  if (has_digit) f |= kWordHasDigit;
  if (first_upper) f |= kWordCapitalised;
  if (first_lower) f |= kWordLowerInitial;
  if (has_letter && !has_lower) f |= kWordAllCaps;
  if (has_upper) f |= kWordHasUpper;
  return f;
}

// What word_flags learns from a word's characters, one at a time.
class CaseSummary {
 public:
  void add(bool letter, bool lower, bool upper, bool digit, bool first_char) noexcept {
    if (letter) {
      has_letter_ = true;
      has_lower_ |= lower;
      has_upper_ |= upper;
      if (!first_seen_) {
        first_seen_ = true;
        first_upper_ = upper;
        first_lower_ = lower;
      }
    } else if (digit) {
      has_digit_ = true;
      if (first_char) first_seen_ = true;  // "3M": not capitalised
    }
  }
  [[nodiscard]] std::uint16_t flags() const noexcept {
    return case_flags(has_letter_, has_lower_, has_upper_, has_digit_, first_upper_, first_lower_);
  }

 private:
  bool has_letter_ = false, has_lower_ = false, has_upper_ = false, has_digit_ = false;
  bool first_seen_ = false, first_upper_ = false, first_lower_ = false;
};

}  // namespace

std::uint16_t detail::word_flags(std::string_view word) {
  CaseSummary summary;
  std::size_t i = 0;
  while (i < word.size()) {
    const auto d = decode_utf8(word, i);
    i += d.length;
    summary.add(is_letter(d.cp), is_lower(d.cp), is_upper(d.cp), is_digit(d.cp), i == d.length);
  }
  return summary.flags();
}

namespace {

// Per ASCII byte: whether it is an upper-case letter, a lower-case letter or a digit, and the
// character it stands for in a shape.
enum AsciiClass : std::uint8_t { kAsciiUpper = 1, kAsciiLower = 2, kAsciiDigit = 4 };
struct AsciiForms {
  std::uint8_t cls[128];
  char shape[128];
};
constexpr AsciiForms make_ascii_forms() {
  AsciiForms f{};
  for (int c = 0; c < 128; ++c) {
    const bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z',
               digit = c >= '0' && c <= '9';
    f.cls[c] = static_cast<std::uint8_t>((upper ? kAsciiUpper : 0) | (lower ? kAsciiLower : 0) |
                                         (digit ? kAsciiDigit : 0));
    f.shape[c] = upper ? 'X' : lower ? 'x' : digit ? 'd' : static_cast<char>(c);
  }
  return f;
}
constexpr AsciiForms kAsciiForms = make_ascii_forms();

}  // namespace

bool detail::ascii_word_forms(std::string_view word, std::string& lower, WordForms& forms) {
  for (const char c : word) {
    if (static_cast<unsigned char>(c) >= 0x80 || c == 0x1F) return false;
  }
  // One pass over a copy, from a table, hashing as it goes: growing strings a character at a time,
  // testing each character's class and hashing the forms afterwards cost more than the rest of a
  // token's preparation.
  const std::size_t lower_start = lower.size();
  lower.append(word);
  char* to_lower = lower.data() + lower_start;
  std::uint64_t word_hash = kFnvOffset, shape_hash = kFnvOffset;
  unsigned seen = 0;  // classes of all characters
  // Class of the first letter; a leading digit means no capitalisation ("3M").
  unsigned first = 0;
  bool first_known =
      !word.empty() && (kAsciiForms.cls[static_cast<unsigned char>(word[0])] & kAsciiDigit);
  char last = 0;
  for (const char c : word) {
    const auto b = static_cast<unsigned char>(c);
    const unsigned cls = kAsciiForms.cls[b];
    const auto l = static_cast<unsigned char>(b + ((cls & kAsciiUpper) << 5));
    *to_lower++ = static_cast<char>(l);
    word_hash = (word_hash ^ l) * kFnvPrime;
    const char s = kAsciiForms.shape[b];
    if (s != last) shape_hash = (shape_hash ^ static_cast<unsigned char>(s)) * kFnvPrime;
    last = s;
    seen |= cls;
    if (!first_known && (cls & (kAsciiUpper | kAsciiLower))) {
      first = cls;
      first_known = true;
    }
  }
  forms = {word_hash, shape_hash,
           case_flags((seen & (kAsciiUpper | kAsciiLower)) != 0, (seen & kAsciiLower) != 0,
                      (seen & kAsciiUpper) != 0, (seen & kAsciiDigit) != 0,
                      (first & kAsciiUpper) != 0, (first & kAsciiLower) != 0)};
  return true;
}

void FeatureExtractor::prepare_words(std::string_view text, PreparedDocument& doc) const {
  tokenizer_.tokenize(text, doc.tokens);
  const std::size_t n = doc.tokens.size();
  doc.words.resize(n);
  doc.arena.clear();
  doc.arena.reserve(text.size() + 16);
  std::string shape;
  for (std::size_t i = 0; i < n; ++i) {
    const auto& t = doc.tokens[i];
    const std::string_view surface = text.substr(t.begin, t.end - t.begin);
    auto& w = doc.words[i];
    w.lower_begin = static_cast<std::uint32_t>(doc.arena.size());
    // Most words are ASCII: one pass instead of three UTF-8 decodings and two hashing passes.
    detail::WordForms forms;
    if (detail::ascii_word_forms(surface, doc.arena, forms)) {
      w.lower_end = static_cast<std::uint32_t>(doc.arena.size());
    } else {
      append_normalised_lower(doc.arena, surface);
      w.lower_end = static_cast<std::uint32_t>(doc.arena.size());
      shape.clear();
      append_shape(shape, surface);
      forms = {hash_bytes(doc.lower(i)), hash_bytes(shape), detail::word_flags(surface)};
    }
    w.word_hash = forms.word_hash;
    w.shape_hash = forms.shape_hash;
    w.flags = forms.flags;
    if (t.flags & kSentenceStart) w.flags |= kWordSentenceStart;
    if (t.line == 0) w.flags |= kWordFirstLine;
    w.gazetteer = {};
    w.case_prior = CasePrior::Unknown;
    w.clusters = {kUnknownCluster, kUnknownCluster, kUnknownCluster};
  }
  // A line is a capitals line when every word with letters is in capitals and it has more than one
  // token.
  std::size_t line_begin = 0, table_lines = 0;
  while (line_begin < n) {
    std::size_t line_end = line_begin;
    bool all_caps = true;
    std::size_t with_letters = 0, numbers = 0, lower_words = 0;
    while (line_end < n && doc.tokens[line_end].line == doc.tokens[line_begin].line) {
      const auto f = doc.words[line_end].flags;
      if (f & kWordHasLetter) {
        ++with_letters;
        all_caps &= (f & kWordAllCaps) != 0;
        if (f & kWordLowerInitial) ++lower_words;
      } else if (f & kWordHasDigit) {
        ++numbers;
      }
      ++line_end;
    }
    const std::size_t tokens = line_end - line_begin;
    if (all_caps && with_letters > 0 && tokens > 1) {
      for (std::size_t i = line_begin; i < line_end; ++i) doc.words[i].flags |= kWordCapsLine;
    }
    // A row of a results, standings or price table: at least three numbers, a third of its
    // tokens or more, and hardly any running text.
    if (numbers >= 3 && 3 * numbers >= tokens && 2 * lower_words <= numbers) {
      for (std::size_t i = line_begin; i < line_end; ++i) doc.words[i].flags |= kWordTableLine;
      ++table_lines;
    }
    doc.words[line_begin].flags |= kWordLineStart;
    line_begin = line_end;
  }
  if (table_lines >= 2) {
    for (auto& w : doc.words) w.flags |= kWordTableArticle;
  }
}

void FeatureExtractor::order_sentences(PreparedDocument& doc) const {
  doc.sentences.clear();
  const std::size_t n = doc.tokens.size();
  std::size_t begin = 0;
  for (std::size_t i = 1; i <= n; ++i) {
    if (i == n || (doc.tokens[i].flags & kSentenceStart)) {
      doc.sentences.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(i)});
      begin = i;
    }
  }
  std::stable_partition(doc.sentences.begin(), doc.sentences.end(), [&](const Sentence& s) {
    return !(doc.words[s.begin].flags & kWordCapsLine);
  });
}

void FeatureExtractor::annotate_gazetteer(PreparedDocument& doc) const {
  const std::size_t n = doc.tokens.size();
  // Working memory is kept per thread, as in tag_document: three allocations per article added up.
  thread_local std::vector<std::uint64_t> hashes;
  thread_local std::vector<std::uint8_t> may_start;
  thread_local std::vector<GazetteerMark> marks;
  hashes.resize(n);
  may_start.assign(n, 1);
  marks.assign(n, GazetteerMark{});
  for (std::size_t i = 0; i < n; ++i) hashes[i] = doc.words[i].word_hash;
  for (const auto& s : doc.sentences) {
    const std::size_t len = s.end - s.begin;
    gazetteer_.annotate(std::span(hashes).subspan(s.begin, len),
                        std::span(may_start).subspan(s.begin, len),
                        std::span(marks).subspan(s.begin, len));
  }
  // Lower-case words only count as titles and company forms ("envoy", "spokesperson"): "china" and
  // "turkey" in lower case are not places.
  constexpr std::uint16_t kLowerCaseCategories =
      kGazPersonTitle | kGazStrongOrgSuffix | kGazWeakOrgSuffix;
  for (std::size_t i = 0; i < n; ++i) {
    doc.words[i].gazetteer = marks[i];
    if (marks[i].position == 4 && !(doc.words[i].flags & kWordAllCaps) &&
        gazetteer_.acronym_only(doc.words[i].word_hash)) {
      doc.words[i].gazetteer = {};
    }
    if (doc.words[i].flags & kWordLowerInitial) {
      doc.words[i].gazetteer.categories &= kLowerCaseCategories;
      if (doc.words[i].gazetteer.categories == 0) doc.words[i].gazetteer.position = 0;
    }
  }
}

void FeatureExtractor::prepare_tokens(std::string_view text, PreparedDocument& doc) const {
  prepare_words(text, doc);
  for (auto& w : doc.words) w.case_prior = lexicon_.lookup(w.word_hash);
  if (!clusters_.empty()) {
    for (std::size_t i = 0; i < doc.words.size(); ++i) {
      const Token& t = doc.tokens[i];
      WordInfo& w = doc.words[i];
      w.clusters = clusters_.lookup(hash_bytes(text.substr(t.begin, t.end - t.begin)), w.word_hash);
    }
  }
  order_sentences(doc);
  annotate_gazetteer(doc);
  annotate_elsewhere(doc);
}

void FeatureExtractor::annotate_elsewhere(PreparedDocument& doc) {
  const std::size_t n = doc.words.size();
  doc.elsewhere.assign(n * kElsewhereSlots, 0);
  // Only words the article writes with a capital somewhere matter: most words never are.
  thread_local std::vector<std::uint64_t> capitalised_words;
  capitalised_words.clear();
  for (std::size_t i = 0; i < n; ++i) {
    if ((doc.words[i].flags & kWordHasUpper) && (doc.words[i].flags & kWordHasLetter))
      capitalised_words.push_back(doc.words[i].word_hash);
  }
  std::sort(capitalised_words.begin(), capitalised_words.end());
  thread_local std::vector<std::pair<std::uint64_t, std::uint32_t>> places;
  places.clear();
  for (std::size_t i = 0; i < n; ++i) {
    if ((doc.words[i].flags & kWordHasLetter) &&
        std::binary_search(capitalised_words.begin(), capitalised_words.end(),
                           doc.words[i].word_hash))
      places.emplace_back(doc.words[i].word_hash, static_cast<std::uint32_t>(i));
  }
  std::sort(places.begin(), places.end());
  // A neighbour with digits counts by its shape: "Leeds 2" and "Leeds 3" say the same.
  auto context_of = [&](std::size_t j) {
    const WordInfo& w = doc.words[j];
    if (w.clusters[1] != kUnknownCluster) return std::uint64_t{w.clusters[1]} + 1;
    return w.shape_hash;
  };
  auto capitalised = [&](std::size_t j) { return (doc.words[j].flags & kWordHasUpper) != 0; };
  // Where a word's capital says nothing about it: opening a sentence, or on a line in capitals.
  auto casing_uninformative = [&](std::size_t j) {
    return (doc.words[j].flags & (kWordSentenceStart | kWordCapsLine)) != 0;
  };
  constexpr std::size_t kOtherPlaces = 3;
  for (std::size_t g = 0; g < places.size();) {
    std::size_t end = g + 1;
    while (end < places.size() && places[end].first == places[g].first) ++end;
    for (std::size_t a = g; end - g > 1 && a < end; ++a) {
      const std::size_t i = places[a].second;
      if (!capitalised(i)) continue;
      std::uint64_t* out = &doc.elsewhere[i * kElsewhereSlots];
      std::size_t k = 0, used = 0;
      bool capitalised_inside = false, lower_case = false;
      for (std::size_t b = g; b < end; ++b) {
        const std::size_t j = places[b].second;
        if (b == a) continue;
        if (!capitalised(j)) {
          lower_case = true;
          continue;
        }
        capitalised_inside |= !casing_uninformative(j);
        if (used == kOtherPlaces) continue;
        ++used;
        const bool starts = (doc.words[j].flags & kWordSentenceStart) != 0;
        const bool ends = j + 1 >= n || (doc.words[j + 1].flags & kWordSentenceStart) != 0;
        const std::uint64_t found[2] = {
            feature(kFtElsewherePrev, starts ? kBoundaryWord : context_of(j - 1)),
            feature(kFtElsewhereNext, ends ? kBoundaryWord : context_of(j + 1))};
        for (const std::uint64_t f : found) {
          if (std::find(out, out + k, f) == out + k) out[k++] = f;
        }
      }
      // Opening a sentence or in a headline, how the article writes the word elsewhere tells a
      // name ("Volcker" in mid-sentence) from an ordinary word ("Sales", "sales").
      if (casing_uninformative(i) && (capitalised_inside || lower_case)) {
        out[k++] = feature(kFtElsewhereCase, capitalised_inside * 2 + lower_case,
                           (doc.words[i].flags & kWordCapsLine) != 0);
      }
    }
    g = end;
  }
}

std::size_t FeatureExtractor::word_identity_features(const PreparedDocument& doc, const Sentence& s,
                                                     std::size_t i, std::uint64_t* out) {
  const WordInfo& w = doc.words[i];
  const auto ii = static_cast<std::ptrdiff_t>(i);
  std::size_t k = 0;
  out[k++] = feature(kFtWord, w.word_hash);
  out[k++] = feature(kFtWordCapitalised, w.word_hash, (w.flags & kWordCapitalised) != 0);
  out[k++] = feature(kFtPrevWordWord, word_at(doc, s, ii - 1), w.word_hash);
  out[k++] = feature(kFtWordNextWord, w.word_hash, word_at(doc, s, ii + 1));
  if (w.flags & kWordCapsLine) out[k++] = feature(kFtCapsLineWord, w.word_hash);
  if (w.flags & kWordTableLine) out[k++] = feature(kFtTableLineWord, w.word_hash);
  return k;
}

std::size_t FeatureExtractor::elsewhere_features(const PreparedDocument& doc, std::size_t i,
                                                 std::uint64_t* out) {
  std::size_t k = 0;
  for (std::size_t slot = 0; slot < kElsewhereSlots; ++slot) {
    const std::uint64_t f = doc.elsewhere[i * kElsewhereSlots + slot];
    if (f == 0) break;
    out[k++] = f;
  }
  return k;
}

void FeatureExtractor::prepare_without_features(std::string_view text,
                                                PreparedDocument& doc) const {
  prepare_tokens(text, doc);
  doc.features.clear();
}

void FeatureExtractor::prepare(std::string_view text, PreparedDocument& doc) const {
  prepare_tokens(text, doc);
  doc.features.assign(doc.tokens.size() * kStaticFeatureSlots, 0);
  for (const auto& s : doc.sentences) {
    for (std::size_t i = s.begin; i < s.end; ++i)
      extract(doc, s, i, &doc.features[i * kStaticFeatureSlots]);
  }
}

std::size_t FeatureExtractor::form_features(const WordInfo& w, std::string_view lower,
                                            std::uint64_t* out) {
  std::size_t k = 0;
  const bool capitalised = (w.flags & kWordCapitalised) != 0;
  out[k++] = feature(kFtBias, 0);
  out[k++] = feature(kFtWord, w.word_hash);
  out[k++] = feature(kFtWordCapitalised, w.word_hash, capitalised);
  out[k++] = feature(kFtShape, w.shape_hash);

  // Affixes by code point, on the lower-case form.
  std::size_t cp_ends[5] = {0, 0, 0, 0, 0};
  std::size_t n_cp = 0;
  for (std::size_t p = 0; p < lower.size() && n_cp < 5;) {
    p += decode_utf8(lower, p).length;
    cp_ends[n_cp++] = p;
  }
  for (std::size_t len = 1; len <= 4 && len < n_cp; ++len) {
    out[k++] = feature(static_cast<FeatureTemplate>(kFtPrefix + len),
                       hash_bytes(lower.substr(0, cp_ends[len - 1])));
  }
  std::size_t starts[4];
  std::size_t n_starts = 0;
  std::size_t p = lower.size();
  while (p > 0 && n_starts < 4) {
    --p;
    while (p > 0 && (static_cast<unsigned char>(lower[p]) & 0xC0) == 0x80) --p;
    starts[n_starts++] = p;
  }
  for (std::size_t len = 1; len <= n_starts; ++len) {
    if (starts[len - 1] == 0) break;  // affix would be the whole word
    out[k++] = feature(static_cast<FeatureTemplate>(kFtSuffix + len),
                       hash_bytes(lower.substr(starts[len - 1])));
  }
  return k;
}

std::size_t FeatureExtractor::neighbour_features(int offset, std::uint64_t word,
                                                 std::uint64_t shape, std::uint64_t* out) {
  switch (offset) {
    case -2:
      out[0] = feature(kFtPrevWord2, word);
      return 1;
    case -1:
      out[0] = feature(kFtPrevWord, word);
      out[1] = feature(kFtPrevShape, shape);
      return 2;
    case 1:
      out[0] = feature(kFtNextWord, word);
      out[1] = feature(kFtNextShape, shape);
      return 2;
    case 2:
      out[0] = feature(kFtNextWord2, word);
      return 1;
    default:
      return 0;
  }
}

std::size_t FeatureExtractor::pair_features(const PreparedDocument& doc, const Sentence& s,
                                            std::size_t i, std::uint64_t* out) {
  const WordInfo& w = doc.words[i];
  const auto ii = static_cast<std::ptrdiff_t>(i);
  const std::uint64_t prev = word_at(doc, s, ii - 1), next = word_at(doc, s, ii + 1);
  out[0] =
      feature(kFtShapeTrigram, shape_at(doc, s, ii - 1), w.shape_hash, shape_at(doc, s, ii + 1));
  out[1] = feature(kFtPrevWordWord, prev, w.word_hash);
  out[2] = feature(kFtWordNextWord, w.word_hash, next);
  out[3] = feature(kFtPrevWordShape, prev, w.shape_hash);
  out[4] = feature(kFtNextWordShape, w.shape_hash, next);
  out[5] =
      feature(kFtNextWordShapeAtStart, (w.flags & kWordSentenceStart) != 0, w.shape_hash, next);
  return kPairFeatures;
}

std::size_t FeatureExtractor::casing_features(const WordInfo& w, std::string_view lower,
                                              std::uint64_t* out) {
  std::size_t k = 0;
  const bool capitalised = (w.flags & kWordCapitalised) != 0;
  const bool sentence_start = (w.flags & kWordSentenceStart) != 0;
  const bool caps_line = (w.flags & kWordCapsLine) != 0;
  out[k++] = feature(kFtSentenceStartShape, sentence_start, w.shape_hash);
  out[k++] = feature(kFtLength, short_length(lower), capitalised);
  if (caps_line) {
    out[k++] = feature(kFtCapsLineShape, w.shape_hash);
    out[k++] = feature(kFtCapsLineWord, w.word_hash);
  }
  if (w.flags & kWordFirstLine) out[k++] = feature(kFtFirstLineShape, w.shape_hash);
  if (w.flags & kWordTableLine) {
    out[k++] = feature(kFtTableLineShape, w.shape_hash, (w.flags & kWordLineStart) != 0);
    out[k++] = feature(kFtTableLineWord, w.word_hash);
  }
  if ((w.flags & kWordTableArticle) && (w.flags & kWordHasUpper)) {
    out[k++] = feature(kFtTableArticleShape, w.shape_hash, (w.flags & kWordTableLine) != 0);
    out[k++] = feature(kFtTableArticleWord, w.word_hash);
  }
  const std::uint64_t context = sentence_start ? 1 : (caps_line ? 2 : 0);
  out[k++] = feature(kFtCasePrior, static_cast<std::uint64_t>(w.case_prior),
                     context * 4 + capitalised * 2 + ((w.flags & kWordAllCaps) != 0));
  return k;
}

std::size_t FeatureExtractor::gazetteer_features(const PreparedDocument& doc, const Sentence& s,
                                                 std::size_t i, std::uint64_t* out) {
  std::size_t k = 0;
  const WordInfo& w = doc.words[i];
  const bool capitalised = (w.flags & kWordCapitalised) != 0;
  if (w.gazetteer.categories) {
    out[k++] = feature(kFtGazetteer, w.gazetteer.categories, w.gazetteer.position);
    if (w.gazetteer.categories & kGazPlaces)
      out[k++] = feature(kFtGazetteerPlace, w.gazetteer.position);
    if (w.flags & kWordTableArticle) {
      out[k++] = feature(kFtTableArticleGazetteer, w.gazetteer.categories, w.gazetteer.position);
    }
  }
  if (i > s.begin) {
    const auto& p = doc.words[i - 1].gazetteer;
    if (p.categories) out[k++] = feature(kFtPrevGazetteer, p.categories, p.position);
    if (p.categories & kGazPersonTitle) out[k++] = feature(kFtTitleBehind, capitalised);
    if (i - 1 > s.begin && (doc.words[i - 2].gazetteer.categories & kGazPersonTitle)) {
      out[k++] =
          feature(kFtTitleBehind2, capitalised, (doc.words[i - 1].flags & kWordCapitalised) != 0);
    }
  }
  if (i + 1 < s.end) {
    const auto& nx = doc.words[i + 1].gazetteer;
    if (nx.categories) out[k++] = feature(kFtNextGazetteer, nx.categories, nx.position);
  }
  // A company-form or institution word within the next three capitalised tokens ("Singapore
  // Airlines", "Deutsche Bank AG").
  if (capitalised || (w.flags & kWordCapsLine)) {
    for (std::size_t j = i + 1; j < s.end && j <= i + 3; ++j) {
      const auto& wj = doc.words[j];
      const auto cats = wj.gazetteer.categories & (kGazStrongOrgSuffix | kGazWeakOrgSuffix);
      if (cats) {
        out[k++] = feature(kFtOrgSuffixAhead, cats, j - i);
        break;
      }
      if (!(wj.flags & kWordCapitalised) && !(wj.flags & kWordHasDigit)) break;
    }
  }
  return k;
}

std::size_t FeatureExtractor::cluster_features(const PreparedDocument& doc, const Sentence& s,
                                               std::size_t i, std::uint64_t* out) {
  std::size_t k = 0;
  const ClusterIds& own = doc.words[i].clusters;
  for (std::size_t level = 0; level < own.size(); ++level) {
    if (own[level] != kUnknownCluster) {
      out[k++] = feature(static_cast<FeatureTemplate>(kFtCluster + level), own[level]);
    }
  }
  if (i > s.begin && doc.words[i - 1].clusters[1] != kUnknownCluster) {
    out[k++] = feature(kFtPrevCluster, doc.words[i - 1].clusters[1]);
  }
  if (i + 1 < s.end && doc.words[i + 1].clusters[1] != kUnknownCluster) {
    out[k++] = feature(kFtNextCluster, doc.words[i + 1].clusters[1]);
  }
  return k;
}

void FeatureExtractor::extract(const PreparedDocument& doc, const Sentence& s, std::size_t i,
                               std::uint64_t* out) {
  static_assert(kMaxFormFeatures + 6 + kPairFeatures + kMaxCasingFeatures + kMaxGazetteerFeatures +
                    kMaxClusterFeatures + kElsewhereSlots <=
                kStaticFeatureSlots);
  const WordInfo& w = doc.words[i];
  const std::string_view lower = doc.lower(i);
  const auto ii = static_cast<std::ptrdiff_t>(i);
  std::size_t k = form_features(w, lower, out);
  // The neighbours' features go word features first, then shapes: the order the model was
  // trained in, which training's floating-point sums depend on.
  std::uint64_t around[4][2];
  constexpr int kOffsets[4] = {-1, -2, 1, 2};
  for (int a = 0; a < 4; ++a) {
    const std::ptrdiff_t j = ii + kOffsets[a];
    neighbour_features(kOffsets[a], word_at(doc, s, j), shape_at(doc, s, j), around[a]);
  }
  for (auto& a : around) out[k++] = a[0];
  out[k++] = around[0][1];
  out[k++] = around[2][1];
  k += pair_features(doc, s, i, out + k);
  k += casing_features(w, lower, out + k);
  k += gazetteer_features(doc, s, i, out + k);
  k += cluster_features(doc, s, i, out + k);
  elsewhere_features(doc, i, out + k);
}

}  // namespace newsindex::ner
