// CSV for spreadsheets (RFC 4180: fields with commas, quotes or line breaks are quoted, quotes
// doubled), with a header row.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "entity_list.h"

namespace newsindex {

// One field: as it is, or quoted (quotes doubled) when it holds a comma, quote or line break.
[[nodiscard]] std::string csv_field(std::string_view text);

// One row per entity: name, type, articles, hidden, filter, variants ("Volcker (21); ...").
void write_entity_list_csv(const EntityList& list, std::ostream& out);

}  // namespace newsindex
