#include "case_prior_lexicon.h"

#include "binary_io.h"

namespace newsindex::ner {

void CasePriorLexicon::count(std::uint64_t word_hash, bool lower, bool all_caps) {
  auto& c = counts_.get_or_insert(word_hash, Counts{});
  if (lower) {
    ++c.lower;
  } else if (all_caps) {
    ++c.all_caps;
  } else {
    ++c.capitalised;
  }
}

void CasePriorLexicon::finish(std::uint32_t min_count) {
  classes_ = FlatHashMap<std::uint8_t>(counts_.size());
  counts_.for_each([&](std::uint64_t key, const Counts& c) {
    const std::uint32_t n = c.lower + c.capitalised + c.all_caps;
    if (n < min_count) return;
    CasePrior p = CasePrior::Mixed;
    if (c.lower * 10 >= n * 9) {
      p = CasePrior::Lower;
    } else if (c.capitalised * 10 >= n * 9) {
      p = CasePrior::Capitalised;
    } else if (c.all_caps * 10 >= n * 9) {
      p = CasePrior::AllCaps;
    }
    classes_.get_or_insert(key, static_cast<std::uint8_t>(p));
  });
  counts_ = FlatHashMap<Counts>(16);
}

void CasePriorLexicon::write(std::ostream& out) const {
  write_pod<std::uint64_t>(out, classes_.size());
  classes_.for_each([&](std::uint64_t key, std::uint8_t cls) {
    write_pod(out, key);
    write_pod(out, cls);
  });
}

CasePriorLexicon CasePriorLexicon::read(std::istream& in) {
  CasePriorLexicon lex;
  const auto n = read_pod<std::uint64_t>(in);
  if (n > (1u << 26)) throw std::runtime_error("entity model file: implausible lexicon size");
  lex.classes_ = FlatHashMap<std::uint8_t>(n);
  for (std::uint64_t i = 0; i < n; ++i) {
    const auto key = read_pod<std::uint64_t>(in);
    const auto cls = read_pod<std::uint8_t>(in);
    if (cls > static_cast<std::uint8_t>(CasePrior::AllCaps))
      throw std::runtime_error("entity model file: bad lexicon entry");
    lex.classes_.get_or_insert(key, cls);
  }
  return lex;
}

}  // namespace newsindex::ner
