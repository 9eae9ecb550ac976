#include "place_rules.h"

#include "mention_words.h"

namespace newsindex::ner::rules {
namespace {

// Geographic features named "of" something ("Gulf of Mexico", "Isle of Man").
constexpr std::string_view kGeographicHeads[] = {"gulf",    "bay",    "sea",     "strait",
                                                 "straits", "isle",   "lake",    "cape",
                                                 "mount",   "island", "islands", "river"};

}  // namespace

// "Gulf of Mexico", "Strait of Hormuz", "Bay of Bengal": a geographic feature "of" a name is a
// place, whatever the decoder typed it (24 Reuters mentions of the strait had been organisations).
void features_of_places(const PreparedDocument& doc, std::string_view /*text*/,
                        std::vector<NameSpan>& spans) {
  for (auto& s : spans) {
    if (s.type == NameType::Place || s.first + 2 > s.last) continue;
    if (in_list(doc.lower(s.first), kGeographicHeads) && doc.lower(s.first + 1) == "of") {
      s.type = NameType::Place;
    }
  }
}

}  // namespace newsindex::ner::rules
