// Hand-made decoder output for the document rules: a text prepared as the tagger prepares it, the
// names a test says the decoder found, and the names after one rule or after all of them.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "gazetteer.h"
#include "mention_rules.h"
#include "word_forms.h"

namespace newsindex::ner {

// Built once for all test files: ICU's names take a while to gather.
inline const Gazetteer& test_gazetteer() {
  static const Gazetteer g = Gazetteer::from_icu();
  return g;
}

class MentionRuleTest : public ::testing::Test {
 protected:
  using Result = std::vector<std::pair<std::string, NameType>>;
  using Rule = decltype(MentionRule::apply);

  // `lower_words` are written in lower case more often than not, as the case-prior lexicon of a
  // trained model would say.
  void prepare(const std::string& text, const std::vector<std::string>& lower_words = {}) {
    text_ = text;
    CasePriorLexicon lexicon;
    std::string lower;
    for (const auto& w : lower_words) {
      lower.clear();
      append_normalised_lower(lower, w);
      for (int i = 0; i < 3; ++i) lexicon.count(hash_bytes(lower), true, false);
    }
    lexicon.finish(2);
    lexicon_ = std::move(lexicon);
    FeatureExtractor(test_gazetteer(), lexicon_, clusters_).prepare(text_, doc_);
  }

  // The text as a hard-wrapped page wrote it, before its lines were joined into the prepared text
  // (same length: only line breaks differ).
  void written_as(const std::string& written) {
    ASSERT_EQ(written.size(), text_.size());
    written_ = written;
    doc_.written_lines = written_;
  }

  // Token index of the n-th token whose text is `word`.
  std::uint32_t at(const std::string& word, int nth = 0) const {
    for (std::uint32_t i = 0; i < doc_.tokens.size(); ++i) {
      if (text_.substr(doc_.tokens[i].begin, doc_.tokens[i].end - doc_.tokens[i].begin) == word &&
          nth-- == 0)
        return i;
    }
    ADD_FAILURE() << "no token " << word;
    return 0;
  }

  // A one-word name.
  NameSpan one(const std::string& word, NameType type, int nth = 0) const {
    return {at(word, nth), at(word, nth), type};
  }

  // The names after every rule, in order.
  Result run(std::vector<NameSpan> spans) const {
    MentionRules().apply(doc_, text_, spans);
    return written(spans);
  }

  // The names after `rule` alone.
  Result run(Rule rule, std::vector<NameSpan> spans) const {
    rule(doc_, text_, spans);
    return written(spans);
  }

  Result written(const std::vector<NameSpan>& spans) const {
    Result out;
    for (const auto& s : spans) {
      out.emplace_back(text_.substr(doc_.tokens[s.first].begin,
                                    doc_.tokens[s.last].end - doc_.tokens[s.first].begin),
                       s.type);
    }
    return out;
  }

  std::string text_;
  std::string written_;
  CasePriorLexicon lexicon_;
  WordClusters clusters_;
  PreparedDocument doc_;
};

}  // namespace newsindex::ner
