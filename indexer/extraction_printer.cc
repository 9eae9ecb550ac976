#include "extraction_printer.h"

#include <nlohmann/json.hpp>

#include "code_points.h"

namespace newsindex {
namespace {

// Offsets in the unit asked for: UTF-8 bytes as found, or code points.
class OffsetConverter {
 public:
  OffsetConverter(std::string_view text, OffsetUnit unit) : code_points_(text), unit_(unit) {}

  std::size_t operator()(std::size_t byte_offset) {
    return unit_ == OffsetUnit::kBytes ? byte_offset : code_points_(byte_offset);
  }

 private:
  CodePointCounter code_points_;
  OffsetUnit unit_;
};

}  // namespace

void print_extraction(const Article& article, const ArticleAnalysis& analysis, OffsetUnit unit,
                      std::ostream& out) {
  using Json = nlohmann::ordered_json;
  std::string_view text = article.text;
  Json entities = Json::array();
  OffsetConverter entity_offsets(text, unit);
  for (const EntityOccurrence& entity : analysis.text_entities) {
    entities.push_back({{"start", entity_offsets(entity.begin)},
                        {"end", entity_offsets(entity.end)},
                        {"type", schema::entity_kind_info(entity.name.kind).label},
                        {"text", text.substr(entity.begin, entity.end - entity.begin)},
                        {"canonical", entity.name.display}});
  }
  Json timexes = Json::array();
  OffsetConverter timex_offsets(text, unit);
  for (const TimexOccurrence& timex : analysis.timexes) {
    timexes.push_back({{"start", timex_offsets(timex.begin)},
                       {"end", timex_offsets(timex.end)},
                       {"type", to_string(timex.type)},
                       {"value", timex.value},
                       {"text", text.substr(timex.begin, timex.end - timex.begin)}});
  }
  Json line = {{"id", article.id}, {"entities", entities}, {"timexes", timexes}};
  out << line.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace newsindex
