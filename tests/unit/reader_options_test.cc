#include "reader_options.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace newsindex {
namespace {

using Mapping = std::map<std::string, std::string>;

// The message parse_column_mapping throws for `spec`, or "" when it does not throw.
std::string error_of(std::string_view spec) {
  try {
    (void)parse_column_mapping(spec);
  } catch (const std::invalid_argument& error) {
    return error.what();
  }
  return "";
}

TEST(ReaderOptions, ParsesFieldColumnPairs) {
  EXPECT_EQ(parse_column_mapping("text=body,date=published"),
            (Mapping{{"text", "body"}, {"date", "published"}}));
  EXPECT_EQ(parse_column_mapping(" Text = Story Body , url=link"),
            (Mapping{{"text", "Story Body"}, {"url", "link"}}));
  // Only the first '=' separates; a column name may hold more.
  EXPECT_EQ(parse_column_mapping("title=a=b"), (Mapping{{"title", "a=b"}}));
  EXPECT_TRUE(parse_column_mapping("").empty());
}

TEST(ReaderOptions, AcceptsEveryArticleField) {
  for (const char* field :
       {"id", "title", "text", "date", "source", "url", "language", "authors", "section"}) {
    EXPECT_EQ(parse_column_mapping(std::string(field) + "=c"), (Mapping{{field, "c"}})) << field;
  }
}

TEST(ReaderOptions, RejectsBadPairsSayingWhatIsWrong) {
  EXPECT_EQ(error_of("txt=body"),
            "\"txt=body\": unknown field \"txt\" (the fields are id, title, text, date, source, "
            "url, language, authors, section)");
  EXPECT_EQ(error_of("text=body,datepublished"),
            "\"datepublished\" is not FIELD=COLUMN (text=body, say)");
  EXPECT_EQ(error_of("=body"), "\"=body\" names no field before '='");
  EXPECT_EQ(error_of("text= "), "\"text=\" names no column after '='");
  EXPECT_EQ(error_of("text=body,TEXT=story"), "field \"text\" is given twice");
  EXPECT_NE(error_of("text=body,,date=x").find("empty FIELD=COLUMN pair"), std::string::npos);
  EXPECT_NE(error_of("text=body,").find("empty FIELD=COLUMN pair"), std::string::npos);
}

}  // namespace
}  // namespace newsindex
