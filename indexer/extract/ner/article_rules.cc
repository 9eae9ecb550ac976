#include "article_rules.h"

#include "flat_hash_map.h"
#include "mention_words.h"

namespace newsindex::ner::rules {

// In a capitals headline the decoder runs names into the words around them ("OSTWALD REJECTS
// PLAN"). Words that are normally written in lower case ("REJECTS") cannot be inside a name: cut
// the name there and keep the pieces. "of" stays inside a piece ("BANK OF FRANCE"), but not at its
// ends ("OF FRANCE"); "and" and "for" still cut ("IDAHO AND COLORADO", "PROSPERITY FOR ALL").
void split_headline_names(const PreparedDocument& doc, std::string_view /*text*/,
                          std::vector<NameSpan>& spans) {
  std::vector<NameSpan> out;
  out.reserve(spans.size());
  for (const auto& s : spans) {
    if (!(doc.words[s.first].flags & kWordCapsLine) || s.first == s.last ||
        s.type == NameType::Misc) {
      out.push_back(s);
      continue;
    }
    auto is_of = [&](std::uint32_t i) { return doc.lower(i) == "of"; };
    auto push_piece = [&](std::uint32_t first, std::uint32_t last) {
      while (first < last && is_of(first)) ++first;
      while (last > first && is_of(last)) --last;
      if (!is_of(last)) out.push_back({first, last, s.type});
    };
    std::uint32_t piece = s.first;
    for (std::uint32_t i = s.first; i <= s.last + 1; ++i) {
      const bool cut = i > s.last || (doc.words[i].case_prior == CasePrior::Lower &&
                                      doc.words[i].gazetteer.categories == 0 &&
                                      (doc.words[i].flags & kWordHasLetter) && !is_of(i));
      if (!cut) continue;
      if (i > piece) push_piece(piece, i - 1);
      piece = i + 1;
    }
  }
  spans.swap(out);
}

// Capitals tell the decoder little, so names in a capitals headline take the type the body gives
// the same words most often. Body mentions keep their own types: the decoder already sees earlier
// decisions, and the same surface can name a country and its team within one sports report.
void unify_types(const PreparedDocument& doc, std::string_view /*text*/,
                 std::vector<NameSpan>& spans) {
  struct Votes {
    std::uint16_t count[kNameTypeCount] = {};
  };
  FlatHashMap<Votes> votes(spans.size() + 1);
  for (const auto& s : spans) {
    if (doc.words[s.first].flags & kWordCapsLine) continue;
    ++votes.get_or_insert(span_key(doc, s.first, s.last), Votes{}).count[static_cast<int>(s.type)];
  }
  for (auto& s : spans) {
    if (!(doc.words[s.first].flags & kWordCapsLine)) continue;
    const auto* v = votes.find(span_key(doc, s.first, s.last));
    if (v == nullptr) continue;
    int best = static_cast<int>(s.type);
    for (int t = 0; t < kNameTypeCount; ++t) {
      if (v->count[t] > v->count[best]) best = t;
    }
    s.type = static_cast<NameType>(best);
  }
}

// A name the decoder found once is the same name wherever the article writes it again, and the
// surname of a person named in full is that person ("Dmitry Peskov ... Peskov"). Untagged runs of
// up to six words that match a known name are tagged with its type, longest match first, except a
// one-word match that opens a sentence and is usually lower case ("Meanwhile"), and a match that
// the next capitalised unknown word continues into a longer, different name.
void propagate(const PreparedDocument& doc, std::string_view /*text*/,
               std::vector<NameSpan>& spans) {
  constexpr std::uint32_t kMaxLength = 6;
  FlatHashMap<std::uint8_t> known(spans.size() * 2 + 1);
  for (const auto& s : spans) {
    if (s.last - s.first + 1 > kMaxLength) continue;
    known.get_or_insert(span_key(doc, s.first, s.last), static_cast<std::uint8_t>(s.type));
    if (s.type == NameType::Person && s.last > s.first && looks_like_name(doc.words[s.last])) {
      known.get_or_insert(span_key(doc, s.last, s.last),
                          static_cast<std::uint8_t>(NameType::Person));
    }
  }
  if (known.size() == 0) return;
  auto cover = coverage(doc, spans);
  const std::size_t n = doc.tokens.size();
  const std::size_t existing = spans.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (cover[i] >= 0 || !looks_like_name(doc.words[i])) continue;
    std::uint64_t key = Gazetteer::start_key();
    std::size_t best_len = 0;
    std::uint8_t best_type = 0;
    for (std::size_t len = 1; len <= kMaxLength && i + len <= n; ++len) {
      const std::size_t j = i + len - 1;
      if (cover[j] >= 0 || doc.tokens[j].line != doc.tokens[i].line) break;
      key = Gazetteer::extend_key(key, doc.words[j].word_hash);
      const auto* t = known.find(key);
      if (t && looks_like_name(doc.words[j])) {
        best_len = len;
        best_type = *t;
      }
    }
    if (best_len == 0) continue;
    const WordInfo& w = doc.words[i];
    if (best_len == 1 && w.case_prior == CasePrior::Lower) continue;
    const std::size_t after = i + best_len;
    if (after < n && doc.tokens[after].line == doc.tokens[i].line && cover[after] < 0 &&
        (doc.words[after].flags & kWordCapitalised) && !(doc.words[after].flags & kWordCapsLine) &&
        doc.words[after].gazetteer.categories == 0) {
      continue;
    }
    spans.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + best_len - 1),
                     static_cast<NameType>(best_type)});
    for (std::size_t k = i; k < i + best_len; ++k) cover[k] = static_cast<int>(spans.size() - 1);
    i += best_len - 1;
  }
  if (spans.size() != existing) sort_spans(spans);
}

}  // namespace newsindex::ner::rules
