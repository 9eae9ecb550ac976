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

}  // namespace
}  // namespace newsindex
