#include "input_files.h"

#include <gtest/gtest.h>

#include "command_runner.h"
#include "recording_problems.h"

namespace newsindex {
namespace {

using testing::RecordingProblems;
using testing::TempFolder;
using testing::write_file;

TEST(InputFiles, AFolderGivesItsArchivesAndSetsFilesOfOtherTypesAside) {
  TempFolder folder;
  write_file(folder / "a.jsonl", "{}\n");
  write_file(folder / "sub" / "b.txt", "text\n");
  write_file(folder / "sub" / "photo.jpg", "jpeg");
  write_file(folder / "notes.pdf", "a,b\n");
  write_file(folder / ".hidden.pdf", "a,b\n");
  write_file(folder / ".git" / "config", "[core]\n");
  RecordingProblems problems;
  InputSelection inputs = collect_input_files({folder.path().string()}, problems);
  ASSERT_EQ(inputs.files.size(), 2u);
  EXPECT_EQ(inputs.files[0].path, folder / "a.jsonl");
  EXPECT_EQ(inputs.files[1].path, folder / "sub" / "b.txt");
  // Hidden files are nobody's archive: they are not counted.
  EXPECT_EQ(inputs.files_of_other_types,
            (std::vector<std::string>{(folder / "notes.pdf").string(),
                                      (folder / "sub" / "photo.jpg").string()}));
  EXPECT_TRUE(problems.problems.empty());
}

TEST(InputFiles, AFileOfAnotherTypeNamedDirectlyIsSkippedAsAProblem) {
  TempFolder folder;
  write_file(folder / "notes.pdf", "a,b\n");
  RecordingProblems problems;
  InputSelection inputs = collect_input_files({(folder / "notes.pdf").string()}, problems);
  EXPECT_TRUE(inputs.files.empty());
  EXPECT_TRUE(inputs.files_of_other_types.empty());
  ASSERT_EQ(problems.problems.size(), 1u);
  EXPECT_EQ(problems.problems[0].kind, ProblemKind::kSkipped);
  EXPECT_EQ(problems.problems[0].reason,
            "unsupported file type (expected " + supported_extensions() + ")");
  EXPECT_NE(problems.problems[0].reason.find(".warc"), std::string::npos);
}

}  // namespace
}  // namespace newsindex
