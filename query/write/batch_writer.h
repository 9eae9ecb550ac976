// The writers of `newsquery batch` (README.md, "newsquery batch"): a row per watch list line, in
// the order of the file, with a column per period.
#pragma once

#include <ostream>

#include "batch_view.h"

namespace newsindex {

// RFC 4180, a header row then a row per line:
// line,query,error,total,first,last,<period>,<period>,... (counts empty in an error row).
void write_batch_csv(const BatchView& view, std::ostream& out);

// One versioned JSON object (kJsonFormatVersion) holding the periods once and a row per line.
void write_batch_json(const BatchView& view, std::ostream& out);

// An aligned table for a terminal, errors listed after it.
void write_batch_human(const BatchView& view, std::ostream& out);

}  // namespace newsindex
