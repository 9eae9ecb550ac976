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
// The new readers, each through open_reader on a scratch file of its extension (.html, .warc,
// .rss, .nitf, .json; a .rss or .nitf file is read by whichever reader its root element picks).
void html_reader(std::string_view data);
void warc_reader(std::string_view data);
void feed_reader(std::string_view data);
void agency_xml_reader(std::string_view data);
// data[0]: bit 0 reads the rest as TSV (else CSV), bit 1 adds --columns
// id=key,title=headline,text=body,date=when; the rest is the file.
void csv_reader(std::string_view data);
void json_reader(std::string_view data);
void entity_tagger(std::string_view data);
// data[0]: language (low bits) and whether there is a reference date (bit 7); data[1..2]: the
// reference date; the rest is the text.
void date_tagger(std::string_view data);
void query(std::string_view data);

}  // namespace newsindex::fuzz
