#include "entity_tagger.h"

#include <limits>
#include <memory>
#include <stdexcept>
#include <string>

#include "document_tagging.h"
#include "greedy_decoder.h"
#include "mention_rules.h"
#include "static_scorer.h"
#include "word_forms.h"

namespace newsindex {
namespace ner {

namespace {

bool ascii_lower(char c) {
  return c >= 'a' && c <= 'z';
}
bool ascii_letter(char c) {
  return ascii_lower(c) || (c >= 'A' && c <= 'Z');
}

// Hard-wrapped text (OCR'd newspaper columns, e-mail bodies) breaks lines inside sentences and
// names
// ("United\nStates", "Ameri-\ncan"), while the tagger treats every line start as a sentence start.
// When many line breaks continue a sentence (the next line starts in lower case), such breaks
// become spaces and a hyphen at a line end becomes a soft hyphen (U+00AD, two bytes: offsets do not
// move), which the tokenizer reads as part of the word.  Lines without lower-case letters (capitals
// headlines) are never joined. A word broken at a line end without a hyphen ("Ameri\ncan", OCR
// often loses it) is joined with U+001F when one of the halves is unknown but the whole is a known
// word.  Returns false, leaving `out` untouched, for text that does not look hard-wrapped.
bool unwrap_lines(std::string_view text, const CasePriorLexicon& lexicon, std::string& out) {
  struct Line {
    std::size_t begin, end;  // [begin, end) without the '\n'
    bool has_lower;
  };
  std::vector<Line> lines;
  std::size_t begin = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      bool lower = false;
      for (std::size_t k = begin; k < i && !lower; ++k) lower = ascii_lower(text[k]);
      lines.push_back({begin, i, lower});
      begin = i + 1;
    }
  }
  auto first_char = [&](const Line& l) {
    std::size_t k = l.begin;
    while (k < l.end && (text[k] == ' ' || text[k] == '\t')) ++k;
    return k < l.end ? text[k] : '\0';
  };
  std::size_t breaks = 0, continuing = 0;
  for (std::size_t k = 0; k + 1 < lines.size(); ++k) {
    if (lines[k].end == lines[k].begin || lines[k + 1].end == lines[k + 1].begin) continue;
    ++breaks;
    continuing += ascii_lower(first_char(lines[k + 1]));
  }
  if (breaks < 8 || continuing * 5 < breaks) return false;
  out.assign(text);
  for (std::size_t k = 0; k + 1 < lines.size(); ++k) {
    const Line& a = lines[k];
    const Line& b = lines[k + 1];
    if (!a.has_lower || !b.has_lower) continue;
    std::size_t last = a.end;
    while (last > a.begin &&
           (text[last - 1] == ' ' || text[last - 1] == '\t' || text[last - 1] == '\r'))
      --last;
    if (last == a.begin) continue;
    const char c = text[last - 1];
    const char d = first_char(b);
    if (c == '-' && last == a.end && last - a.begin >= 2 && ascii_letter(text[last - 2]) &&
        ascii_lower(d) && b.begin < b.end && text[b.begin] == d) {
      out[a.end - 1] = '\xC2';
      out[a.end] = '\xAD';
      continue;
    }
    if (ascii_letter(c) && ascii_lower(d) && last == a.end && text[b.begin] == d) {
      std::size_t wa = last, wb = b.begin;
      while (wa > a.begin && ascii_letter(text[wa - 1])) --wa;
      while (wb < b.end && ascii_lower(text[wb])) ++wb;
      std::string joined;
      append_normalised_lower(joined, text.substr(wa, last - wa));
      const std::uint64_t first_half = hash_bytes(joined);
      std::string second;
      append_normalised_lower(second, text.substr(b.begin, wb - b.begin));
      joined += second;
      const bool half_unknown = lexicon.lookup(first_half) == CasePrior::Unknown ||
                                lexicon.lookup(hash_bytes(second)) == CasePrior::Unknown;
      if (half_unknown && lexicon.lookup(hash_bytes(joined)) != CasePrior::Unknown) {
        out[a.end] = '\x1F';
        continue;
      }
    }
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"') continue;
    if (ascii_lower(d) || (d >= '0' && d <= '9') || ascii_lower(c) || c == ',') out[a.end] = ' ';
  }
  return true;
}

// Static scores come from the thread's StaticScorer, the decoder's features from the weights.
struct CachedScorer {
  using Score = ner::Score;
  const PreparedDocument& doc;
  StaticScorer& static_scorer;
  const WeightTable& weights;

  void score(const Sentence& s, std::size_t i, const std::uint64_t* decoder, std::size_t n,
             Score* scores) const {
    static_scorer.add(doc, s, i, scores);
    weights.add_scores(decoder, n, scores);
  }
  [[nodiscard]] float to_float(Score score) const noexcept { return weights.to_float(score); }
  void prefetch(const Sentence& s, std::size_t i) const { static_scorer.prefetch(doc, s, i); }
  [[nodiscard]] bool outside_unless_in_name(std::size_t i) const {
    return StaticScorer::never_begins_name(doc, i);
  }
  [[nodiscard]] bool outside_after_name(std::size_t i) const {
    return StaticScorer::never_begins_name_after_name(doc, i);
  }
};

// One scorer, with its caches, per thread and model: EntityTagger is shared between threads.
StaticScorer& static_scorer(const TaggerModel& model) {
  thread_local std::unique_ptr<StaticScorer> scorer;
  if (!scorer || scorer->model_serial() != model.serial()) {
    scorer = std::make_unique<StaticScorer>(model);
  }
  return *scorer;
}

}  // namespace

std::vector<EntityMention> tag_document(const TaggerModel& model, std::string_view utf8_text,
                                        std::uint32_t skipped_rules) {
  if (utf8_text.size() >= std::numeric_limits<std::uint32_t>::max()) {
    throw std::length_error("EntityTagger::tag: text of 4 GiB or more");
  }
  // Working memory is kept per thread: allocating it for every article cost more than using it.
  thread_local std::string unwrapped;
  thread_local PreparedDocument doc;
  thread_local std::vector<std::uint8_t> tags;
  thread_local DocumentHistory history;
  const bool wrapped = unwrap_lines(utf8_text, model.lexicon(), unwrapped);
  const std::string_view original_text = utf8_text;
  if (wrapped) utf8_text = unwrapped;
  model.extractor().prepare_without_features(utf8_text, doc);
  doc.noisy = wrapped;
  doc.written_lines = wrapped ? original_text : std::string_view();
  decode_document<true>(
      doc, CachedScorer{doc, static_scorer(model), model.weights()}, tags,
      [](std::size_t, std::uint8_t) {}, &doc.margins, &history);
  auto spans = MentionRules::spans_from_tags(tags);
  MentionRules().apply(doc, utf8_text, spans, skipped_rules);
  std::vector<EntityMention> mentions;
  mentions.reserve(spans.size());
  for (const auto& s : spans) {
    mentions.push_back({doc.tokens[s.first].begin, doc.tokens[s.last].end, s.type});
  }
  // A huge article's working memory (tens of MB) is not kept for the rest of the run.
  constexpr std::size_t kTokensKept = std::size_t{1} << 18;
  if (doc.tokens.size() > kTokensKept) {
    doc = PreparedDocument{};
    unwrapped = std::string();
    tags = std::vector<std::uint8_t>();
  }
  return mentions;
}

}  // namespace ner

EntityTagger EntityTagger::load(const std::filesystem::path& model,
                                std::span<const std::string> rules_left_out) {
  const std::uint32_t skipped = ner::MentionRules::mask_of(rules_left_out);
  return EntityTagger(std::make_shared<const ner::TaggerModel>(ner::TaggerModel::load(model)),
                      skipped);
}

std::vector<std::string> EntityTagger::document_rule_names() {
  std::vector<std::string> names;
  for (const ner::MentionRule& rule : ner::MentionRules::in_order()) names.emplace_back(rule.name);
  return names;
}

std::vector<EntityMention> EntityTagger::tag(std::string_view utf8_text) const {
  return ner::tag_document(*model_, utf8_text, skipped_rules_);
}

namespace {

// The case-prior lexicon's class of a word given in any case.
ner::CasePrior case_prior_of(const ner::TaggerModel& model, std::string_view word) {
  std::string lower;
  ner::append_normalised_lower(lower, word);
  return model.lexicon().lookup(ner::hash_bytes(lower));
}

}  // namespace

bool EntityTagger::usually_capitalised(std::string_view word) const {
  return case_prior_of(*model_, word) == ner::CasePrior::Capitalised;
}

bool EntityTagger::usually_written_with_capitals(std::string_view word) const {
  const ner::CasePrior prior = case_prior_of(*model_, word);
  return prior == ner::CasePrior::Capitalised || prior == ner::CasePrior::AllCaps;
}

bool EntityTagger::known_place(std::string_view name) const {
  return (model_->gazetteer().categories_of_name(name) & ner::kGazPlaces) != 0;
}

}  // namespace newsindex
