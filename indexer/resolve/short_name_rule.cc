#include "short_name_rule.h"

#include <algorithm>
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

class ContextReader {
 public:
  ContextReader(const Xapian::Database& database, const IndexNames& names, std::size_t sample)
      : database_(database), names_(names), sample_(sample) {
    for (const auto& [day, count] : names.totals().published_days) months_[day / 100] += count;
  }

  // The context of the articles naming person `ordinal`, leaving out the people in `leave_out`
  // (the names being compared).
  const ContextVector& of(Ordinal ordinal) {
    auto cached = cache_.find(ordinal);
    if (cached != cache_.end()) return cached->second;
    ContextVector counts;
    const schema::FacetName* name = names_.name(NamedFacet::kPerson, ordinal);
    if (name != nullptr) {
      const std::string term = schema::entity_term(schema::EntityKind::kPerson, name->key);
      std::size_t read = 0;
      for (auto posting = database_.postlist_begin(term);
           posting != database_.postlist_end(term) && read < sample_; ++posting, ++read) {
        Xapian::Document document = database_.get_document(*posting);
        for (schema::EntityKind kind : schema::kFacetedEntityKinds) {
          const NamedFacet facet = *schema::named_facet_of(kind);
          schema::for_each_number(document.get_value(schema::named_facet_info(facet).slot),
                                  [&](Ordinal other) {
                                    if (facet != NamedFacet::kPerson || other != ordinal)
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
    return cache_.emplace(ordinal, std::move(counts)).first->second;
  }

  // Without the features of the names compared: an article naming the full name always names it.
  static ContextVector without(const ContextVector& vector, const std::vector<Ordinal>& people) {
    ContextVector out = vector;
    for (Ordinal person : people) out.erase(entity_feature(NamedFacet::kPerson, person));
    return out;
  }

 private:
  const Xapian::Database& database_;
  const IndexNames& names_;
  std::size_t sample_;
  std::unordered_map<std::uint32_t, std::uint64_t> months_;
  std::unordered_map<Ordinal, ContextVector> cache_;
};

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

ShortNameRule::ShortNameRule(const Xapian::Database& database, const IndexNames& names,
                             ShortNameSettings settings)
    : database_(database), names_(names), settings_(settings) {}

std::vector<ShortNameMapping> ShortNameRule::propose() const {
  const NamedFacet person = NamedFacet::kPerson;
  // Every proper tail of every longer name, with the full names that end with it.
  std::unordered_map<std::string, std::vector<Ordinal>> full_names_by_tail;
  for (Ordinal ordinal = 0; ordinal < names_.size(person); ++ordinal) {
    const schema::FacetName* name = names_.name(person, ordinal);
    if (name == nullptr || names_.articles(person, ordinal) < settings_.min_full_articles) continue;
    std::vector<std::string_view> words = words_of(name->key);
    for (std::size_t first = 1; first < words.size(); ++first) {
      std::string_view tail(words[first].data(),
                            static_cast<std::size_t>(words.back().data() + words.back().size() -
                                                     words[first].data()));
      full_names_by_tail[std::string(tail)].push_back(ordinal);
    }
  }

  ContextReader contexts(database_, names_, settings_.sample);
  std::vector<ShortNameMapping> mappings;
  for (Ordinal ordinal = 0; ordinal < names_.size(person); ++ordinal) {
    const schema::FacetName* name = names_.name(person, ordinal);
    if (name == nullptr || names_.articles(person, ordinal) == 0) continue;
    auto found = full_names_by_tail.find(name->key);
    if (found == full_names_by_tail.end()) continue;
    const std::vector<Ordinal>& candidates = found->second;
    double all = 0;
    for (Ordinal candidate : candidates) all += names_.articles(person, candidate);
    std::vector<Ordinal> compared = candidates;
    compared.push_back(ordinal);
    const ContextVector short_context = ContextReader::without(contexts.of(ordinal), compared);
    struct Scored {
      Ordinal candidate;
      double share;
      double similarity;
      double score;
    };
    std::vector<Scored> scored;
    for (Ordinal candidate : candidates) {
      const double share = names_.articles(person, candidate) / all;
      const double similarity =
          cosine(short_context, ContextReader::without(contexts.of(candidate), compared));
      scored.push_back({candidate, share, similarity, share * similarity});
    }
    std::sort(scored.begin(), scored.end(),
              [](const Scored& a, const Scored& b) { return a.score > b.score; });
    const Scored& best = scored.front();
    const double runner_up = scored.size() > 1 ? scored[1].score : 0;
    if (best.share < settings_.min_share || best.similarity < settings_.min_similarity ||
        best.score < settings_.min_margin * runner_up) {
      continue;
    }
    // A short form of several words that is commoner than the full name is a name of its own,
    // and the longer one a slip ("Representative Clayton Yeutter").
    if (name->key.find(' ') != std::string::npos &&
        names_.articles(person, best.candidate) < names_.articles(person, ordinal)) {
      continue;
    }
    const schema::FacetName* full = names_.name(person, best.candidate);
    mappings.push_back({ordinal, best.candidate,
                        "archive: " + percent(best.share) +
                            " of the articles naming a full name ending in \"" + name->display +
                            "\" name \"" + full->display + "\"; context similarity " +
                            fixed2(best.similarity)});
  }
  return mappings;
}

}  // namespace newsindex
