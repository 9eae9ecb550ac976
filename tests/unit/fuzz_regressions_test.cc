// Replays the inputs the fuzzers once failed on (tests/fuzz/regressions/TARGET/), and the seed
// corpora (tests/fuzz/corpus/TARGET/), through the same code the libFuzzer targets run
// (tests/fuzz/fuzz_cases.cc), without libFuzzer or sanitizers. A broken invariant aborts the test
// binary; an unexpected exception fails the test.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_cases.h"

#ifndef NEWSINDEX_FUZZ_DIR
#error "NEWSINDEX_FUZZ_DIR must name tests/fuzz"
#endif

namespace newsindex {
namespace {

using FuzzCase = void (*)(std::string_view);

std::vector<std::filesystem::path> inputs_of(const std::string& target) {
  std::vector<std::filesystem::path> files;
  for (const char* kind : {"regressions", "corpus"}) {
    std::filesystem::path folder = std::filesystem::path(NEWSINDEX_FUZZ_DIR) / kind / target;
    if (!std::filesystem::is_directory(folder)) continue;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
      if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

void replay(const std::string& target, FuzzCase run) {
  for (const std::filesystem::path& file : inputs_of(target)) {
    SCOPED_TRACE(file.string());
    std::ifstream in(file, std::ios::binary);
    ASSERT_TRUE(in) << "cannot read " << file;
    std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_NO_THROW(run(data));
  }
}

TEST(FuzzRegressions, JsonlReader) {
  replay("jsonl_reader_fuzz", fuzz::jsonl_reader);
}
TEST(FuzzRegressions, PlainTextReader) {
  replay("plain_text_reader_fuzz", fuzz::plain_text_reader);
}
TEST(FuzzRegressions, HtmlReader) {
  replay("html_reader_fuzz", fuzz::html_reader);
}
TEST(FuzzRegressions, WarcReader) {
  replay("warc_reader_fuzz", fuzz::warc_reader);
}
TEST(FuzzRegressions, FeedReader) {
  replay("feed_reader_fuzz", fuzz::feed_reader);
}
TEST(FuzzRegressions, AgencyXmlReader) {
  replay("agency_xml_reader_fuzz", fuzz::agency_xml_reader);
}
TEST(FuzzRegressions, CsvReader) {
  replay("csv_reader_fuzz", fuzz::csv_reader);
}
TEST(FuzzRegressions, JsonReader) {
  replay("json_reader_fuzz", fuzz::json_reader);
}
TEST(FuzzRegressions, EntityTagger) {
  replay("entity_tagger_fuzz", fuzz::entity_tagger);
}
TEST(FuzzRegressions, DateTagger) {
  replay("date_tagger_fuzz", fuzz::date_tagger);
}
TEST(FuzzRegressions, Query) {
  replay("query_fuzz", fuzz::query);
}

}  // namespace
}  // namespace newsindex
