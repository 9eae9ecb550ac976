// The archive's own resolution of short names: a person named by a surname alone ("Volcker"), or
// by the tail of a longer name ("Otto Poehl"), is the person of the full name ending that way
// ("Paul Volcker", "Karl Otto Poehl") when the archive's evidence is strong:
//   - the full name is the one the archive's articles use for that tail: it has at least
//     min_share of the articles naming any full name with that tail;
//   - the articles naming the short form talk about the same things as those naming the full name
//     (the people, organisations and places they name and the months they were published in, as
//     TF-IDF vectors): cosine similarity at least min_similarity;
//   - no other full name comes close: the best candidate's share times similarity is at least
//     min_margin times the next one's;
//   - a short form of several words is not commoner than the full name.
// Otherwise the short name stays apart (two Bakers of similar weight, or a surname whose
// articles share nothing with the only full name that ends with it). Organisations the same way:
// an acronym ("OPEC", "U.N.") is the organisation written in full whose capitalised words it
// abbreviates ("Organization of Petroleum Exporting Countries").
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "index_names.h"
#include "schema.h"

namespace newsindex {

struct ShortNameSettings {
  std::uint32_t min_full_articles = 2;
  double min_share = 0.6;
  double min_similarity = 0.12;
  double min_margin = 3.0;
  // Articles read per name for its context (the most recent are as good as all of them).
  std::size_t sample = 200;
};

struct ShortNameMapping {
  schema::NamedFacet facet = schema::NamedFacet::kPerson;
  schema::Ordinal from = 0;
  schema::Ordinal to = 0;
  std::string reason;  // the evidence, for people to check
};

class ContextReader;

class ShortNameRule {
 public:
  // `database`: the whole index, whose articles `names` describes. Both must outlive this.
  ShortNameRule(const Xapian::Database& database, const IndexNames& names,
                ShortNameSettings settings = {});

  [[nodiscard]] std::vector<ShortNameMapping> propose() const;

 private:
  // Maps `ordinal` to the best of the full names `candidates` when the evidence is strong.
  // `must_be_rarer`: the full name must have at least as many articles; `evidence` says what
  // the share is of, in the reason.
  void decide(schema::NamedFacet facet, schema::Ordinal ordinal,
              const std::vector<schema::Ordinal>& candidates, bool must_be_rarer,
              const std::string& evidence, ContextReader& contexts,
              std::vector<ShortNameMapping>& mappings) const;

  const Xapian::Database& database_;
  const IndexNames& names_;
  ShortNameSettings settings_;
};

}  // namespace newsindex
