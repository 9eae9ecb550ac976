#include "feature_extractor.h"

#include <algorithm>

#include "feature_templates.h"
#include "utf8.h"
#include "word_forms.h"

namespace newsindex::ner {
namespace {

constexpr std::uint64_t kBoundaryWord = 0xB0B0B0B0B0B0B0B1ULL;
constexpr std::uint64_t kBoundaryShape = 0xB0B0B0B0B0B0B0B2ULL;

std::uint16_t word_flags(std::string_view word) {
  bool has_letter = false, has_lower = false, has_digit = false;
  bool first_letter_seen = false, first_upper = false, first_lower = false;
  std::size_t i = 0;
  while (i < word.size()) {
    const auto d = decode_utf8(word, i);
    i += d.length;
    if (is_letter(d.cp)) {
      has_letter = true;
      const bool lower = is_lower(d.cp);
      has_lower |= lower;
      if (!first_letter_seen) {
        first_letter_seen = true;
        first_upper = is_upper(d.cp);
        first_lower = lower;
      }
    } else if (is_digit(d.cp)) {
      has_digit = true;
      if (!first_letter_seen && i == d.length) first_letter_seen = true;  // "3M": not capitalised
    }
  }
  std::uint16_t f = 0;
  if (has_letter) f |= kWordHasLetter;
  if (has_digit) f |= kWordHasDigit;
  if (first_upper) f |= kWordCapitalised;
  if (first_lower) f |= kWordLowerInitial;
  if (has_letter && !has_lower) f |= kWordAllCaps;
  return f;
}

}  // namespace

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
    append_normalised_lower(doc.arena, surface);
    w.lower_end = static_cast<std::uint32_t>(doc.arena.size());
    w.word_hash = hash_bytes(doc.lower(i));
    shape.clear();
    append_shape(shape, surface);
    w.shape_hash = hash_bytes(shape);
    w.flags = word_flags(surface);
    if (t.flags & kSentenceStart) w.flags |= kWordSentenceStart;
    if (t.line == 0) w.flags |= kWordFirstLine;
    w.gazetteer = {};
    w.case_prior = CasePrior::Unknown;
  }
  // A line is a capitals line when every word with letters is in capitals and it has more than one
  // token.
  std::size_t line_begin = 0;
  while (line_begin < n) {
    std::size_t line_end = line_begin;
    bool all_caps = true;
    std::size_t with_letters = 0;
    while (line_end < n && doc.tokens[line_end].line == doc.tokens[line_begin].line) {
      const auto f = doc.words[line_end].flags;
      if (f & kWordHasLetter) {
        ++with_letters;
        all_caps &= (f & kWordAllCaps) != 0;
      }
      ++line_end;
    }
    if (all_caps && with_letters > 0 && line_end - line_begin > 1) {
      for (std::size_t i = line_begin; i < line_end; ++i) doc.words[i].flags |= kWordCapsLine;
    }
    line_begin = line_end;
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
  std::vector<std::uint64_t> hashes(n);
  std::vector<std::uint8_t> may_start(n);
  std::vector<GazetteerMark> marks(n);
  for (std::size_t i = 0; i < n; ++i) {
    hashes[i] = doc.words[i].word_hash;
    may_start[i] = 1;
  }
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

void FeatureExtractor::prepare(std::string_view text, PreparedDocument& doc) const {
  prepare_words(text, doc);
  for (auto& w : doc.words) w.case_prior = lexicon_.lookup(w.word_hash);
  order_sentences(doc);
  annotate_gazetteer(doc);
  doc.features.assign(doc.tokens.size() * kStaticFeatureSlots, 0);
  for (const auto& s : doc.sentences) {
    for (std::size_t i = s.begin; i < s.end; ++i)
      extract(doc, s, i, &doc.features[i * kStaticFeatureSlots]);
  }
}

void FeatureExtractor::extract(const PreparedDocument& doc, const Sentence& s, std::size_t i,
                               std::uint64_t* out) const {
  std::size_t k = 0;
  auto emit = [&](std::uint64_t f) {
    if (k < kStaticFeatureSlots) out[k++] = f;
  };
  const WordInfo& w = doc.words[i];
  auto word_at = [&](std::ptrdiff_t j) {
    return (j < static_cast<std::ptrdiff_t>(s.begin) || j >= static_cast<std::ptrdiff_t>(s.end))
               ? kBoundaryWord
               : doc.words[static_cast<std::size_t>(j)].word_hash;
  };
  auto shape_at = [&](std::ptrdiff_t j) {
    return (j < static_cast<std::ptrdiff_t>(s.begin) || j >= static_cast<std::ptrdiff_t>(s.end))
               ? kBoundaryShape
               : doc.words[static_cast<std::size_t>(j)].shape_hash;
  };
  const auto ii = static_cast<std::ptrdiff_t>(i);
  const bool capitalised = (w.flags & kWordCapitalised) != 0;
  const bool sentence_start = (w.flags & kWordSentenceStart) != 0;
  const bool caps_line = (w.flags & kWordCapsLine) != 0;

  emit(feature(kFtBias, 0));
  emit(feature(kFtWord, w.word_hash));
  emit(feature(kFtWordCapitalised, w.word_hash, capitalised));
  emit(feature(kFtShape, w.shape_hash));

  // Affixes by code point, on the lower-case form.
  const std::string_view lower = doc.lower(i);
  std::size_t cp_ends[5] = {0, 0, 0, 0, 0};
  std::size_t n_cp = 0;
  for (std::size_t p = 0; p < lower.size() && n_cp < 5;) {
    p += decode_utf8(lower, p).length;
    cp_ends[n_cp++] = p;
  }
  for (std::size_t len = 1; len <= 4 && len < n_cp; ++len) {
    emit(feature(static_cast<FeatureTemplate>(kFtPrefix + len),
                 hash_bytes(lower.substr(0, cp_ends[len - 1]))));
  }
  {
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
      emit(feature(static_cast<FeatureTemplate>(kFtSuffix + len),
                   hash_bytes(lower.substr(starts[len - 1]))));
    }
  }

  const std::uint64_t prev = word_at(ii - 1), next = word_at(ii + 1);
  const std::uint64_t prev_shape = shape_at(ii - 1), next_shape = shape_at(ii + 1);
  emit(feature(kFtPrevWord, prev));
  emit(feature(kFtPrevWord2, word_at(ii - 2)));
  emit(feature(kFtNextWord, next));
  emit(feature(kFtNextWord2, word_at(ii + 2)));
  emit(feature(kFtPrevShape, prev_shape));
  emit(feature(kFtNextShape, next_shape));
  emit(feature(kFtShapeTrigram, prev_shape, w.shape_hash, next_shape));
  emit(feature(kFtPrevWordWord, prev, w.word_hash));
  emit(feature(kFtWordNextWord, w.word_hash, next));
  emit(feature(kFtPrevWordShape, prev, w.shape_hash));
  emit(feature(kFtNextWordShape, w.shape_hash, next));
  emit(feature(kFtSentenceStartShape, sentence_start, w.shape_hash));
  emit(feature(kFtLength, std::min<std::size_t>(n_cp, 5), capitalised));
  if (caps_line) {
    emit(feature(kFtCapsLineShape, w.shape_hash));
    emit(feature(kFtCapsLineWord, w.word_hash));
  }
  if (w.flags & kWordFirstLine) emit(feature(kFtFirstLineShape, w.shape_hash));
  const std::uint64_t context = sentence_start ? 1 : (caps_line ? 2 : 0);
  emit(feature(kFtCasePrior, static_cast<std::uint64_t>(w.case_prior),
               context * 4 + capitalised * 2 + ((w.flags & kWordAllCaps) != 0)));

  if (w.gazetteer.categories) {
    emit(feature(kFtGazetteer, w.gazetteer.categories, w.gazetteer.position));
    if (w.gazetteer.categories & kGazPlaces) emit(feature(kFtGazetteerPlace, w.gazetteer.position));
  }
  if (ii > static_cast<std::ptrdiff_t>(s.begin)) {
    const auto& p = doc.words[i - 1].gazetteer;
    if (p.categories) emit(feature(kFtPrevGazetteer, p.categories, p.position));
    if (p.categories & kGazPersonTitle) emit(feature(kFtTitleBehind, capitalised));
    if (ii - 1 > static_cast<std::ptrdiff_t>(s.begin) &&
        (doc.words[i - 2].gazetteer.categories & kGazPersonTitle)) {
      emit(feature(kFtTitleBehind2, capitalised, (doc.words[i - 1].flags & kWordCapitalised) != 0));
    }
  }
  if (i + 1 < s.end) {
    const auto& nx = doc.words[i + 1].gazetteer;
    if (nx.categories) emit(feature(kFtNextGazetteer, nx.categories, nx.position));
  }
  // A company-form or institution word within the next three capitalised tokens ("Singapore
  // Airlines", "Deutsche Bank AG").
  if (capitalised || caps_line) {
    for (std::size_t j = i + 1; j < s.end && j <= i + 3; ++j) {
      const auto& wj = doc.words[j];
      const auto cats = wj.gazetteer.categories & (kGazStrongOrgSuffix | kGazWeakOrgSuffix);
      if (cats) {
        emit(feature(kFtOrgSuffixAhead, cats, j - i));
        break;
      }
      if (!(wj.flags & kWordCapitalised) && !(wj.flags & kWordHasDigit)) break;
    }
  }
}

}  // namespace newsindex::ner
