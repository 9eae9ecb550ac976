// Long runs that end early: Ctrl-C and SIGTERM commit what was read; kill -9 leaves an index that
// opens; running the same command again completes the job without duplicates.
#include <xapian.h>

#include <csignal>
#include <functional>

#include "e2e_support.h"

namespace newsindex::testing {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kArticles = 60000;

// An archive big enough that indexing it takes seconds.
fs::path write_archive(const TempFolder& folder) {
  std::string lines;
  const char* words[] = {"harbour", "council", "budget", "ceasefire", "market",  "energy",
                         "railway", "tariff",  "summit", "minister",  "reserve", "bridge"};
  for (std::size_t i = 0; i < kArticles; ++i) {
    std::string text;
    for (std::size_t w = 0; w < 60; ++w) text += std::string(words[(i * 7 + w * 3) % 12]) + " ";
    lines += "{\"id\":\"long-" + std::to_string(i) + "\",\"title\":\"Item " + std::to_string(i) +
             "\",\"date\":\"2025-04-11\",\"text\":\"" + text + "\"}\n";
  }
  fs::path path = folder / "long.jsonl";
  write_file(path, lines);
  return path;
}

std::vector<std::string> add_args(const fs::path& index, const fs::path& archive) {
  return {"add", "-i", index.string(), "--no-extract", "--batch-size", "500", archive.string()};
}

// True once the run has committed its first batch, so the signal lands mid-run.
std::function<bool()> first_commit(const fs::path& index) {
  return [index] {
    try {
      return Xapian::Database((index / "XAPIANDB").string()).get_doccount() > 0;
    } catch (const Xapian::Error&) {
      return false;
    }
  };
}

void expect_resumes_to_completion(const fs::path& index, const fs::path& archive) {
  CommandResult again = run_command(kNewsindex, add_args(index, archive), clean_env());
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(total_of(index, {}), kArticles);
}

class Interruption : public ::testing::TestWithParam<int> {};

TEST_P(Interruption, CommitsWhatWasReadPrintsTheSummaryAndExits128PlusTheSignal) {
  TempFolder folder;
  fs::path archive = write_archive(folder);
  CommandResult result =
      run_command_and_signal(kNewsindex, add_args(folder / "index", archive), clean_env(),
                             first_commit(folder / "index"), GetParam());
  ASSERT_EQ(result.exit_code, 128 + GetParam()) << result.err;
  EXPECT_NE(result.err.find("interrupted by signal " + std::to_string(GetParam())),
            std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find(" added, "), std::string::npos) << result.err;
  std::size_t committed = total_of(folder / "index", {});
  EXPECT_GT(committed, 0u);
  EXPECT_LT(committed, kArticles);
  expect_resumes_to_completion(folder / "index", archive);
}

INSTANTIATE_TEST_SUITE_P(Signals, Interruption, ::testing::Values(SIGINT, SIGTERM));

TEST(Kill, AKilledRunLeavesAnIndexThatOpensAndTheSameCommandFinishesIt) {
  TempFolder folder;
  fs::path archive = write_archive(folder);
  CommandResult killed =
      run_command_and_signal(kNewsindex, add_args(folder / "index", archive), clean_env(),
                             first_commit(folder / "index"), SIGKILL);
  ASSERT_EQ(killed.exit_code, 128 + SIGKILL);
  CommandResult opened = newsquery(folder / "index", {"--json", "--no-facets"});
  EXPECT_NE(opened.exit_code, 2) << opened.err;
  expect_resumes_to_completion(folder / "index", archive);
}

TEST(ConcurrentUse, SearchesKeepWorkingAndASecondWriterIsToldWhy) {
  TempFolder folder;
  fs::path archive = write_archive(folder);
  fs::path index = folder / "index";
  std::vector<int> search_codes;
  CommandResult second;
  auto during_the_run = [&] {
    if (!first_commit(index)()) return false;
    // The first run is writing now: read while it commits, and try a second writer.
    for (int i = 0; i < 5; ++i)
      search_codes.push_back(newsquery(index, {"--no-facets", "harbour"}).exit_code);
    second = run_command(kNewsindex, add_args(index, archive), clean_env());
    return true;
  };
  CommandResult first = run_command_and_signal(kNewsindex, add_args(index, archive), clean_env(),
                                               during_the_run, SIGINT);
  ASSERT_EQ(search_codes.size(), 5u);
  for (int code : search_codes) EXPECT_EQ(code, 0);
  EXPECT_EQ(second.exit_code, 2);
  EXPECT_NE(second.err.find("is being written by another newsindex process"), std::string::npos)
      << second.err;
  EXPECT_TRUE(first.exit_code == 128 + SIGINT || first.exit_code == 0) << first.err;
  expect_resumes_to_completion(index, archive);
}

}  // namespace
}  // namespace newsindex::testing
