#include "progress_bar.h"

#include <gtest/gtest.h>

#include <sstream>

namespace newsindex {
namespace {

TEST(ProgressBar, ShowsFilesArticlesMegabytesAndRateThenErasesItself) {
  std::ostringstream out;
  ProgressBar bar(out, 4, 4u << 20);
  bar.update(1, 1234, 2u << 20);
  std::string line = out.str();
  EXPECT_TRUE(line.starts_with("\r[")) << line;
  EXPECT_NE(line.find(" 50%"), std::string::npos) << line;
  EXPECT_NE(line.find("1/4 files"), std::string::npos) << line;
  EXPECT_NE(line.find("1234 articles"), std::string::npos) << line;
  EXPECT_NE(line.find("2.0 MB"), std::string::npos) << line;
  EXPECT_NE(line.find("articles/s"), std::string::npos) << line;
  // Redraws are throttled: an immediate second update draws nothing.
  bar.update(1, 1235, 2u << 20);
  EXPECT_EQ(out.str(), line);
  bar.finish();
  EXPECT_TRUE(out.str().ends_with("\r\x1b[K"));
}

// A line as wide as the terminal wraps, and every redraw then adds a line: the line stays
// narrower than the terminal, giving up its least wanted parts first.
TEST(ProgressBar, FitsTheTerminalGivingUpTheLeastWantedPartsFirst) {
  for (std::size_t columns : {200, 80, 60, 40, 20}) {
    std::ostringstream out;
    ProgressBar bar(out, 12, 4u << 20, columns);
    bar.update(3, 123456, 1u << 20);
    std::string line = out.str();
    ASSERT_TRUE(line.starts_with("\r[")) << line;
    line = line.substr(1, line.find("\x1b[K") - 1);
    EXPECT_LT(line.size(), columns) << columns << ": " << line;
    EXPECT_NE(line.find("25%"), std::string::npos) << columns << ": " << line;
    if (columns >= 80) {
      EXPECT_NE(line.find("3/12 files"), std::string::npos) << line;
      EXPECT_NE(line.find("1.0 MB"), std::string::npos) << line;
    }
    if (columns == 60) {
      EXPECT_NE(line.find("articles/s"), std::string::npos) << line;
      EXPECT_EQ(line.find(" MB"), std::string::npos) << line;
    }
  }
}

}  // namespace
}  // namespace newsindex
