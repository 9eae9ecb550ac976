#include "csv_writer.h"

#include <string>
#include <string_view>

namespace newsindex {

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

void write_entity_list_csv(const EntityList& list, std::ostream& out) {
  out << "name,type,articles,hidden,filter,variants\r\n";
  const std::string_view type = schema::entity_kind_info(list.kind).field;
  for (const ListedEntity& entity : list.entities) {
    std::string variants;
    for (const ResolvedName& variant : entity.variants) {
      variants += (variants.empty() ? "" : "; ") + variant.name + " (" +
                  std::to_string(variant.articles) + ")";
    }
    out << csv_field(entity.name) << ',' << type << ',' << entity.articles << ','
        << (entity.hidden ? "true" : "false") << ',' << csv_field(entity.filter) << ','
        << csv_field(variants) << "\r\n";
  }
}

}  // namespace newsindex
