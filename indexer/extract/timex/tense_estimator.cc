#include "tense_estimator.h"

#include <algorithm>
#include <string_view>

namespace newsindex {
namespace {

constexpr std::size_t kWindow = 30;

bool ends_sentence(const TokenizedText& t, std::size_t i) {
  if (t[i].kind != TokenKind::Punct) return false;
  const std::string_view f = t.fold(i);
  return f == "." || f == "!" || f == "?" || f == ";";
}

bool contains(std::initializer_list<std::string_view> words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

bool after_be_to_or_modal(std::string_view p) {
  return contains({"be", "is", "are", "been", "being", "am", "to", "will", "would", "could",
                   "should", "may", "might", "can", "must", "get", "gets"},
                  p);
}

}  // namespace

Tense TenseEstimator::cue(const TokenizedText& t, std::size_t i) const {
  if (t[i].kind != TokenKind::Word) return Tense::Unknown;
  const std::string_view f = t.fold(i);
  // "had been due to expire Friday", "had been scheduled for Monday": a plan
  // seen from a past point, so the day itself is past.
  if ((f == "due" || f == "scheduled" || f == "expected" || f == "planned" || f == "supposed" ||
       f == "set") &&
      i >= 2 && t.fold(i - 1) == "been" && t.fold(i - 2) == "had")
    return Tense::Past;
  // "the hastily planned trip", "an expected loss": an adjective, no tense.
  if ((f == "planned" || f == "scheduled" || f == "expected") && i > 0) {
    const std::string_view p = t.fold(i - 1);
    if (p == "the" || p == "a" || p == "an" || (p.size() > 4 && p.ends_with("ly")))
      return Tense::Unknown;
  }
  // "could not be reached for comment Tuesday", "couldn't say Monday": a failure news reports
  // after the fact, the past of "cannot". "would not comment Monday", "wouldn't say": a refusal
  // to speak, reported after it; "would not" before other verbs is still ahead in reported
  // speech ("said the plant would not reopen Monday").
  if (f == "could" || f == "would" || f == "couldn't" || f == "wouldn't") {
    const bool contracted = f.size() > 5;
    const std::size_t v = contracted ? i + 1 : i + 2;
    const bool negated = contracted || (i + 1 < t.size() && t.fold(i + 1) == "not");
    if (negated && f[0] == 'c') return Tense::Past;
    if (negated && v < t.size() &&
        contains({"comment", "say", "confirm", "discuss", "disclose", "elaborate", "specify",
                  "identify", "reveal", "speculate"},
                 t.fold(v)))
      return Tense::Past;
  }
  const auto& future = vocabulary_.grammar().future_cues;
  if (std::find(future.begin(), future.end(), f) != future.end()) return Tense::Future;
  // English cues apply in every language: English quotes are common and the
  // words are rare elsewhere.
  if (contains({"will",     "shall",     "would",   "upcoming", "scheduled", "expected",
                "expects",  "planned",   "intends", "tomorrow", "next",      "due",
                "begins",   "starts",    "opens",   "won't",    "could",     "might",
                "planning", "preparing", "ready",   "until",    "soon"},
               f))
    return Tense::Future;
  // "the law takes effect Jan. 1", "the offer expires Friday": a date set ahead, like "begins".
  if ((f == "takes" && i + 1 < t.size() && t.fold(i + 1) == "effect") || f == "expires")
    return Tense::Future;
  // "plans to", "as early as": the nouns ("vacation plans") and "early hours" say nothing.
  if ((f == "plan" || f == "plans") && i + 1 < t.size() && t.fold(i + 1) == "to")
    return Tense::Future;
  if (f == "early" && i > 0 && t.fold(i - 1) == "as") return Tense::Future;
  if (f.size() > 3 && f.substr(f.size() - 3) == "'ll") return Tense::Future;
  if (f == "going" && i + 1 < t.size() && t.fold(i + 1) == "to") return Tense::Future;
  // "the vote is to be held", "they are to meet": an arrangement still ahead.
  if ((f == "is" || f == "are") && i + 2 < t.size() && t.fold(i + 1) == "to" &&
      t[i + 2].kind == TokenKind::Word)
    return Tense::Future;
  if (f == "set" && i + 1 < t.size() && t.fold(i + 1) == "to") return Tense::Future;
  if (contains({"said", "was", "were", "had", "did", "told", "ago", "yesterday", "last",
                "announced", "came", "went", "took", "made", "met", "gave", "won", "lost", "began",
                "left", "saw", "became", "fell", "rose", "sold", "got", "held", "found", "led",
                "ran", "killed", "wasn't", "weren't", "didn't", "hadn't", "reported",
                // unambiguous irregular past forms
                "tore", "struck", "shot", "fled", "spoke", "wrote", "broke", "heard", "thought",
                "brought", "bought", "caught", "fought", "sent", "spent", "kept", "felt", "stood",
                "paid", "sat", "drove", "flew", "threw", "knew", "grew", "drew", "chose", "sought",
                "taught", "built", "swore", "stole", "froze", "blew"},
               f)) {
    // "is to be held", "will be sent": a participle after "be", "to" or a modal is passive or
    // infinitive, not past ("was held" stays past through "was").
    if (i > 0 && after_be_to_or_modal(t.fold(i - 1))) return Tense::Unknown;
    return Tense::Past;
  }
  // A capitalised "-ed" word is a name ("United States", "Alfred"), not a verb.
  if (vocabulary_.is_english() && !t[i].capitalised && f.size() >= 5 &&
      f.substr(f.size() - 2) == "ed" && f != "need" && f != "indeed" && f != "speed" &&
      f != "proceed" && f != "exceed" && f != "succeed") {
    // A participle after "be", "to" or a modal is passive or infinitive, not past.
    if (i > 0 && after_be_to_or_modal(t.fold(i - 1))) return Tense::Unknown;
    return Tense::Past;
  }
  return Tense::Unknown;
}

Tense TenseEstimator::around(const TokenizedText& t, std::size_t first, std::size_t end) const {
  Tense left = Tense::Unknown, right = Tense::Unknown;
  std::size_t left_distance = kWindow + 1, right_distance = kWindow + 1;
  for (std::size_t d = 1; d <= kWindow && d <= first; ++d) {
    const std::size_t i = first - d;
    if (ends_sentence(t, i)) break;
    if (const Tense c = cue(t, i); c != Tense::Unknown) {
      left = c;
      left_distance = d;
      break;
    }
    if (t[i].paragraph_before) break;
  }
  for (std::size_t i = end; i < t.size() && i - end < kWindow; ++i) {
    if (ends_sentence(t, i) || t[i].paragraph_before) break;
    if (const Tense c = cue(t, i); c != Tense::Unknown) {
      right = c;
      right_distance = i - end + 1;
      break;
    }
  }
  if (left == Tense::Unknown) return right;
  if (right == Tense::Unknown) return left;
  return left_distance <= right_distance ? left : right;
}

}  // namespace newsindex
