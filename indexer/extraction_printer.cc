#include "extraction_printer.h"

#include <nlohmann/json.hpp>

namespace newsindex {
namespace {

// Converts increasing byte offsets to code-point offsets in one pass over the text.
class OffsetConverter {
 public:
  OffsetConverter(std::string_view text, OffsetUnit unit) : text_(text), unit_(unit) {}

  std::size_t operator()(std::size_t byte_offset) {
    if (unit_ == OffsetUnit::kBytes) return byte_offset;
    if (byte_offset < byte_) {
      byte_ = 0;
      code_points_ = 0;
    }
    for (; byte_ < byte_offset && byte_ < text_.size(); ++byte_) {
      if ((static_cast<unsigned char>(text_[byte_]) & 0xC0) != 0x80) ++code_points_;
    }
    return code_points_;
  }

 private:
  std::string_view text_;
  OffsetUnit unit_;
  std::size_t byte_ = 0;
  std::size_t code_points_ = 0;
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
                        {"type", entity_kind_label(entity.name.kind)},
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
