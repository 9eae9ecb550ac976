// The code paths the fuzz targets exercise, one function per target. The libFuzzer entry points
// (*_fuzz.cc) and the regression test (tests/unit/fuzz_regressions_test.cc) both call these, so a
// saved crash input replays exactly what the fuzzer ran.
//
// Each function returns normally for any input. Exceptions the API documents for bad input
// (InputError, QueryError, DateRangeError) are caught inside; anything else escaping is a bug.
// Broken invariants (mention offsets outside the text) abort.
#pragma once

#include <string_view>

namespace newsindex::fuzz {

void jsonl_reader(std::string_view data);
void plain_text_reader(std::string_view data);
void entity_tagger(std::string_view data);
// data[0]: language (low bits) and whether there is a reference date (bit 7); data[1..2]: the
// reference date; the rest is the text.
void date_tagger(std::string_view data);
void query(std::string_view data);

}  // namespace newsindex::fuzz
