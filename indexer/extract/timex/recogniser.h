// What every recogniser of the scanner shares: its signature, and how the candidates the
// recognisers offer at one token are weighed against each other.
#pragma once

#include <cstddef>
#include <string>
#include <utility>

#include "scan_text.h"
#include "timex_candidate.h"

namespace newsindex {

// Of the candidates offered at one token the scan keeps the one reaching furthest; on a tie the
// first offered stays, so the order in which the recognisers run decides between equal spans.
class LongestCandidate {
 public:
  void consider(const TimexCandidate& c) {
    if (c.end_token <= c.first_token) return;
    if (!found_ || c.end_token > best_.end_token) {
      best_ = c;
      found_ = true;
    }
  }
  // Keeps best()'s storage for the next token.
  void clear() noexcept { found_ = false; }
  [[nodiscard]] bool found() const noexcept { return found_; }
  [[nodiscard]] const TimexCandidate& best() const noexcept { return best_; }

 private:
  TimexCandidate best_;
  bool found_ = false;
};

// Offers `out` the expressions of one rule family found at token i; a candidate may take in a
// word or two before i ("the", "right now").
using Recogniser = void (*)(const ScanText& s, std::size_t i, LongestCandidate& out);

[[nodiscard]] inline TimexCandidate make_candidate(std::size_t first, std::size_t end,
                                                   TimexType type, Anchor anchor) {
  TimexCandidate c;
  c.first_token = first;
  c.end_token = end;
  c.type = type;
  c.anchor = anchor;
  return c;
}

// A candidate whose TIMEX3 value needs no reference date ("P3Y", "PAST_REF").
[[nodiscard]] inline TimexCandidate make_literal(std::size_t first, std::size_t end, TimexType type,
                                                 std::string value) {
  TimexCandidate c = make_candidate(first, end, type, Anchor::Literal);
  c.literal = std::move(value);
  return c;
}

}  // namespace newsindex
