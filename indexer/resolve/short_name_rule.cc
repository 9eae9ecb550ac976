#include "short_name_rule.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <unordered_map>

namespace newsindex {
namespace {

using schema::NamedFacet;
using schema::Ordinal;

// A sparse TF-IDF vector over context features: an entity value (facet and ordinal) or a month.
using ContextVector = std::unordered_map<std::uint64_t, double>;

constexpr std::uint64_t kMonthFeature = std::uint64_t{0xFF} << 32;

std::uint64_t entity_feature(NamedFacet facet, Ordinal ordinal) {
  return (std::uint64_t{schema::named_facet_index(facet)} << 32) | ordinal;
}

double norm(const ContextVector& vector) {
  double sum = 0;
  for (const auto& [feature, weight] : vector) sum += weight * weight;
  return std::sqrt(sum);
}

double cosine(const ContextVector& a, const ContextVector& b) {
  const ContextVector& small = a.size() < b.size() ? a : b;
  const ContextVector& large = a.size() < b.size() ? b : a;
  double dot = 0;
  for (const auto& [feature, weight] : small) {
    auto found = large.find(feature);
    if (found != large.end()) dot += weight * found->second;
  }
  const double norms = norm(a) * norm(b);
  return norms > 0 ? dot / norms : 0;
}

// The words of a key (folded: words are separated by single spaces).
std::vector<std::string_view> words_of(std::string_view key) {
  std::vector<std::string_view> words;
  std::size_t at = 0;
  while (at <= key.size()) {
    std::size_t end = key.find(' ', at);
    if (end == std::string_view::npos) end = key.size();
    if (end > at) words.push_back(key.substr(at, end - at));
    at = end + 1;
  }
  return words;
}

// The initials of an organisation's name written in full: the first letters of its capitalised
// words ("Organization of Petroleum Exporting Countries": "opec"), or "" when it has fewer than
// two such words or any word that is neither capitalised nor a linking word.
std::string initials_of(std::string_view display) {
  static constexpr std::array<std::string_view, 8> kLinking = {"of", "and", "the", "for",
                                                               "&",  "on",  "de",  "in"};
  std::string initials;
  std::size_t words = 0;
  std::size_t at = 0;
  while (at < display.size()) {
    std::size_t end = display.find_first_of(" -", at);
    if (end == std::string_view::npos) end = display.size();
    std::string_view word = display.substr(at, end - at);
    at = end + 1;
    if (word.empty()) continue;
    ++words;
    if (std::find(kLinking.begin(), kLinking.end(), word) != kLinking.end()) continue;
    const auto first = static_cast<unsigned char>(word.front());
    if (first < 'A' || first > 'Z') return "";
    // A name with an acronym in it ("EC Executive Commission") is not one written in full.
    if (word.size() > 1 && std::all_of(word.begin(), word.end(),
                                       [](char c) { return (c >= 'A' && c <= 'Z') || c == '.'; })) {
      return "";
    }
    initials.push_back(static_cast<char>(std::tolower(first)));
  }
  return initials.size() >= 2 && words >= 2 ? initials : "";
}

// The letters of an acronym as written ("OPEC", "U.N."), lower-cased, or "" when the name is not
// one: two to six capital letters, dots allowed between them.
std::string acronym_of(std::string_view display) {
  std::string letters;
  for (char c : display) {
    if (c == '.') continue;
    if (c < 'A' || c > 'Z') return "";
    letters.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return letters.size() >= 2 && letters.size() <= 6 ? letters : "";
}

std::string percent(double share) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.0f%%", share * 100);
  return buffer;
}
std::string fixed2(double value) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  return buffer;
}

}  // namespace

// The context of names: what the articles naming them talk about.
class ContextReader {
 public:
  ContextReader(const Xapian::Database& database, const IndexNames& names, std::size_t sample)
      : database_(database), names_(names), sample_(sample) {
    for (const auto& [day, count] : names.totals().published_days) months_[day / 100] += count;
  }

  // The context of the articles naming value `ordinal` of `named` (without the value itself).
  const ContextVector& of(NamedFacet named, Ordinal ordinal) {
    auto cached = cache_.find(entity_feature(named, ordinal));
    if (cached != cache_.end()) return cached->second;
    ContextVector counts;
    const schema::FacetName* name = names_.name(named, ordinal);
    if (name != nullptr) {
      const std::string term = schema::entity_term(*schema::entity_kind_of(named), name->key);
      std::size_t read = 0;
      for (auto posting = database_.postlist_begin(term);
           posting != database_.postlist_end(term) && read < sample_; ++posting, ++read) {
        Xapian::Document document = database_.get_document(*posting);
        for (schema::EntityKind kind : schema::kFacetedEntityKinds) {
          const NamedFacet facet = *schema::named_facet_of(kind);
          schema::for_each_number(document.get_value(schema::named_facet_info(facet).slot),
                                  [&](Ordinal other) {
                                    if (facet != named || other != ordinal)
                                      counts[entity_feature(facet, other)] += 1;
                                  });
        }
        if (std::uint32_t day = schema::day_number(document.get_value(schema::kPublishedDaySlot)))
          counts[kMonthFeature | (day / 100)] += 1;
      }
    }
    const double articles =
        static_cast<double>(std::max<std::uint64_t>(names_.total_articles(), 1));
    for (auto& [feature, weight] : counts) {
      double frequency = 1;
      if ((feature & kMonthFeature) == kMonthFeature) {
        auto month = months_.find(static_cast<std::uint32_t>(feature & 0xFFFFFFFFu));
        if (month != months_.end()) frequency = month->second;
      } else {
        const NamedFacet facet = schema::kNamedFacets[feature >> 32].facet;
        frequency = std::max<double>(1, names_.articles(facet, static_cast<Ordinal>(feature)));
      }
      weight *= std::log(1 + articles / frequency);
    }
    return cache_.emplace(entity_feature(named, ordinal), std::move(counts)).first->second;
  }

  // Without the features of the names compared: an article naming the full name always names it.
  static ContextVector without(const ContextVector& vector, NamedFacet facet,
                               const std::vector<Ordinal>& values) {
    ContextVector out = vector;
    for (Ordinal value : values) out.erase(entity_feature(facet, value));
    return out;
  }

 private:
  const Xapian::Database& database_;
  const IndexNames& names_;
  std::size_t sample_;
  std::unordered_map<std::uint32_t, std::uint64_t> months_;
  std::unordered_map<std::uint64_t, ContextVector> cache_;
};

ShortNameRule::ShortNameRule(const Xapian::Database& database, const IndexNames& names,
                             ShortNameSettings settings)
    : database_(database), names_(names), settings_(settings) {}

std::vector<ShortNameMapping> ShortNameRule::propose() const {
  ContextReader contexts(database_, names_, settings_.sample);
  std::vector<ShortNameMapping> mappings;

  // People: every proper tail of every longer name, with the full names that end with it.
  const NamedFacet person = NamedFacet::kPerson;
  std::unordered_map<std::string, std::vector<Ordinal>> by_tail;
  for (Ordinal ordinal = 0; ordinal < names_.size(person); ++ordinal) {
    const schema::FacetName* name = names_.name(person, ordinal);
    if (name == nullptr || names_.articles(person, ordinal) < settings_.min_full_articles) continue;
    std::vector<std::string_view> words = words_of(name->key);
    for (std::size_t first = 1; first < words.size(); ++first) {
      std::string_view tail(words[first].data(),
                            static_cast<std::size_t>(words.back().data() + words.back().size() -
                                                     words[first].data()));
      by_tail[std::string(tail)].push_back(ordinal);
    }
  }
  for (Ordinal ordinal = 0; ordinal < names_.size(person); ++ordinal) {
    const schema::FacetName* name = names_.name(person, ordinal);
    if (name == nullptr || names_.articles(person, ordinal) == 0) continue;
    auto found = by_tail.find(name->key);
    if (found == by_tail.end()) continue;
    // A short form of several words that is commoner than the full name is a name of its own,
    // and the longer one a slip ("Representative Clayton Yeutter").
    const bool several_words = name->key.find(' ') != std::string::npos;
    decide(person, ordinal, found->second, several_words,
           "naming a full name ending in \"" + name->display + "\"", contexts, mappings);
  }

  // Organisations: acronyms ("OPEC") and the names written in full whose initials they are.
  const NamedFacet org = NamedFacet::kOrganisation;
  std::unordered_map<std::string, std::vector<Ordinal>> by_initials;
  for (Ordinal ordinal = 0; ordinal < names_.size(org); ++ordinal) {
    const schema::FacetName* name = names_.name(org, ordinal);
    if (name == nullptr || names_.articles(org, ordinal) < settings_.min_full_articles) continue;
    std::string initials = initials_of(name->display);
    if (!initials.empty()) by_initials[initials].push_back(ordinal);
  }
  for (Ordinal ordinal = 0; ordinal < names_.size(org); ++ordinal) {
    const schema::FacetName* name = names_.name(org, ordinal);
    if (name == nullptr || names_.articles(org, ordinal) == 0) continue;
    std::string acronym = acronym_of(name->display);
    if (acronym.empty()) continue;
    auto found = by_initials.find(acronym);
    if (found == by_initials.end()) continue;
    decide(org, ordinal, found->second, false,
           "naming an organisation with the initials \"" + name->display + "\"", contexts,
           mappings);
  }
  return mappings;
}

void ShortNameRule::decide(NamedFacet facet, Ordinal ordinal,
                           const std::vector<Ordinal>& candidates, bool must_be_rarer,
                           const std::string& evidence, ContextReader& contexts,
                           std::vector<ShortNameMapping>& mappings) const {
  double all = 0;
  for (Ordinal candidate : candidates) all += names_.articles(facet, candidate);
  std::vector<Ordinal> compared = candidates;
  compared.push_back(ordinal);
  const ContextVector short_context =
      ContextReader::without(contexts.of(facet, ordinal), facet, compared);
  struct Scored {
    Ordinal candidate;
    double share;
    double similarity;
    double score;
  };
  std::vector<Scored> scored;
  for (Ordinal candidate : candidates) {
    const double share = names_.articles(facet, candidate) / all;
    const double similarity = cosine(
        short_context, ContextReader::without(contexts.of(facet, candidate), facet, compared));
    scored.push_back({candidate, share, similarity, share * similarity});
  }
  std::sort(scored.begin(), scored.end(),
            [](const Scored& a, const Scored& b) { return a.score > b.score; });
  const Scored& best = scored.front();
  const double runner_up = scored.size() > 1 ? scored[1].score : 0;
  if (best.share < settings_.min_share || best.similarity < settings_.min_similarity ||
      best.score < settings_.min_margin * runner_up) {
    return;
  }
  if (must_be_rarer && names_.articles(facet, best.candidate) < names_.articles(facet, ordinal))
    return;
  const schema::FacetName* full = names_.name(facet, best.candidate);
  mappings.push_back({facet, ordinal, best.candidate,
                      "archive: " + percent(best.share) + " of the articles " + evidence +
                          " name \"" + full->display + "\"; context similarity " +
                          fixed2(best.similarity)});
}

}  // namespace newsindex
