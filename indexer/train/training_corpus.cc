#include "training_corpus.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "entity_kinds.h"
#include "utf8.h"

namespace newsindex::ner {
namespace {

// CoNLL's type labels are the entity kind table's, and its order is the model's.
static_assert(static_cast<std::size_t>(NameType::Person) ==
                  schema::entity_kind_index(schema::EntityKind::kPerson) &&
              static_cast<std::size_t>(NameType::Organisation) ==
                  schema::entity_kind_index(schema::EntityKind::kOrganisation) &&
              static_cast<std::size_t>(NameType::Place) ==
                  schema::entity_kind_index(schema::EntityKind::kPlace) &&
              static_cast<std::size_t>(NameType::Misc) ==
                  schema::entity_kind_index(schema::EntityKind::kMisc));

NameType parse_type(const std::string& t, std::size_t line) {
  for (std::size_t i = 0; i < schema::kEntityKinds.size(); ++i) {
    if (schema::kEntityKinds[i].label == t) return static_cast<NameType>(i);
  }
  throw std::runtime_error("training corpus line " + std::to_string(line) +
                           ": unknown entity type " + t);
}

}  // namespace

std::vector<AnnotatedDocument> read_annotated_jsonl(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open training corpus " + path.string());
  std::vector<AnnotatedDocument> docs;
  std::string line;
  std::size_t line_no = 0;
  std::vector<std::size_t> byte_of_cp;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty()) continue;
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(line);
    } catch (const nlohmann::json::exception& e) {
      throw std::runtime_error("training corpus line " + std::to_string(line_no) + ": " + e.what());
    }
    AnnotatedDocument doc;
    doc.text = j.at("text").get<std::string>();
    byte_of_cp.clear();
    for (std::size_t pos = 0; pos < doc.text.size();) {
      byte_of_cp.push_back(pos);
      pos += decode_utf8(doc.text, pos).length;
    }
    byte_of_cp.push_back(doc.text.size());
    for (const auto& e : j.value("entities", nlohmann::json::array())) {
      const auto s = e.at("start").get<std::size_t>(), t = e.at("end").get<std::size_t>();
      if (s >= t || t >= byte_of_cp.size()) {
        throw std::runtime_error("training corpus line " + std::to_string(line_no) +
                                 ": bad entity offsets");
      }
      doc.spans.push_back(
          {byte_of_cp[s], byte_of_cp[t], parse_type(e.at("type").get<std::string>(), line_no)});
    }
    docs.push_back(std::move(doc));
  }
  return docs;
}

}  // namespace newsindex::ner
