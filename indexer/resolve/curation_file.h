// A user's decisions about entities (README.md, "Curating entities"): a plain text file, one
// decision a line, that can be shared and kept in version control. "newsindex curate" stores it in
// the index; every later run turns it into the index's entity resolution (EntityResolver).
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "schema.h"

namespace newsindex {

// A curation file that cannot be read; what() names the file and line.
class CurationError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

enum class CurationAction {
  kMerge,   // merge KIND "A" "B" ... into "C": articles naming A or B count for C
  kRename,  // rename KIND "A" to "B": A is shown, filtered and counted as B
  kHide,    // hide KIND "A": A is left out of facet lists
  kRetype,  // retype KIND "A" to KIND2: A counts as a KIND2 of the same name
  kSplit,   // split KIND "A" when KIND2 "B" as "C": articles naming A and B count for C
  kKeep,    // keep KIND "A": the archive's own resolution leaves A as it is
};

struct CurationDecision {
  CurationAction action = CurationAction::kMerge;
  schema::EntityKind kind = schema::EntityKind::kPerson;
  std::vector<std::string> names;  // the names it is about, as written
  std::string target;              // merge, rename, split: the name they count as
  schema::EntityKind target_kind = schema::EntityKind::kPerson;    // retype
  std::optional<std::pair<schema::EntityKind, std::string>> when;  // split
  std::size_t line = 0;
};

struct CurationFile {
  std::string name;  // as the user gave it, for messages
  std::vector<CurationDecision> decisions;
};

// Parses a curation file's text. `file_name` goes into errors ("team.curation:3: ..."). Throws
// CurationError at the first line it cannot read.
[[nodiscard]] CurationFile parse_curation_file(std::string_view text, std::string file_name);

[[nodiscard]] std::string_view curation_action_name(CurationAction action);

}  // namespace newsindex
